#include "core/data/FigureRules.hpp"

#include "core/data/Text.hpp"

#include <cctype>
#include <cstdlib>

namespace aimap {

const char* const kBoundGrammar =
    "a number, or a bound as published: an optional >, <, ~ or \xE2\x89\x88 then a number with "
    "optional thousands separators, e.g. \">1000\", \"<5\", \"~300\", \"1,234.5\"";

std::optional<MetricScale> parseScale(const std::string& text) {
    if (text == "size")
        return MetricScale::Size;
    if (text == "share")
        return MetricScale::Share;
    if (text == "rank")
        return MetricScale::Rank;
    if (text == "index")
        return MetricScale::Index;
    return std::nullopt;
}

std::vector<std::string> scaleNames() {
    return {"size", "share", "rank", "index"};
}

bool looksLikeRank(const std::string& label, const std::string& unit) {
    const std::string u = asciiLower(unit);
    const std::string l = asciiLower(label);
    if (u.rfind("rank", 0) == 0)
        return true;
    for (const std::string& text : {u, l}) {
        for (std::size_t at = text.find("rank"); at != std::string::npos;
             at = text.find("rank", at + 1)) {
            const bool wordStart =
                at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
            if (wordStart)
                return true;
        }
        for (const char* zh :
             {"\xE6\x8E\x92\xE5\x90\x8D" /* 排名 */, "\xE5\x90\x8D\xE6\xAC\xA1" /* 名次 */,
              "\xE4\xBD\x8D\xE6\xAC\xA1" /* 位次 */})
            if (text.find(zh) != std::string::npos)
                return true;
    }
    return false;
}

std::optional<ValueKind> parseValueKind(const std::string& text) {
    const std::string t = asciiLower(text);
    if (t == "actual" || t == "\xE5\xAE\x9E\xE9\x99\x85" /* 实际 */)
        return ValueKind::Actual;
    if (t == "target" || t == "\xE7\x9B\xAE\xE6\xA0\x87" /* 目标 */)
        return ValueKind::Target;
    return std::nullopt;
}

std::vector<std::string> valueKindNames() {
    return {"actual", "target"};
}

std::optional<Bound> parseBound(const std::string& text) {
    std::size_t i = 0;
    const auto skipSpaces = [&] {
        while (i < text.size() && text[i] == ' ')
            ++i;
    };
    skipSpaces();
    Bound b{"=", 0.0};
    if (i < text.size() && (text[i] == '>' || text[i] == '<' || text[i] == '~')) {
        b.qualifier = std::string(1, text[i]);
        ++i;
    } else if (text.compare(i, 3, "\xE2\x89\x88") == 0) { // ≈
        b.qualifier = "~";
        i += 3;
    }
    skipSpaces();
    // Digits, with "," only between groups of three after the first group.
    std::string digits;
    std::size_t group = 0;
    bool grouped = false;
    while (i < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',')) {
        if (text[i] == ',') {
            if (digits.empty() || (grouped && group != 3) || (!grouped && group > 3))
                return std::nullopt;
            grouped = true;
            group = 0;
        } else {
            digits += text[i];
            ++group;
        }
        ++i;
    }
    if (digits.empty() || (grouped && group != 3))
        return std::nullopt;
    if (i < text.size() && text[i] == '.') {
        digits += '.';
        ++i;
        std::size_t decimals = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
            digits += text[i++];
            ++decimals;
        }
        if (decimals == 0)
            return std::nullopt;
    }
    skipSpaces();
    if (i != text.size())
        return std::nullopt;
    b.value = std::strtod(digits.c_str(), nullptr);
    return b;
}

} // namespace aimap
