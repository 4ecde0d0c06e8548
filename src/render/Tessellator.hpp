#pragma once

#include "core/data/BasemapLoader.hpp"

#include <vector>

namespace aimap {

/// Triangulates a polygon with holes with GLU's tessellator (odd winding rule, so holes are cut
/// whatever their orientation; self-touching rings are handled by its combine step). Returns
/// triangles as consecutive triples of points. No GL context is needed.
std::vector<Vec2> tessellate(const Polygon& polygon);

/// Sum of the absolute areas of consecutive triangles (square units of the points).
double trianglesArea(const std::vector<Vec2>& triangles);

/// Signed area of a ring by the shoelace formula (positive when counter-clockwise, y up).
double ringArea(const Ring& ring);

/// Area of a polygon: outer ring minus holes (absolute values).
double polygonArea(const Polygon& polygon);

} // namespace aimap
