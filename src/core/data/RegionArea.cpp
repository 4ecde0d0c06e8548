#include "core/data/RegionArea.hpp"

#include "core/geo/Geodesy.hpp"
#include "core/geo/Projection.hpp"

namespace aimap {

std::vector<std::vector<LonLat>> lonLatRings(const Polygon& polygon) {
    const Projection& projection = Projection::china();
    std::vector<std::vector<LonLat>> rings;
    rings.reserve(polygon.size());
    for (const Ring& ring : polygon) {
        std::vector<LonLat>& out = rings.emplace_back();
        out.reserve(ring.size());
        for (const Vec2& p : ring)
            out.push_back(projection.inverse(p));
    }
    return rings;
}

double featureArea(const BasemapFeature& feature) {
    double total = 0;
    for (const Polygon& polygon : feature.polygons)
        total += ellipsoidArea(lonLatRings(polygon));
    return total;
}

} // namespace aimap
