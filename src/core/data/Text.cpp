#include "core/data/Text.hpp"

#include <cctype>

namespace aimap {

std::string asciiLower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string foldLatinName(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x80\x99") == 0) { // ’
            i += 2;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\'' || c == '-' || c == '.')
            continue;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

} // namespace aimap
