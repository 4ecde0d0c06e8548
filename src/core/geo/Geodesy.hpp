#pragma once

#include "core/geo/LonLat.hpp"

namespace aimap {

/// The length in metres of the shortest path on the WGS84 ellipsoid between `a` and `b`
/// (GeographicLib's geodesic inverse problem, as GeodSolve -i computes it).
double geodesicDistance(LonLat a, LonLat b);

} // namespace aimap
