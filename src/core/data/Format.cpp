#include "core/data/Format.hpp"

#include <cmath>
#include <cstdio>

namespace aimap {
namespace {

// Up to 5 significant digits without trailing zeros: 41.7, 70, 1.05, 623, 0.0003, 156.6, 1201.5.
// Regression (issue 14): with 3, figures lost the precision they were published with: 156.6 bn
// showed as "157 bn", 1201.5 亿元 as "1202" (the number beside its "as published" text).
std::string sigDigits(double v) {
    char buf[64];
    if (v > 0 && v < 1e-9) {
        std::snprintf(buf, sizeof buf, "%.3g", v);
        return buf;
    }
    const int digitsBefore = v >= 1 ? static_cast<int>(std::floor(std::log10(v))) + 1 : 1;
    // Regression (issue 13): below 0.005 the digits were all cut ("0"), so the legend said
    // "< 0 (minimum dot)". Below 1, count the zeros after the point as no digits.
    const int zerosAfterPoint =
        v > 0 && v < 1 ? -static_cast<int>(std::floor(std::log10(v))) - 1 : 0;
    constexpr int kDigits = 5;
    const int decimals =
        v < 1 ? kDigits + zerosAfterPoint : digitsBefore >= kDigits ? 0 : kDigits - digitsBefore;
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0')
            s.pop_back();
        if (!s.empty() && s.back() == '.')
            s.pop_back();
    }
    return s;
}

bool isMoney(const std::string& unit) {
    return unit == "CNY" || unit == "USD";
}

} // namespace

const char* chineseNumberCharacters() {
    return "\xE4\xB8\xAA\xE5\x85\x83\xE7\xBE\x8E\xE4\xB8\x87\xE4\xBA\xBF"; // 个元美万亿
}

std::string unitText(const std::string& unit, UiLanguage lang) {
    if (lang != UiLanguage::Zh)
        return unit;
    if (unit == "count")
        return "\xE4\xB8\xAA"; // 个
    if (unit == "CNY")
        return "\xE5\x85\x83"; // 元
    if (unit == "USD")
        return "\xE7\xBE\x8E\xE5\x85\x83"; // 美元
    if (unit == "percent")
        return "%";
    return unit;
}

std::string formatThousands(double value) {
    if (!std::isfinite(value))
        return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(value));
    std::string digits = buf;
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[i];
        if ((n - i - 1) % 3 == 0 && i != n - 1)
            out += ',';
    }
    return value < 0 ? "-" + out : out;
}

std::string formatCompact(double value, const std::string& unit, UiLanguage lang) {
    if (!std::isfinite(value))
        return "n/a";
    // Chinese counts large numbers in 万 (1e4) and 亿 (1e8): 224.6 bn is 2246 亿.
    if (lang == UiLanguage::Zh && (isMoney(unit) ? value >= 1e4 : value >= 1e6)) {
        if (value >= 1e12)
            return sigDigits(value / 1e12) + " \xE4\xB8\x87\xE4\xBA\xBF"; // 万亿
        if (value >= 1e8)
            return sigDigits(value / 1e8) + " \xE4\xBA\xBF"; // 亿
        return sigDigits(value / 1e4) + " \xE4\xB8\x87";     // 万
    }
    if (lang == UiLanguage::En && (isMoney(unit) || value >= 1e6)) {
        if (value >= 1e9)
            return sigDigits(value / 1e9) + " bn";
        if (value >= 1e6)
            return sigDigits(value / 1e6) + " m";
    }
    if (value == std::floor(value))
        return formatThousands(value);
    // Thousands separators for the whole part: 1,201.5.
    const std::string s = sigDigits(value);
    const auto dot = s.find('.');
    if (value >= 1000)
        return dot == std::string::npos ? formatThousands(std::round(value))
                                        : formatThousands(std::floor(value)) + s.substr(dot);
    return s;
}

std::string formatValue(double value, const std::string& unit, const std::string& qualifier,
                        UiLanguage lang) {
    std::string s;
    if (qualifier == ">" || qualifier == "<" || qualifier == "~")
        s = qualifier + " ";
    s += formatCompact(value, unit, lang);
    if (lang == UiLanguage::Zh && isMoney(unit)) {
        // "417 亿元": the currency follows 万 or 亿 without a space; "950 元" after a number.
        const char* currency = unit == "USD" ? "\xE7\xBE\x8E\xE5\x85\x83" /* 美元 */
                                             : "\xE5\x85\x83" /* 元 */;
        const bool counted = std::isfinite(value) && value >= 1e4;
        return s + (counted ? "" : " ") + currency;
    }
    if (unit == "percent")
        s += "%";
    else if (unit != "count" && !unit.empty())
        s += " " + unit;
    return s;
}

std::string formatGrowth(double percent) {
    char buf[40];
    std::snprintf(buf, sizeof buf, percent > 0 ? "+%.4g%%" : "%.4g%%",
                  percent == 0 ? 0.0 : percent);
    return buf;
}

std::string shortNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

} // namespace aimap
