#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace aimap {

/// ASCII letters to lower case; other bytes (UTF-8) unchanged.
std::string asciiLower(std::string s);

/// A Latin-script name folded for matching what people type: lower case, without spaces,
/// hyphens, dots and straight or curly apostrophes ("Xi’an" = "Xi'an" = "xian" = "XI AN").
std::string foldLatinName(const std::string& s);

/// From `i` on, skips whole blocks of eight ASCII bytes (most of a large table is ASCII) and
/// returns where the first block holding a non-ASCII byte, or the last few bytes, begin.
inline std::size_t skipAsciiBlocks(std::string_view s, std::size_t i) {
    for (std::uint64_t w; i + 8 <= s.size(); i += 8) {
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ull)
            break;
    }
    return i;
}

} // namespace aimap
