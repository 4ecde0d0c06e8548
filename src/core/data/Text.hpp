#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace aimap {

/// A text as one line of a label: line breaks, tabs and the line and paragraph separators
/// (U+2028, U+2029) become spaces; characters that draw nothing (zero-width space and joiners,
/// word joiner and invisible operators, U+FEFF, U+034F, U+180E) are left out. For map labels,
/// whose font draws a box for a character it lacks.
std::string oneLineLabel(const std::string& s);

/// The value of hexadecimal digit `c` (0-9, a-f, A-F), or -1.
inline int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

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

/// How many bytes of [begin, end) equal `c`: the line breaks of a 100 MB table, sixteen bytes
/// at a step (std::count goes byte by byte unless the compiler vectorises it, and at -O2 it
/// does not).
inline std::size_t countByte(const char* begin, const char* end, char c) {
    using Bytes = unsigned char __attribute__((vector_size(16)));
    const Bytes target = Bytes{} + static_cast<unsigned char>(c);
    std::size_t n = 0;
    while (end - begin >= 16) {
        // Up to 255 steps per lane counter before it could wrap.
        Bytes lanes{};
        for (int step = 0; step < 255 && end - begin >= 16; ++step, begin += 16) {
            Bytes v;
            std::memcpy(&v, begin, 16);
            lanes -= reinterpret_cast<Bytes>(v == target); // each equal byte: -1 (all bits)
        }
        for (int k = 0; k < 16; ++k)
            n += lanes[k];
    }
    for (; begin < end; ++begin)
        n += *begin == c;
    return n;
}

} // namespace aimap
