#pragma once

#include "core/data/Dataset.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

// The rank layer: a ranking or index (a metric of scale rank or index) for one year, drawn as
// badges on its cities ("#1", "T2", "72.5") and as an ordered list — never as circle areas: a
// rank is ordinal, and a composite score is not an amount.

/// One ranking that can be shown: a rank or index metric in one of its years.
struct RankLayerChoice {
    std::size_t metric = 0;
    int year = 0;
    std::size_t cities = 0; ///< cities it places
    bool operator==(const RankLayerChoice& o) const { return metric == o.metric && year == o.year; }
};

/// Every ranking of the data, by metric label then year.
std::vector<RankLayerChoice> rankLayerChoices(const Dataset& ds);

/// A city's place in the ranking shown.
struct RankBadge {
    std::size_t city = 0;
    const Value* value = nullptr;
    std::string text; ///< "#3", "T1" (a tier), "72.5" (a score); bounds as published: ">#100"
};

/// The badges of a ranking in its order: ranks, positions and tiers ascending (1 = best first),
/// index scores descending; ties by city name. Empty for a metric that is neither rank nor index.
std::vector<RankBadge> rankBadges(const Dataset& ds, std::size_t metric, int year);

/// What a badge says for `v` of `m`: "#3" for a rank or position, "T2" for a tier (unit "tier"),
/// the score (up to 6 significant digits) for an index.
std::string badgeText(const Metric& m, const Value& v);

/// Where the badges go (pixels), in ranking order (the best placed first): just above its city's
/// point when free, else the nearest free place of a ring of candidates around it (the badge then
/// gets a leader line to the point). Badges never overlap each other; when no candidate is free
/// the last one is used. `sizes` are the badges' sizes; `gapPx` the gap above the point.
std::vector<Box> placeBadges(const std::vector<Vec2>& points, const std::vector<Vec2>& sizes,
                             double gapPx);

/// "metric_id" or "metric_id:year" (the latest year when not given). Sets `error` (listing the
/// rankings) when it names no ranking of the data.
std::optional<RankLayerChoice> parseRankLayer(const Dataset& ds, const std::string& text,
                                              std::string& error);

} // namespace aimap
