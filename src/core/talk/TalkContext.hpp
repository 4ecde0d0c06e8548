#pragma once

#include "core/data/Dataset.hpp"
#include "core/talk/Talk.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace aimap {

/// Bounds on talk files (docs/talks.md, "Limits"): far above any real talk, low enough that a
/// hostile file fails fast. Loading is linear in the file's size (names are resolved once each).
struct TalkLimits {
    std::size_t maxFileBytes = 4u * 1024 * 1024; ///< checked before reading
    int maxJsonDepth = 16;                       ///< a talk nests 5 deep
    std::size_t maxScenes = 1000;
    std::size_t maxSteps = 100;       ///< build steps of one scene
    std::size_t maxListItems = 1000;  ///< names in one list (fit, spotlight, zones, sectors)
    std::size_t maxTextBytes = 16384; ///< any one string (speaker notes are the longest)
    double maxHoldSeconds = 3600;
};

/// What a talk is checked against: the dataset it names (loaded by the caller) and the file it
/// came from (ViewState::dataset of every scene), and the provinces of the basemap (null: province
/// names cannot be checked, which is an error where a talk names one).
struct TalkContext {
    const Dataset* dataset = nullptr;
    std::string datasetPath;
    const std::vector<ProvinceName>* provinces = nullptr;
};

} // namespace aimap
