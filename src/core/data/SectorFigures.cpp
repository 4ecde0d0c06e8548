#include "core/data/SectorFigures.hpp"

#include "core/data/Text.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace aimap {
namespace {

SectorFigurePoint pointOf(const Value& v) {
    return {v.city, v.year, v.period, v.value, v.qualifier, v.kind, v.asPublished, v.sources};
}

const std::vector<Value>& listOf(const Dataset& ds, ValueKind kind) {
    return kind == ValueKind::Target ? ds.targets : ds.values;
}

double fraction(double value, double max) {
    return max > 0 ? std::min(1.0, std::max(0.0, value / max)) : 0.0;
}

} // namespace

std::vector<CitySectorMetric> citySectorFigures(const Dataset& ds, std::size_t city) {
    std::vector<CitySectorMetric> out;
    std::vector<std::size_t> at(ds.metrics.size(), static_cast<std::size_t>(-1));
    for (const auto* list : {&ds.values, &ds.targets}) {
        for (const Value& v : *list) {
            if (v.city != city || v.metric >= ds.metrics.size() || !ds.metrics[v.metric].sector)
                continue;
            if (at[v.metric] == static_cast<std::size_t>(-1)) {
                const Metric& m = ds.metrics[v.metric];
                const SectorInfo& info = sectorInfo(*m.sector);
                at[v.metric] = out.size();
                out.push_back({v.metric,
                               *m.sector,
                               info.id,
                               info.en,
                               info.zh,
                               m.sectorScope,
                               m.label,
                               m.unit,
                               m.scale,
                               {},
                               {}});
            }
            auto& entry = out[at[v.metric]];
            (v.kind == ValueKind::Target ? entry.target : entry.actual).push_back(pointOf(v));
        }
    }
    // Values are sorted by (city, metric, year): each list is by year already.
    std::stable_sort(out.begin(), out.end(),
                     [](const CitySectorMetric& a, const CitySectorMetric& b) {
                         return std::make_tuple(a.sector, asciiLower(a.label)) <
                                std::make_tuple(b.sector, asciiLower(b.label));
                     });
    return out;
}

double MetricRanking::barFraction(std::size_t i) const {
    return i < entries.size() ? fraction(entries[i].figure.value, scaleMax) : 0.0;
}

MetricRanking metricRanking(const Dataset& ds, std::size_t metric, int year,
                            std::optional<std::size_t> city, ValueKind kind) {
    MetricRanking r;
    r.metric = metric;
    r.year = year;
    r.kind = kind;
    if (metric < ds.metrics.size())
        r.unit = ds.metrics[metric].unit;
    for (const Value& v : listOf(ds, kind))
        if (v.metric == metric && v.year == year) {
            r.entries.push_back({pointOf(v), 1});
            r.hasBounds = r.hasBounds || v.qualifier != "=";
            r.scaleMax = std::max(r.scaleMax, v.value);
        }
    std::sort(r.entries.begin(), r.entries.end(), [&](const auto& a, const auto& b) {
        if (a.figure.value != b.figure.value)
            return a.figure.value > b.figure.value;
        return ds.cities[a.figure.city].id < ds.cities[b.figure.city].id;
    });
    for (std::size_t i = 0; i < r.entries.size(); ++i) {
        r.entries[i].place = i > 0 && r.entries[i].figure.value == r.entries[i - 1].figure.value
                                 ? r.entries[i - 1].place
                                 : i + 1;
        if (city && r.entries[i].figure.city == *city)
            r.position = i;
    }
    return r;
}

double SmallMultiple::barFraction(std::size_t i) const {
    return i < years.size() && years[i].figure ? fraction(years[i].figure->value, scaleMax) : 0.0;
}

SmallMultiple smallMultiple(const Dataset& ds, std::size_t metric, std::size_t city,
                            ValueKind kind) {
    SmallMultiple s;
    s.metric = metric;
    s.city = city;
    s.kind = kind;
    if (metric < ds.metrics.size())
        s.unit = ds.metrics[metric].unit;
    std::set<int> years;
    for (const Value& v : listOf(ds, kind))
        if (v.metric == metric) {
            years.insert(v.year);
            s.scaleMax = std::max(s.scaleMax, v.value);
        }
    for (int y : years) {
        SmallMultiple::Year slot{y, std::nullopt};
        if (const Value* v =
                kind == ValueKind::Target ? ds.target(city, metric, y) : ds.value(city, metric, y))
            slot.figure = pointOf(*v);
        s.years.push_back(std::move(slot));
    }
    return s;
}

std::optional<EnterpriseSectorChart> enterpriseSectorChart(const Dataset& ds, std::size_t city,
                                                           int year) {
    for (const SectorBreakdown& b : ds.sectorBreakdowns) {
        if (b.city != city || b.year != year)
            continue;
        EnterpriseSectorChart c;
        c.city = city;
        c.year = year;
        c.total = b.total;
        c.weightUnit = ds.enterpriseWeightUnit;
        for (std::size_t i = 0; i < kSectorCount; ++i) {
            if (b.counts[i] == 0)
                continue;
            const auto s = static_cast<Sector>(i);
            const SectorInfo& info = sectorInfo(s);
            c.bars.push_back({s, info.id, info.en, info.zh, b.counts[i], b.weights[i]});
            c.countMax = std::max(c.countMax, b.counts[i]);
            c.weightMax = std::max(c.weightMax, b.weights[i]);
        }
        return c;
    }
    return std::nullopt;
}

std::vector<const Quotation*> quotationsNaming(const Dataset& ds,
                                               const std::vector<std::size_t>& cities) {
    std::vector<const Quotation*> out;
    if (cities.empty())
        return out;
    for (const Quotation& q : ds.quotations) {
        const bool namesAll = std::all_of(cities.begin(), cities.end(), [&](std::size_t c) {
            return std::find(q.cities.begin(), q.cities.end(), c) != q.cities.end();
        });
        if (namesAll)
            out.push_back(&q);
    }
    return out;
}

} // namespace aimap
