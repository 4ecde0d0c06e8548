#pragma once

#include "core/geo/LonLat.hpp"

#include <cmath>

namespace aimap {

/// Planar spaces that ClusterIndex works in: coordinates normalised to [0, 1], x east, y down,
/// one unit = one zoom-0 tile.

/// Web Mercator as supercluster computes it (for side-by-side comparison with it).
inline double mercatorX(double lon) { return lon / 360 + 0.5; }
inline double mercatorY(double lat) {
    constexpr double kPi = 3.14159265358979323846;
    const double s = std::sin(lat * kPi / 180);
    const double y = 0.5 - 0.25 * std::log((1 + s) / (1 - s)) / kPi;
    return y < 0 ? 0 : y > 1 ? 1 : y;
}

/// aimap's Albers plane (Projection, metres) mapped to a square of kAlbersSide metres centred
/// on the projection origin, which holds all of China with its seas.
constexpr double kAlbersSide = 8388608.0; // 2^23 m
inline Vec2 albersToUnit(Vec2 metres) {
    return {metres.x / kAlbersSide + 0.5, 0.5 - metres.y / kAlbersSide};
}
inline Vec2 unitToAlbers(Vec2 unit) {
    return {(unit.x - 0.5) * kAlbersSide, (0.5 - unit.y) * kAlbersSide};
}

} // namespace aimap
