#include "core/view/MetricSummary.hpp"

#include "core/cluster/ClusterLayer.hpp"
#include "core/data/SectorFilter.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

MetricSummary summariseMetric(const Dataset& ds, std::size_t metric) {
    MetricSummary s;
    s.dataset = &ds;
    s.metric = metric;
    s.years = ds.years(metric);
    s.metricOrder = ds.metricsByCoverage();
    s.vMax = ds.maxValue(metric);
    s.additive = metric < ds.metrics.size() && isAdditiveMetric(ds.metrics[metric]);
    s.sectorsPresent = sectorsPresent(ds);
    s.sectorMetrics = sectorMetrics(ds);
    s.sectorMetric =
        s.sectorsPresent != 0 && metric < ds.metrics.size() &&
        (ds.metrics[metric].id == "enterprises" || ds.metrics[metric].id == "enterprise_weight");
    s.labelPriority.assign(ds.cities.size(), -1.0);
    for (const auto& v : ds.values)
        if (v.metric == metric) {
            s.labelPriority[v.city] = std::max(s.labelPriority[v.city], v.value);
            ++s.citiesWithFigure[v.year]; // at most one value per city, metric and year
        }
    s.rankChoices = rankLayerChoices(ds);
    for (const auto& c : ds.cities)
        if (std::isfinite(c.world.x) && std::isfinite(c.world.y))
            ++s.cities;
    return s;
}

} // namespace aimap
