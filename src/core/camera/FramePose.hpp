#pragma once

#include "core/camera/Flight.hpp"
#include "core/geo/LonLat.hpp"

namespace aimap {

/// The camera that shows `world` (projected metres, y north) whole inside `free`, a rectangle of
/// a `viewport` in screen pixels (y down; the part no panel covers), with `marginPx` on every
/// side, centred in it; the scale clamped to [minScale, maxScale] (the camera's zoom limits). A
/// talk's "fit these cities and provinces" camera (issue 15). A box of one point (one city) is
/// shown at maxScale / 8 at most, not at the deepest zoom.
CameraPose framePose(const Box& world, Vec2 viewport, const Box& free, double marginPx,
                     double minScale, double maxScale);

} // namespace aimap
