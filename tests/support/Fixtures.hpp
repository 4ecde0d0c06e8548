#pragma once

// Helpers shared by the unit tests.

#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"

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

/// A gtest parameter name from a fixture file name: "bad-year.csv" -> "bad_year".
inline std::string fixtureTestName(std::string file) {
    file = file.substr(0, file.find('.'));
    for (auto& ch : file)
        if (!std::isalnum(static_cast<unsigned char>(ch)))
            ch = '_';
    return file;
}

} // namespace aimap::test
