#pragma once

#include "core/geo/LonLat.hpp"

#include <optional>
#include <vector>

namespace aimap {

/// A marker as drawn: centre and radius in screen pixels, and what it stands for.
struct ScreenMarker {
    Vec2 centre;
    double radiusPx = 0;
    std::size_t item = 0; ///< index of the city (or cluster) it represents
};

/// Sort markers into drawing order: large first, small on top (ties by item, so the order is
/// stable between frames).
void sortForDrawing(std::vector<ScreenMarker>& markers);

/// The item of the topmost marker containing `point` (within `slopPx` of its edge, so small dots
/// stay clickable), given markers in drawing order. The last drawn wins, as on screen.
std::optional<std::size_t> pickMarker(const std::vector<ScreenMarker>& drawOrder, Vec2 point,
                                      double slopPx = 2.0);

} // namespace aimap
