#pragma once

#include "core/i18n/UiText.hpp"

#include <string>

namespace aimap {

/// "41.7 bn CNY", "623 m CNY", "1,048", "> 550", "~ 1,500": a value as a presenter reads it,
/// with the qualifier the source gave ("=" prints nothing). Up to 3 significant digits for money,
/// exact integers for counts.
/// In Chinese (`lang` Zh) money is counted in 万 and 亿 as Chinese sources and analysts write it:
/// "417 亿元", "6230 万元", "1.2 万亿元", "35 亿美元"; other units are the same in both.
std::string formatValue(double value, const std::string& unit, const std::string& qualifier = "=",
                        UiLanguage lang = UiLanguage::En);

/// A unit as the panels name it: the data format's own unit words ("count", "CNY", "USD",
/// "percent") in Chinese for `lang` Zh ("个", "元", "美元", "%"); any other unit as the data gives
/// it.
std::string unitText(const std::string& unit, UiLanguage lang);
/// Every character formatValue(), formatCompact() and unitText() may write in Chinese beyond
/// ASCII (for the panels' font atlas).
const char* chineseNumberCharacters();
/// Integer with thousands separators: 1234567 -> "1,234,567".
std::string formatThousands(double value);

/// A number short enough for a message: up to 6 significant digits ("116.997", "1e+308"), never
/// the 300 digits std::to_string gives 1e308.
std::string shortNumber(double v);

/// A growth rate in percent, signed: 12.5 -> "+12.5%", -3 -> "-3%", 0 -> "0%" (up to 4
/// significant digits, as a source prints it).
std::string formatGrowth(double percent);

/// Compact form for legends and labels: 70e9 CNY -> "70 bn", 1500 -> "1,500".
/// In Chinese, 万 and 亿 instead of m and bn: 70e9 CNY -> "700 亿", 1.5e6 -> "150 万".
std::string formatCompact(double value, const std::string& unit, UiLanguage lang = UiLanguage::En);

} // namespace aimap
