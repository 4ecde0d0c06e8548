#pragma once

// The bundled dataset and provinces, loaded once for the talk tests.
#include "core/data/DatasetLoader.hpp"
#include "core/data/JsonFile.hpp"
#include "core/talk/TalkLoader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace aimap::test {

inline const std::string kBundledData = AIMAP_ROOT "/data/ai-cities.json";

inline const Dataset& bundledData() {
    static const std::shared_ptr<const Dataset> ds = loadDataset(kBundledData).dataset;
    return *ds;
}

inline const std::vector<ProvinceName>& bundledProvinces() {
    static const std::vector<ProvinceName> p = [] {
        Diagnostics d;
        return loadProvinceNames(AIMAP_ROOT "/data/basemap/provinces.json", d)
            .value_or(std::vector<ProvinceName>{});
    }();
    return p;
}

inline TalkContext bundledContext() {
    return {&bundledData(), kBundledData, &bundledProvinces()};
}

/// A talk built from JSON text against the bundled data ("talk.json" in messages).
inline TalkLoadResult talkFromText(const std::string& text, const TalkLimits& limits = {}) {
    TalkLoadResult r;
    Limits l;
    l.maxFileBytes = limits.maxFileBytes;
    l.maxJsonDepth = limits.maxJsonDepth;
    const auto doc = parseJsonText(text, "talk.json", l, r.diagnostics);
    if (!doc)
        return r;
    return buildTalk(*doc, "talk.json", bundledContext(), limits);
}

inline std::filesystem::path freshTalkDir(const std::string& name) {
    const auto dir = std::filesystem::path(testing::TempDir()) / ("aimap_talk_" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace aimap::test
