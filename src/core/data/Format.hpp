#pragma once

#include <string>

namespace aimap {

/// "41.7 bn CNY", "623 m CNY", "1,048", "> 550", "~ 1,500": a value as a presenter reads it,
/// with the qualifier the source gave ("=" prints nothing). Up to 3 significant digits for money,
/// exact integers for counts.
std::string formatValue(double value, const std::string& unit, const std::string& qualifier = "=");

/// Integer with thousands separators: 1234567 -> "1,234,567".
std::string formatThousands(double value);

/// A number short enough for a message: up to 6 significant digits ("116.997", "1e+308"), never
/// the 300 digits std::to_string gives 1e308.
std::string shortNumber(double v);

/// A growth rate in percent, signed: 12.5 -> "+12.5%", -3 -> "-3%", 0 -> "0%" (up to 4
/// significant digits, as a source prints it).
std::string formatGrowth(double percent);

/// Compact form for legends and labels: 70e9 CNY -> "70 bn", 1500 -> "1,500".
std::string formatCompact(double value, const std::string& unit);

} // namespace aimap
