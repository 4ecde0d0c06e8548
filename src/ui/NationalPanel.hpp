#pragma once

#include "core/data/Dataset.hpp"
#include "ui/PanelFrame.hpp"

namespace aimap {

/// "National figures": the dataset's national summary (headline figures of the whole industry,
/// each with its sources) and the quotations that name cities, as published, with their sources.
/// Opened from the control panel.
struct NationalState {
    bool show = false;
    const Dataset* dataset = nullptr;
    /// Docked at the right as a card (a talk being presented, no other card open), not in the
    /// middle of the map over the cities its quotations name.
    bool docked = false;
};

struct NationalIntents {
    bool close = false;
};

NationalIntents drawNational(const NationalState& state, PanelFrame& frame);

} // namespace aimap
