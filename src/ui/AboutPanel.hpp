#pragma once

#include "core/data/Attribution.hpp"
#include "core/data/Dataset.hpp"
#include "ui/PanelFrame.hpp"

#include <vector>

namespace aimap {

/// "About / sources": the dataset's description and caveats, its source quality grades, the map
/// data's licences and every source of the figures.
struct AboutState {
    bool show = false;
    const Dataset* dataset = nullptr;
    std::vector<Attribution> attributions; ///< of the map data
};

struct AboutIntents {
    bool close = false;
};

AboutIntents drawAbout(const AboutState& state, PanelFrame& frame);

} // namespace aimap
