#pragma once

#include "core/geo/LonLat.hpp"

#include <vector>

namespace aimap {

// How much of the window the panels may cover while a card is open (issue 14: on a 1280x720
// projector with large text, the controls, the legend and a full-height card covered 61% of the
// map). With a card open the controls fold to one line and the legend to its essentials; the
// card is as tall as the rest of the budget allows.

/// The share of the window the map keeps with a card open.
constexpr double kMapShareWithCard = 0.70;

/// The area (px²) of the union of `rects`, clipped to `window` (rects may overlap).
double coveredArea(const std::vector<Box>& rects, const Box& window);

/// The share of `window` that `rects` cover, in [0, 1].
double coveredShare(const std::vector<Box>& rects, const Box& window);

/// How tall a card `cardWidth` wide, docked in `window` within `margin` of its edges, may be so
/// that with the panels already `placed` the map keeps kMapShareWithCard of the window. Never
/// below `minHeight` (a card must show its title and a few lines: the budget gives way to that,
/// e.g. when the rank list is shown too) and never above the window's height less the margins.
double cardMaxHeight(const Box& window, double cardWidth, double margin,
                     const std::vector<Box>& placed, double minHeight);

} // namespace aimap
