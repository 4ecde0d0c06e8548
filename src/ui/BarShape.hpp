#pragma once

#include "core/Theme.hpp"
#include "core/view/SectorBars.hpp"

#include <imgui.h>

namespace aimap {

/// Draws one bar of a chart where barGeometry() put it, from `y0` to `y1` (pixels): filled in
/// `fill`; an upper bound ("<") as an outline; a lower bound (">") fading out at its end with an
/// arrowhead in `arrow` after it (it goes on beyond the bound). Returns the x where the bar's
/// text may start: its end, or past the arrowhead (`markerW` wide). The sector charts and the
/// compare panel draw their bars with it.
float drawBarShape(ImDrawList* dl, const BarGeometry& g, float y0, float y1, Rgba fill, Rgba arrow,
                   float uiScale, float markerW);

} // namespace aimap
