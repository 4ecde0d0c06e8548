#include "core/geo/Projection.hpp"

#include <GeographicLib/Constants.hpp>

#include <cmath>
#include <limits>

namespace aimap {

Projection::Projection()
    : m_albers(GeographicLib::Constants::WGS84_a(), GeographicLib::Constants::WGS84_f(), kStdLat1,
               kStdLat2, 1.0) {}

Vec2 Projection::forward(LonLat p) const {
    if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || std::fabs(p.lat) > 90.0) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan};
    }
    double x = 0, y = 0, gamma = 0, k = 0;
    m_albers.Forward(kCentralMeridian, p.lat, p.lon, x, y, gamma, k);
    return {x, y};
}

LonLat Projection::inverse(Vec2 world) const {
    if (!std::isfinite(world.x) || !std::isfinite(world.y)) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan};
    }
    double lat = 0, lon = 0, gamma = 0, k = 0;
    m_albers.Reverse(kCentralMeridian, world.x, world.y, lat, lon, gamma, k);
    return {lon, lat};
}

double Projection::originLatitude() const {
    return m_albers.OriginLatitude();
}

const Projection& Projection::china() {
    static const Projection instance;
    return instance;
}

} // namespace aimap
