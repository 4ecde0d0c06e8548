#pragma once

#include "core/data/BasemapLoader.hpp"

#include <vector>

namespace aimap {

/// A polygon of the basemap (world metres, Projection::china()) as rings of lon/lat: its
/// vertices projected back.
std::vector<std::vector<LonLat>> lonLatRings(const Polygon& polygon);

/// The area in square metres on the WGS84 ellipsoid of a basemap feature (a province): its
/// polygons' areas (each the outer ring's less its holes'), from the vertices projected back,
/// as Planimeter computes them. Densities per 10,000 km² divide by it (issue 16).
double featureArea(const BasemapFeature& feature);

} // namespace aimap
