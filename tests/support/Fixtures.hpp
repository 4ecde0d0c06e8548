#pragma once

// Helpers shared by the unit tests.

#include "core/data/BasemapLoader.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"
#include "core/data/ProvinceFigures.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace aimap::test {

/// The bundled dataset (data/ai-cities.json), loaded once.
inline const Dataset& bundledDataset() {
    static const auto ds = loadDataset(AIMAP_ROOT "/data/ai-cities.json").dataset;
    return *ds;
}

/// The bundled gazetteer (data/gazetteer.json), loaded once.
inline const Gazetteer& bundledGazetteer() {
    static const Gazetteer g = [] {
        Diagnostics d;
        auto loaded = Gazetteer::load(AIMAP_ROOT "/data/gazetteer.json", d);
        return loaded ? *loaded : Gazetteer({});
    }();
    return g;
}

/// The bundled provinces' outlines (data/basemap/provinces.json), loaded once.
inline const BasemapLayer& bundledProvinceOutlines() {
    static const BasemapLayer layer = [] {
        Diagnostics d;
        return loadBasemapLayer(AIMAP_ROOT "/data/basemap/provinces.json", d)
            .value_or(BasemapLayer{});
    }();
    return layer;
}

/// The bundled dataset's province-level figures (its "province_figures"), loaded once; the
/// bundled file has no problems with them.
inline const ProvinceFigures& bundledProvinceFigures() {
    static const ProvinceFigures f = [] {
        std::vector<std::string> problems;
        auto out = loadProvinceFigures(AIMAP_ROOT "/data/ai-cities.json", bundledDataset(),
                                       problems);
        EXPECT_TRUE(problems.empty());
        return out;
    }();
    return f;
}

/// A gtest parameter name from a fixture file name: "bad-year.csv" -> "bad_year".
inline std::string fixtureTestName(std::string file) {
    file = file.substr(0, file.find('.'));
    for (auto& ch : file)
        if (!std::isalnum(static_cast<unsigned char>(ch)))
            ch = '_';
    return file;
}

} // namespace aimap::test
