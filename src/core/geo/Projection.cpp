#include "core/geo/Projection.hpp"

#include <GeographicLib/Constants.hpp>

#include <cmath>
#include <limits>

namespace aimap {

namespace {
constexpr double kStepsPerDegree = 64; // a power of two: node positions are exact
constexpr double kDegree = 3.14159265358979323846 / 180;
} // namespace

Projection::Projection()
    : m_albers(GeographicLib::Constants::WGS84_a(), GeographicLib::Constants::WGS84_f(), kStdLat1,
               kStdLat2, 1.0) {
    // Everything below is read off GeographicLib's own results. 30 degrees east of the central
    // meridian the meridian convergence is the polar angle, n * 30 degrees; x = rho sin(angle)
    // and y = apexY - rho cos(angle) give the apex. On the central meridian rho = apexY - y.
    double x = 0, y = 0, gamma = 0, k = 0;
    m_albers.Forward(kCentralMeridian, 30.0, kCentralMeridian + 30.0, x, y, gamma, k);
    m_cone = gamma / 30.0;
    const double rho30 = x / std::sin(gamma * kDegree);
    m_apexY = y + rho30 * std::cos(gamma * kDegree);
    // Nodes one step beyond each end, for the cubic's outer points.
    const auto nodes = static_cast<std::size_t>((kTableNorth - kTableSouth) * kStepsPerDegree) + 3;
    m_rho.resize(nodes);
    for (std::size_t i = 0; i < nodes; ++i) {
        const double lat = kTableSouth + (static_cast<double>(i) - 1) / kStepsPerDegree;
        m_albers.Forward(kCentralMeridian, lat, kCentralMeridian, x, y, gamma, k);
        m_rho[i] = m_apexY - y;
    }
}

Vec2 Projection::forward(LonLat p) const {
    const double dlon = p.lon - kCentralMeridian;
    if (!(p.lat >= kTableSouth && p.lat < kTableNorth && std::fabs(dlon) <= 180.0))
        return forwardExact(p); // also NaN and out-of-range input
    // rho by the cubic through the four nodes around lat (Lagrange form, t in [0, 1)).
    const double u = (p.lat - kTableSouth) * kStepsPerDegree;
    const double cell = std::floor(u);
    const double t = u - cell;
    const double* r = m_rho.data() + static_cast<std::size_t>(cell); // nodes cell-1 .. cell+2
    const double tm1 = t - 1, tm2 = t - 2, tp1 = t + 1;
    const double rho = -t * tm1 * tm2 / 6 * r[0] + tp1 * tm1 * tm2 / 2 * r[1] -
                       tp1 * t * tm2 / 2 * r[2] + tp1 * t * tm1 / 6 * r[3];
    const double angle = m_cone * dlon * kDegree;
    return {rho * std::sin(angle), m_apexY - rho * std::cos(angle)};
}

Vec2 Projection::forwardExact(LonLat p) const {
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
