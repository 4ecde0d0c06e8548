#pragma once

#include "core/data/Dataset.hpp"
#include "core/data/SectorChart.hpp"
#include "core/i18n/UiText.hpp"

#include <cstddef>
#include <vector>

namespace aimap {

/// The charts of a city's cited sector figures (SectorFigures.hpp), two per sector metric that is
/// a size (amounts; ranks, shares and index scores are never bars):
/// - "where this city stands": every city with a figure of that metric in the latest year this
///   city has one, largest first, this city highlighted (id "cited_<metric>_<year>");
/// - a small multiple of this city's figures across the years any city has one, on the metric's
///   scale (its largest figure, any city, any year), absent years absent, then its targets as
///   text (id "cited_<metric>_years").
/// Each chart is one metric: two metrics never share a chart, even in the same unit. Titles carry
/// the sector and its scope ("AI chips — integrated circuits (all)").
/// Titles and notes in `lang` (sector and city names in Chinese with UiLanguage::Zh).
std::vector<SectorChartModel> citedSectorCharts(const Dataset& ds, std::size_t city,
                                                UiLanguage lang = UiLanguage::En);

} // namespace aimap
