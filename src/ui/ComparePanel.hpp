#pragma once

#include "core/view/Compare.hpp"
#include "ui/PanelFrame.hpp"

#include <optional>
#include <string>

namespace aimap {

/// The compare panel (issue 16): the pinned cities side by side, docked at the right edge (left
/// of the city card when one is open). Shown once two cities are pinned.
struct ComparePanelState {
    const CompareModel* model = nullptr; ///< owned by the app; null or < 2 pins: not drawn
    bool cardOpen = false;               ///< a card is docked at the right edge: go left of it
    bool controls = true;                ///< the unpin and clear buttons (not for an audience)
};

/// A figure of the panel under the mouse: Ctrl+C copies it with its sources.
struct CompareHover {
    std::size_t city = 0; ///< index into Dataset::cities
    std::string metric;   ///< the chart's id (a metric's, or a sector breakdown's)
    int year = 0;
};

struct ComparePanelIntents {
    std::optional<std::string> unpin; ///< a city's "Unpin" (its id)
    bool clear = false;               ///< "Clear": unpin them all
    Box rect;                         ///< where the panel is (empty when not drawn)
    std::optional<CompareHover> hovered;
};

/// Each shared metric as a small chart by year on one axis (bars in the pins' colours, n/a where
/// a city has no figure, the value as published and its sources after each bar); ranks and
/// index scores as ordered lists; targets as text; the sector breakdowns on one scale.
ComparePanelIntents drawComparePanel(const ComparePanelState& state, PanelFrame& frame);

/// The width of the panel (pixels) in a window `displayWidth` wide, beside a card or not.
float comparePanelWidth(float displayWidth, float uiScale, bool cardOpen);

} // namespace aimap
