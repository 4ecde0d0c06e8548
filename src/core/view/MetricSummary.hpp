#pragma once

#include "core/data/Dataset.hpp"
#include "core/view/RankLayer.hpp"

#include <cstddef>
#include <map>
#include <vector>

namespace aimap {

/// What depends only on the dataset and the metric: computed when either changes, not every
/// frame (the frame loop must stay cheap with large datasets).
struct MetricSummary {
    const Dataset* dataset = nullptr; ///< identity only: which data this was computed for
    std::size_t metric = 0;
    std::vector<int> years;               ///< years with figures, ascending
    std::vector<std::size_t> metricOrder; ///< the menu's order (metricsByCoverage)
    double vMax = 0;                      ///< over all years: one scale for the timeline
    std::vector<double> labelPriority;    ///< per city: max over years, -1 when none
    bool additive = true;                 ///< sums mean something: may be clustered
    unsigned short sectorsPresent = 0;    ///< sectors of the data's enterprises (bit i = Sector i)
    bool sectorMetric = false; ///< the metric sums enterprises: the sector filter applies
    std::vector<std::size_t> sectorMetrics; ///< cited sector size metrics (SectorFilter.hpp)
    std::map<int, std::size_t> citiesWithFigure; ///< per year: cities with a figure
    std::size_t cities = 0;                      ///< cities on the map (with a position)
    std::vector<RankLayerChoice> rankChoices;    ///< the rank layer's menu (rankLayerChoices)
};

MetricSummary summariseMetric(const Dataset& ds, std::size_t metric);

} // namespace aimap
