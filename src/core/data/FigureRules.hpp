#pragma once

#include "core/data/Dataset.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// A metric scale from its name in files: "size", "share", "rank", "index".
std::optional<MetricScale> parseScale(const std::string& text);
std::vector<std::string> scaleNames();

/// True when a metric's unit or label says it is a rank: unit "rank", "rank (1=best)",
/// "rank of 36"..., or a label with the word "rank" or 排名, 名次, 位次.
bool looksLikeRank(const std::string& label, const std::string& unit);

/// "actual" or "target" (also 实际, 目标), case-insensitive.
std::optional<ValueKind> parseValueKind(const std::string& text);
std::vector<std::string> valueKindNames();

/// A number or a bound as published, written as a string: an optional `>`, `<`, `~` or `≈`
/// (≈ is read as ~), spaces, then a number with optional `,` thousands separators (groups of
/// three) and an optional decimal part: ">1000", "<5", "~300", "≈ 1,234.5", "2500".
struct Bound {
    std::string qualifier; ///< "=", ">", "<", "~"
    double value = 0.0;
};
std::optional<Bound> parseBound(const std::string& text);

/// What parseBound accepts, for messages.
extern const char* const kBoundGrammar;

} // namespace aimap
