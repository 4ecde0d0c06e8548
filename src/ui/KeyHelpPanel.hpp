#pragma once

#include "ui/PanelFrame.hpp"

namespace aimap {

/// The keyboard help overlay (? or F1): every key of the window, by what it acts on
/// (core/view/KeyHelp), centred over the map. `presenting`: the talk's and the stage's keys
/// first.
struct KeyHelpState {
    bool show = false;
    bool presenting = false;
};

struct KeyHelpIntents {
    bool close = false;
};

KeyHelpIntents drawKeyHelp(const KeyHelpState& state, PanelFrame& frame);

} // namespace aimap
