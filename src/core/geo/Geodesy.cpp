#include "core/geo/Geodesy.hpp"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {

double geodesicDistance(LonLat a, LonLat b) {
    double s12 = 0;
    GeographicLib::Geodesic::WGS84().Inverse(a.lat, a.lon, b.lat, b.lon, s12);
    return s12;
}

LonLat geodesicDestination(LonLat from, double azimuthDeg, double metres) {
    double lat = 0, lon = 0;
    GeographicLib::Geodesic::WGS84().Direct(from.lat, from.lon, azimuthDeg, metres, lat, lon);
    return {lon, lat};
}

std::vector<LonLat> geodesicCircle(LonLat centre, double metres, int points) {
    points = std::max(points, 3);
    std::vector<LonLat> out;
    out.reserve(static_cast<std::size_t>(points));
    for (int i = 0; i < points; ++i)
        out.push_back(geodesicDestination(centre, 360.0 * i / points, metres));
    return out;
}

double ellipsoidArea(const std::vector<std::vector<LonLat>>& rings) {
    double total = 0;
    for (std::size_t r = 0; r < rings.size(); ++r) {
        GeographicLib::PolygonArea polygon(GeographicLib::Geodesic::WGS84());
        for (const LonLat& p : rings[r])
            polygon.AddPoint(p.lat, p.lon);
        double perimeter = 0, area = 0;
        // Signed, either winding counted positive (reverse = false, sign = true, then abs):
        // the area inside the ring, however it was drawn.
        polygon.Compute(false, true, perimeter, area);
        total += (r == 0 ? 1 : -1) * std::abs(area);
    }
    return total;
}

} // namespace aimap
