#include "core/view/ViewState.hpp"

#include "core/data/Sectors.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace aimap {

namespace {

bool hasYear(const std::vector<int>& years, int year) {
    return std::find(years.begin(), years.end(), year) != years.end();
}

int latest(const std::vector<int>& years) {
    return years.empty() ? 0 : years.back();
}

double qualifierWeight(const std::string& q) {
    if (q == "~")
        return 0.8;
    if (q == ">" || q == "<")
        return 0.25; // a bound: the circle is drawn at the bound, which says little
    return 1.0;
}

double qualityWeight(const Dataset& ds, const Value& v) {
    if (v.sources.empty())
        return 0.3; // unsourced
    double best = 0;
    for (const auto& id : v.sources) {
        const Source* src = ds.source(id);
        const std::string q = src ? src->quality : std::string();
        best = std::max(best, q == "A" ? 1.0 : q == "B" ? 0.9 : q == "C" ? 0.6 : q == "D" ? 0.4 : 0.5);
    }
    return best;
}

} // namespace

ViewState defaultView(const Dataset& ds, ViewState base) {
    ViewState v = base;
    v.selectedCity.reset();
    const auto order = ds.metricsByCoverage(); // size metrics only: no ranks, shares, indices
    v.metric = order.empty() ? 0 : order.front();
    v.year = 0;
    // Metrics of the whole industry first: sector figures are picked through the sector filter.
    bool wholeIndustry = false;
    for (std::size_t m : order)
        wholeIndustry = wholeIndustry || !ds.metrics[m].sector;
    // Each (metric, year) scores the cities it would fill, each weighted by how exact its figure
    // is and how good its best source is; one pass over the values (a city has at most one value
    // per metric and year; targets are not among them).
    struct Score {
        double weight = 0;
        std::size_t cities = 0;
    };
    std::map<std::pair<std::size_t, int>, Score> scores;
    for (const auto& value : ds.values) {
        Score& sc = scores[{value.metric, value.year}];
        sc.weight += qualifierWeight(value.qualifier) * qualityWeight(ds, value);
        ++sc.cities;
    }
    std::vector<std::size_t> rank(ds.metrics.size(), order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rank[order[i]] = i;
    const Score* best = nullptr;
    for (const auto& [key, sc] : scores) {
        const auto [metric, year] = key;
        if (rank[metric] >= order.size() || (wholeIndustry && ds.metrics[metric].sector))
            continue;
        bool better = !best;
        if (best) {
            if (sc.weight != best->weight)
                better = sc.weight > best->weight + 1e-9;
            else if (sc.cities != best->cities)
                better = sc.cities > best->cities;
            else if (rank[metric] != rank[v.metric])
                better = rank[metric] < rank[v.metric];
            else
                better = year > v.year; // the latest year wins a tie
        }
        if (better) {
            best = &sc;
            v.metric = metric;
            v.year = year;
        }
    }
    return v;
}

ViewState withMetric(const Dataset& ds, ViewState v, std::size_t metric) {
    if (!ds.isMapMetric(metric)) // a rank, share, index or target-only metric is no circle size
        return v;
    v.metric = metric;
    const auto years = ds.years(metric);
    if (!hasYear(years, v.year))
        v.year = latest(years);
    return v;
}

ViewState keepAcrossReload(const Dataset& previous, const Dataset& next, const ViewState& v) {
    ViewState out = v;
    const auto metric = v.metric < previous.metrics.size()
                            ? next.metricIndex(previous.metrics[v.metric].id)
                            : std::nullopt;
    if (metric)
        out = withMetric(next, out, *metric);
    else
        out = defaultView(next, out);
    out.zones = keepProgrammes(previous, next, v.zones);
    out.ranks.reset();
    if (v.ranks && v.ranks->metric < previous.metrics.size()) {
        const auto m = next.metricIndex(previous.metrics[v.ranks->metric].id);
        for (const auto& c : rankLayerChoices(next))
            if (m && c.metric == *m && c.year == v.ranks->year)
                out.ranks = c;
    }
    out.selectedCity.reset();
    if (v.selectedCity && *v.selectedCity < previous.cities.size())
        out.selectedCity = next.cityIndex(previous.cities[*v.selectedCity].id);
    return out;
}

ResolvedView resolveView(const Dataset& ds, const ViewRequest& request) {
    ResolvedView r;
    r.view = defaultView(ds);
    if (request.labels == "zh")
        r.view.labels = LabelMode::Chinese;
    else if (request.labels == "en")
        r.view.labels = LabelMode::English;
    if (!request.sectors.empty()) {
        unsigned short mask = 0;
        std::size_t start = 0;
        while (start <= request.sectors.size()) {
            const std::size_t end =
                std::min(request.sectors.find(',', start), request.sectors.size());
            const std::string name = request.sectors.substr(start, end - start);
            const auto s = parseSector(name);
            if (!s) {
                r.error = "unknown sector '" + name + "'; sectors:";
                for (const auto& id : sectorIds())
                    r.error += " " + id;
                r.error += "\n";
                return r;
            }
            mask = static_cast<unsigned short>(mask | (1u << static_cast<unsigned>(*s)));
            start = end + 1;
        }
        r.view.sectors = mask;
    }
    if (!request.ranks.empty()) {
        r.view.ranks = parseRankLayer(ds, request.ranks, r.error);
        if (!r.error.empty())
            return r;
    }
    if (request.grouping)
        r.view.clustering = *request.grouping;
    if (!request.zones.empty()) {
        r.view.zones = parseProgrammes(ds, request.zones, r.error);
        if (!r.error.empty())
            return r;
    }
    if (!request.metric.empty()) {
        const auto m = ds.metricIndex(request.metric);
        if (!m) {
            r.error = "unknown metric '" + request.metric + "'; metrics with values:\n";
            for (std::size_t i : ds.metricsByCoverage())
                r.error += "  " + ds.metrics[i].id + "\n";
            return r;
        }
        if (!ds.isMapMetric(*m)) {
            const Metric& met = ds.metrics[*m];
            r.error = "metric '" + request.metric + "' " +
                      (met.isSize() ? std::string("has only targets")
                                    : std::string("is a ") + scaleName(met.scale)) +
                      ": it is never drawn as circle sizes; metrics drawn on the map:\n";
            for (std::size_t i : ds.metricsByCoverage())
                r.error += "  " + ds.metrics[i].id + "\n";
            return r;
        }
        r.view.metric = *m;
        r.view.year = latest(ds.years(*m));
    }
    if (request.year) {
        const auto years = ds.years(r.view.metric);
        if (!hasYear(years, *request.year)) {
            r.error = "metric '" + ds.metrics[r.view.metric].id + "' has no values for " +
                      std::to_string(*request.year) + "; years with values:";
            for (int y : years)
                r.error += " " + std::to_string(y);
            r.error += "\n";
            return r;
        }
        r.view.year = *request.year;
    }
    auto findCity = [&](const std::string& name, const char* option) -> std::optional<std::size_t> {
        const auto c = ds.findCity(name);
        if (!c) {
            r.error = "unknown city '" + name + "'" + option + "; cities:";
            for (const auto& city : ds.cities)
                r.error += " " + city.id;
            r.error += "\n";
        }
        return c;
    };
    if (!request.selectCluster.empty()) {
        r.clusterCity = findCity(request.selectCluster, " (--select-cluster)");
        if (!r.clusterCity)
            return r;
    }
    if (!request.select.empty()) {
        r.view.selectedCity = findCity(request.select, "");
        if (!r.view.selectedCity)
            return r;
    }
    return r;
}

std::string cityLabel(const City& c, LabelMode mode) {
    switch (mode) {
    case LabelMode::Chinese:
        return c.nameZh.empty() ? c.nameEn : c.nameZh;
    case LabelMode::English:
        return c.nameEn.empty() ? c.nameZh : c.nameEn;
    case LabelMode::Both:
    default:
        if (c.nameZh.empty() || c.nameEn.empty())
            return c.nameZh + c.nameEn;
        return c.nameZh + " " + c.nameEn;
    }
}

} // namespace aimap
