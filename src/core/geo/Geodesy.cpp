#include "core/geo/Geodesy.hpp"

#include <GeographicLib/Geodesic.hpp>

namespace aimap {

double geodesicDistance(LonLat a, LonLat b) {
    double s12 = 0;
    GeographicLib::Geodesic::WGS84().Inverse(a.lat, a.lon, b.lat, b.lon, s12);
    return s12;
}

} // namespace aimap
