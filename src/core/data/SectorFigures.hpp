#pragma once

// Sector figures for charts: pure functions over a Dataset (the UI draws them).
// A sector figure is a Value of a metric that has a sector (Metric::sector). Bars share a scale
// only within one metric (one definition, one unit): each chart object below is built for ONE
// metric and carries that metric's scale; there is no way to put two metrics in one.

#include "core/data/Dataset.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// One figure of a chart: a city's value of one metric in one year, as published.
struct SectorFigurePoint {
    std::size_t city = 0;
    int year = 0;
    std::string period;
    double value = 0.0;
    std::string qualifier; ///< "=", ">", "<", "~": a bound is drawn as a bound
    ValueKind kind = ValueKind::Actual;
    std::string asPublished;
    std::vector<std::string> sources; ///< empty = unsourced
};

/// A city's figures of one sector metric, actual and target apart, each by year ascending.
struct CitySectorMetric {
    std::size_t metric = 0;
    Sector sector = Sector::AiChips;
    std::string sectorId; ///< "ai_chips"
    std::string sectorEn; ///< "AI chips"
    std::string sectorZh;
    std::string sectorScope; ///< shown beside the sector name: "integrated circuits (all)"
    std::string label;
    std::string unit;
    MetricScale scale = MetricScale::Size;
    std::vector<SectorFigurePoint> actual;
    std::vector<SectorFigurePoint> target;
};

/// The city's sector figures grouped by metric, ordered by sector then metric label. Only
/// metrics with a sector; a metric with only targets has an empty `actual`.
std::vector<CitySectorMetric> citySectorFigures(const Dataset& ds, std::size_t city);

/// Every city with a figure of one metric in one year, largest first: where one city stands
/// among them. The bar scale is this object's alone (one metric, one unit).
struct MetricRanking {
    std::size_t metric = 0;
    int year = 0;
    ValueKind kind = ValueKind::Actual;
    std::string unit;
    struct Entry {
        SectorFigurePoint figure;
        /// 1 + the number of entries with a larger number (equal numbers share a place). With
        /// bounds among the entries (hasBounds) the order is of the numbers as published.
        std::size_t place = 1;
    };
    std::vector<Entry> entries;          ///< by value descending, then city id
    std::optional<std::size_t> position; ///< index in `entries` of the city asked about
    bool hasBounds = false;              ///< some figure is ">x", "<x" or "~x"
    double scaleMax = 0.0;               ///< the largest value: bars are value / scaleMax
    /// Bar length 0..1 of entry i on this metric's scale (0 when scaleMax is 0).
    double barFraction(std::size_t i) const;
};

/// The ranking of `metric` in `year` (actuals, or targets with kind Target), with `city`'s
/// position when it has a figure.
MetricRanking metricRanking(const Dataset& ds, std::size_t metric, int year,
                            std::optional<std::size_t> city = std::nullopt,
                            ValueKind kind = ValueKind::Actual);

/// A small multiple of one metric for one city: one slot per year in which any city has a
/// figure of the metric (of that kind), ascending; the city's absent years are absent, never 0
/// and never interpolated.
struct SmallMultiple {
    std::size_t metric = 0;
    std::size_t city = 0;
    ValueKind kind = ValueKind::Actual;
    std::string unit;
    struct Year {
        int year = 0;
        std::optional<SectorFigurePoint> figure; ///< nullopt = absent
    };
    std::vector<Year> years;
    double scaleMax = 0.0; ///< the metric's largest value over all cities and years
    double barFraction(std::size_t i) const; ///< 0..1; 0 for an absent year
};

SmallMultiple smallMultiple(const Dataset& ds, std::size_t metric, std::size_t city,
                            ValueKind kind = ValueKind::Actual);

/// Enterprise counts and weights of a city in one year, per sector (enterprise tables): one
/// chart with one scale for the counts and one for the weights. Sectors without enterprises
/// are left out. nullopt when the dataset has no enterprises of the city in that year.
struct EnterpriseSectorChart {
    std::size_t city = 0;
    int year = 0;
    std::size_t total = 0;  ///< enterprises (each once)
    std::string weightUnit; ///< empty when the table has no weights
    struct Bar {
        Sector sector = Sector::AiChips;
        std::string sectorId, sectorEn, sectorZh;
        std::size_t count = 0;
        double weight = 0.0;
    };
    std::vector<Bar> bars; ///< in sector order
    std::size_t countMax = 0;
    double weightMax = 0.0;
};
std::optional<EnterpriseSectorChart> enterpriseSectorChart(const Dataset& ds, std::size_t city,
                                                           int year);

/// Quotations that name every one of `cities` (none for an empty set), in file order.
std::vector<const Quotation*> quotationsNaming(const Dataset& ds,
                                               const std::vector<std::size_t>& cities);

} // namespace aimap
