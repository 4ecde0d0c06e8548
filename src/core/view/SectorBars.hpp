#pragma once

#include "core/i18n/UiText.hpp"

#include "core/data/Dataset.hpp"
#include "core/data/SectorChart.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace aimap {

/// Sorts bars largest first (ties by English label); targets go last, unranked.
void rankBars(std::vector<ChartBar>& bars);

/// The value a full-length bar stands for: the chart's scaleMax when set, else the largest actual
/// value or bound (targets and absent figures are not drawn, so they do not set the scale); 0
/// when there is none.
double chartScaleMax(const SectorChartModel& chart);

/// Where one bar is drawn in a bar area starting at `x0` and `width` pixels wide.
struct BarGeometry {
    bool drawn = false;   ///< false for targets (text only) and for values of 0
    float x0 = 0, x1 = 0; ///< the filled (or outlined) part, pixels
    bool openEnd = false; ///< ">" bound: no end edge, a ">" marker after x1 (it is at least this)
    bool outline = false; ///< "<" bound: an outline only (it is at most this)
};

/// Bar lengths are proportional to the value from a zero baseline (`scaleMax` at full width);
/// a value above 0 is at least `minPx` long so that it does not read as 0.
BarGeometry barGeometry(const ChartBar& bar, double scaleMax, float x0, float width,
                        float minPx = 1.0f);

/// The sector charts of a city's enterprises in one year (from an enterprise table): counts
/// (an enterprise in several sectors counts in each of them) and, when the table has weights
/// and any of them gives one, the weight sums (an enterprise's weight split evenly between its
/// sectors). Each bar's sources are those of the enterprises it counts. Empty without
/// enterprises for the city and year.
/// Titles and notes in `lang`.
std::vector<SectorChartModel> enterpriseSectorCharts(const Dataset& ds, std::size_t city, int year,
                                                     UiLanguage lang = UiLanguage::En);

/// The same charts for a set of enterprises (a cluster's members, indexes into ds.enterprises);
/// `what` names them in notes ("members", tr(Tx::WhatMembers)).
std::vector<SectorChartModel> enterpriseSectorCharts(const Dataset& ds,
                                                     const std::vector<std::uint32_t>& enterprises,
                                                     const std::string& what,
                                                     UiLanguage lang = UiLanguage::En);

/// The label of a bar for a label mode: 0 Chinese, 1 English, 2 both (LabelMode's order).
std::string barLabel(const ChartBar& bar, int labelMode);

nlohmann::json toJson(const SectorChartModel& chart);

} // namespace aimap
