#pragma once

#include "core/geo/LonLat.hpp"

#include <vector>

namespace aimap {

/// The length in metres of the shortest path on the WGS84 ellipsoid between `a` and `b`
/// (GeographicLib's geodesic inverse problem, as GeodSolve -i computes it).
double geodesicDistance(LonLat a, LonLat b);

/// The point `metres` from `from` along the geodesic leaving it at `azimuthDeg` (clockwise from
/// north): GeographicLib's direct problem, as GeodSolve computes it.
LonLat geodesicDestination(LonLat from, double azimuthDeg, double metres);

/// A geodesic circle: the `points` points (at least 3) at `metres` from `centre` along the
/// ellipsoid, at azimuths 0, 360/points, ... degrees (clockwise from north). Drawn through the
/// map's projection it is the true shape of "within N km", not a circle on the screen.
std::vector<LonLat> geodesicCircle(LonLat centre, double metres, int points);

/// The area in square metres on the WGS84 ellipsoid of a polygon given as rings of lon/lat
/// (the first the outer boundary, the others holes; either winding), as GeographicLib's
/// PolygonArea (Planimeter) computes each ring's: the outer ring's area less the holes'.
double ellipsoidArea(const std::vector<std::vector<LonLat>>& rings);

} // namespace aimap
