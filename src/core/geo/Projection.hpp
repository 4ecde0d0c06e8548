#pragma once

#include "core/geo/LonLat.hpp"

#include <GeographicLib/AlbersEqualArea.hpp>

namespace aimap {

/// The map projection of aimap: Albers equal-area conic on WGS84 with standard parallels 25°N and
/// 47°N and central meridian 105°E (see docs/ARCHITECTURE in shared/). Equal area matters: region
/// and symbol areas are compared by eye.
///
/// World coordinates are metres east (x) and north (y) of the projection origin: longitude 105°E
/// at GeographicLib's origin latitude (OriginLatitude(), about 36.785°N). y grows northwards.
class Projection {
public:
    Projection();

    /// Project a geographic position (degrees) to world metres. Never throws; returns NaN for
    /// non-finite input.
    Vec2 forward(LonLat p) const;

    /// Inverse of forward: world metres to degrees.
    LonLat inverse(Vec2 world) const;

    /// Latitude of the origin of y (degrees). Give the same +lat_0 to PROJ to compare.
    double originLatitude() const;

    static constexpr double kStdLat1 = 25.0;          ///< first standard parallel (degrees)
    static constexpr double kStdLat2 = 47.0;          ///< second standard parallel (degrees)
    static constexpr double kCentralMeridian = 105.0; ///< degrees east

    /// The shared instance (constructing one is cheap but there is no reason to repeat it).
    static const Projection& china();

private:
    GeographicLib::AlbersEqualArea m_albers;
};

} // namespace aimap
