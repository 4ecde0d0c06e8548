#pragma once

#include "core/Theme.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/ProvinceFigures.hpp"
#include "core/i18n/UiText.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

// The province choropleth (issue 16): a figure per province, in classes with stated breaks,
// coloured on a sequential palette; provinces without a value are hatched "no data". Either a
// figure published per province (CINGAI's 2018 regional index) or a density: the sum of the
// province's cities' figures of a summable metric and year per 10,000 km² of the province's
// area on the ellipsoid (only the cities with a figure count: the legend says so).

/// What a choropleth shows.
struct ChoroplethChoice {
    enum class Kind { ProvinceFigure, Density } kind = Kind::ProvinceFigure;
    std::size_t metric = 0; ///< the province metric, or the summed city metric (Density)
    int year = 0;           ///< Density: 0 = the year shown on the map
    /// "METRIC_ID:YEAR" (a province figure) or "density" (the metric and year shown).
    std::string id(const Dataset& ds) const;
    bool operator==(const ChoroplethChoice& o) const {
        return kind == o.kind && metric == o.metric && year == o.year;
    }
};

/// The choices the data offers: each metric and year of its province figures with at least
/// `minProvinces` provinces (most provinces first), then the density of the metric shown.
std::vector<ChoroplethChoice> choroplethChoices(const ProvinceFigures& figures,
                                                std::size_t minProvinces = 5);

/// The choice named by `id` ("density", "METRIC_ID:YEAR", or "METRIC_ID": its year with the
/// most provinces); `error` lists the choices for an unknown one.
std::optional<ChoroplethChoice> parseChoropleth(const Dataset& ds, const ProvinceFigures& figures,
                                                const std::string& id, std::string& error);

/// One province's value: the figure (and its qualifier, sources) or the density.
struct ProvinceValue {
    std::string province; ///< division code
    double value = 0;
    std::string qualifier = "="; ///< a bound stays a bound: ">" when a summed figure is one
    std::vector<std::string> sources;
    std::size_t cities = 0; ///< Density: the cities whose figures are summed
};

/// The province of each city as a division code ("" when unknown): the caller's lookup
/// (ProvinceIndex::ofCity), so that this file needs no geometry.
using CityProvinces = std::vector<std::string>;

/// The values of `choice` per province. `areasKm2` gives each province's area (code, km²) for
/// densities; `metric`, `year` are the map's (used by a Density of year 0).
std::vector<ProvinceValue>
choroplethValues(const Dataset& ds, const ProvinceFigures& figures, const ChoroplethChoice& choice,
                 const CityProvinces& cityProvinces,
                 const std::vector<std::pair<std::string, double>>& areasKm2, std::size_t metric,
                 int year);

/// Classes by Jenks' natural breaks (Fisher's exact optimisation: the least sum of squared
/// deviations from the class means), at most `k` classes and no more than distinct values.
/// `breaks` has classes + 1 entries: the smallest value, then each class's largest value.
struct ChoroplethClasses {
    std::vector<double> breaks;
    std::size_t count() const { return breaks.size() < 2 ? 0 : breaks.size() - 1; }
    /// The class of `v` (0 = lowest): the first whose upper break is >= v.
    std::size_t classOf(double v) const;
    /// The smallest value in class `i` (the class's stated lower end).
    std::vector<double> lowest; ///< per class
};
ChoroplethClasses jenksClasses(std::vector<double> values, std::size_t k = 5);

/// The palette's colour of class `i` of `count` (sequential, light to dark): ColorBrewer YlGnBu
/// in the normal palette, Purples in the high-contrast one (the sea is blue there). Lightness
/// falls class by class; neighbours, the sea and "no data" stay apart for every colour vision
/// (tests).
Rgba choroplethColour(std::size_t i, std::size_t count, Palette palette);
/// "No data": a light grey under grey hatching.
Rgba choroplethNoDataFill(Palette palette);
Rgba choroplethHatch(Palette palette);

/// The whole choropleth of a frame: values, classes, the class of each province.
struct Choropleth {
    ChoroplethChoice choice;
    std::vector<ProvinceValue> values;
    ChoroplethClasses classes;
    /// The class of a province (division code), none: no data.
    std::optional<std::size_t> classOf(const std::string& province) const;
    const ProvinceValue* valueOf(const std::string& province) const;
};
Choropleth makeChoropleth(const Dataset& ds, const ProvinceFigures& figures,
                          const ChoroplethChoice& choice, const CityProvinces& cityProvinces,
                          const std::vector<std::pair<std::string, double>>& areasKm2,
                          std::size_t metric, int year);

/// The legend's texts: the title ("CINGAI ... 2018" / "AI enterprises per 10,000 km², 2020"),
/// the method line, one line per class ("3.2 – 6.1 (7)"), the note (density: only cities with
/// data), and the source line ("Source: [X09] title, publisher").
struct ChoroplethLegendText {
    std::string title, method, noData, note, source;
    std::vector<std::string> classes;
};
ChoroplethLegendText choroplethLegend(const Dataset& ds, const Choropleth& c, std::size_t metric,
                                      int year, UiLanguage lang);

/// A value as the choropleth writes it: the figure's unit for province figures, "x.xx" per
/// 10,000 km² for densities (3 significant digits).
std::string choroplethValueText(const Dataset& ds, const Choropleth& c, double v,
                                const std::string& qualifier, std::size_t metric, UiLanguage lang);

} // namespace aimap
