#pragma once

#include "core/data/CardSource.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace aimap {

/// One bar of a sector chart: a sector of a city or cluster (enterprise tables), or a city
/// among the cities that have one cited sector metric.
struct ChartBar {
    std::string key; ///< sector id ("ai_chips") or city id
    std::string labelEn;
    std::string labelZh;
    std::size_t colour = 0; ///< index into Theme::sectorColours: bars wear their sector's colour
    double value = 0;       ///< in the chart's unit; a bound's bound
    std::string qualifier = "=";     ///< "=", ">" (at least: drawn open-ended), "<" (at most), "~"
    std::string valueText;           ///< with qualifier and unit: "> 1,000", "2.4 bn CNY"
    std::vector<CardSource> sources; ///< shown when the bar is hovered; empty = unsourced
    bool partlyUnsourced = false;    ///< some of what it sums has no source (besides `sources`)
    bool highlighted = false;        ///< this city, among the others of a cited metric
    bool target = false;             ///< a target, not an actual: never drawn as a bar (text only)
    bool excluded = false;           ///< a sector the map does not sum now (sector filter): greyed
    bool absent = false; ///< no figure (a year of a small multiple): "no figure", never 0
};

/// A chart of bars that share one definition and one unit, hence one scale: an enterprise
/// table's sector counts, or its sector weight sums, or one cited metric across cities. Two
/// charts never share a scale.
struct SectorChartModel {
    std::string id;    ///< stable: "enterprise_count_2020", "enterprise_weight_2020"
    std::string title; ///< "Enterprises by sector, 2020"
    std::string unit;  ///< "count", "CNY"...
    bool unitInTitle = false; ///< bars' texts are bare numbers: the unit is in the title
    int year = 0;
    std::vector<ChartBar> bars;     ///< ranked, largest first; targets last
    /// The value of a full-length bar when set (> 0): a small multiple uses its metric's largest
    /// figure over all cities and years. 0: the chart's own largest bar.
    double scaleMax = 0;
    std::vector<std::string> notes; ///< what is summed, partial weights...
};

} // namespace aimap
