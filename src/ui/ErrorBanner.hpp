#pragma once

#include "core/data/Diagnostics.hpp"
#include "ui/PanelFrame.hpp"

#include <string>
#include <vector>

namespace aimap {

/// The banner at the top centre after a failed load: the diagnostics, and since when the map
/// shows the last good data. Drawn even when the dataset has no metric to show.
struct ErrorBannerState {
    std::vector<Diagnostic> errors; ///< none: no banner
    std::string since;              ///< "showing data loaded at HH:MM:SS", or empty
};

struct ErrorBannerIntents {
    bool dismiss = false;
};

ErrorBannerIntents drawErrorBanner(const ErrorBannerState& state, PanelFrame& frame);

} // namespace aimap
