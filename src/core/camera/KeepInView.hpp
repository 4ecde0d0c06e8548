#pragma once

#include "core/geo/LonLat.hpp"

#include <optional>

namespace aimap {

/// Selecting something on the map: whether the camera must move so that it can be seen, and by
/// how much. `point` is where it is on screen (pixels); `free` is the part of the window the map
/// shows unhidden (the window left of an open card); `margin` (pixels) keeps it off the edges.
/// Returns nothing when the point already lies inside `free` shrunk by `margin / 2` (it is in
/// view: the map never moves then); otherwise the smallest pan (pixels, to add to the point's
/// screen position) that brings it inside `free` shrunk by `margin` — a free area narrower than
/// two margins centres it.
std::optional<Vec2> panToShow(Vec2 point, const Box& free, double margin);

} // namespace aimap
