#include "core/data/Text.hpp"

#include <cctype>

namespace aimap {

std::string oneLineLabel(const std::string& s) {
    static const char* const kNothing[] = {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D",
                                           "\xE2\x81\xA0", "\xE2\x81\xA1", "\xE2\x81\xA2",
                                           "\xE2\x81\xA3", "\xE2\x81\xA4", "\xEF\xBB\xBF",
                                           "\xCD\x8F",     "\xE1\xA0\x8E"};
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
            continue;
        }
        if (static_cast<unsigned char>(c) >= 0xC0) {
            if (s.compare(i, 3, "\xE2\x80\xA8") == 0 || s.compare(i, 3, "\xE2\x80\xA9") == 0) {
                out += ' ';
                i += 2;
                continue;
            }
            bool skipped = false;
            for (const char* n : kNothing) {
                const std::size_t len = std::char_traits<char>::length(n);
                if (s.compare(i, len, n) == 0) {
                    i += len - 1;
                    skipped = true;
                    break;
                }
            }
            if (skipped)
                continue;
        }
        out += c;
    }
    return out;
}

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
