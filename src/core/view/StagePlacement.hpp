#pragma once

#include "core/view/WindowGeometry.hpp"

#include <optional>
#include <string>

namespace aimap {

/// Where a talk's windows open (issue 15): the audience view and, with --presenter-view, the
/// presenter view on another monitor.
struct StagePlan {
    WindowPlan audience;
    bool audienceBorderless = false; ///< filling a chosen monitor (--audience-monitor)
    std::optional<WindowPlan> presenter;
    /// The presenter view had to share the audience's monitor (there is one monitor only).
    bool presenterShares = false;
    std::string error; ///< a wrong --audience-monitor: what the screen has instead
};

/// The plan for `screen`:
///   - `audienceMonitor` N (1-based, in XRandR's order): the audience view fills monitor N,
///     borderless; an N the screen does not have is an error naming the monitors it has;
///   - without it, the audience window opens as every window does (planWindow, `requested`);
///   - `presenterView`: the presenter view opens (placeWindow's default size) on the primary
///     monitor, or on the first monitor other than the audience's when that is the primary; on
///     the audience's monitor only when there is no other.
StagePlan planStage(const ScreenLayout& screen, std::optional<int> audienceMonitor,
                    bool presenterView, std::optional<PixelSize> requested = std::nullopt);

/// "1: 1920x1080 at 0,0 (primary); 2: 1280x720 at 1920,0" — the monitors as --audience-monitor
/// numbers them.
std::string describeMonitors(const ScreenLayout& screen);

} // namespace aimap
