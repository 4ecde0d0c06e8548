#pragma once

#include "core/geo/LonLat.hpp"

#include <GeographicLib/AlbersEqualArea.hpp>

#include <vector>

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
    ///
    /// Latitudes kTableSouth..kTableNorth (all of China) are projected from a table of
    /// GeographicLib's radius of each parallel (every 1/64 degree, interpolated by a cubic): a
    /// tenth of the cost (a million enterprises are projected while a file loads), within a
    /// micrometre of GeographicLib. Elsewhere GeographicLib projects the point itself.
    Vec2 forward(LonLat p) const;

    /// forward() by GeographicLib alone (the reference the table is checked against).
    Vec2 forwardExact(LonLat p) const;

    /// Inverse of forward: world metres to degrees.
    LonLat inverse(Vec2 world) const;

    /// Latitude of the origin of y (degrees). Give the same +lat_0 to PROJ to compare.
    double originLatitude() const;

    static constexpr double kStdLat1 = 25.0;          ///< first standard parallel (degrees)
    static constexpr double kStdLat2 = 47.0;          ///< second standard parallel (degrees)
    static constexpr double kCentralMeridian = 105.0; ///< degrees east
    static constexpr double kTableSouth = 0.0;        ///< tabulated latitudes (degrees)
    static constexpr double kTableNorth = 72.0;

    /// The shared instance (constructing one tabulates 4611 parallels, about a millisecond).
    static const Projection& china();

private:
    GeographicLib::AlbersEqualArea m_albers;
    // The projection in polar form: a parallel is a circle of radius rho(lat) around the cone's
    // apex at (0, m_apexY); a meridian is a ray at angle m_cone * (lon - kCentralMeridian).
    double m_cone = 0;         ///< the cone constant n (angle per degree of longitude)
    double m_apexY = 0;        ///< y of the apex (metres)
    std::vector<double> m_rho; ///< rho at kTableSouth - step + i * step (metres)
};

} // namespace aimap
