#pragma once

#include "core/cluster/ClusterOptions.hpp"

#include <cmath>
#include <cstdint>

namespace aimap::grid {

/// Coordinates and grid cells of ClusterIndex (its build and its queries).

// Fixed point as supercluster 9 stores coordinates: (c - 0.5) * 2^30, truncated toward zero as a
// JavaScript Int32Array store does; [0, 1] maps to [-2^29, 2^29].
inline constexpr double kScale = 1073741824.0; // 2^30
inline constexpr double kInvScale = 1.0 / kScale;
inline constexpr std::int64_t kHalf = std::int64_t{1} << 29;
inline std::int32_t encode(double c) { return static_cast<std::int32_t>((c - 0.5) * kScale); }
inline double decode(std::int32_t v) { return v * kInvScale + 0.5; }

// The cluster radius at a zoom in fixed-point units, computed in supercluster's order of
// operations so that the "within" test agrees with it to the last bit.
inline double radiusAt(const ClusterOptions& o, int zoom) {
    return o.radiusPx / (o.extent * std::ldexp(1.0, zoom)) * kScale;
}

// Smallest shift with 2^shift >= r (cells at least as large as the radius).
inline int shiftFor(double r) {
    int s = 0;
    while (s < 31 && std::ldexp(1.0, s) < r)
        ++s;
    return s;
}

inline std::uint64_t unsignedCoord(std::int32_t v) { return static_cast<std::uint64_t>(v + kHalf); }

inline int bitsFor(std::uint64_t maxValue) {
    int b = 1;
    while (b < 63 && (std::uint64_t{1} << b) <= maxValue)
        ++b;
    return b;
}

} // namespace aimap::grid
