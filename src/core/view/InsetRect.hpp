#pragma once

#include "core/geo/LonLat.hpp"

namespace aimap {

/// The South China Sea inset's frame, in window pixels (y down): the one place that says where it
/// is, for the inset's drawing, the map labels (an obstacle: no label under it) and --ui-dump.
///
/// At the lower right of the window, `kInsetMarginPx * uiScale` from the right and bottom edges;
/// width 22% of the window's width, aspect 4:5 (width:height, the islands run north-south), but
/// never taller than 40% of the window's height (the width then follows the aspect). An empty Box
/// for a window too small to hold it (less than 4 margins wide or tall).
///   1920x1080, scale 1.2: 346 x 433 at (1560, 633)   1280x720, scale 1: 230 x 288 at (1038, 420)
///   1024x768, scale 1: 225 x 281 at (787, 475)
/// `windowSize`: pixels; `uiScale`: the panels' scale (1 at 900 px tall, see Viewer::uiScale).
Box insetRect(Vec2 windowSize, float uiScale);

constexpr double kInsetMarginPx = 12;
constexpr double kInsetWidthShare = 0.22;     ///< of the window's width
constexpr double kInsetMaxHeightShare = 0.40; ///< of the window's height
constexpr double kInsetAspect = 4.0 / 5.0;    ///< width / height

} // namespace aimap
