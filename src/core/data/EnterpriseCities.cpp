#include "core/data/EnterpriseCities.hpp"

#include "core/data/Format.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/TableReading.hpp"
#include "core/data/TextDecoding.hpp"
#include "core/geo/Geodesy.hpp"
#include "core/geo/Projection.hpp"

#include <cmath>

namespace aimap {

std::size_t cityFor(Dataset& ds, std::map<std::string, std::size_t>& indexOfCode,
                    const GazetteerEntry& e) {
    auto it = indexOfCode.find(e.code);
    if (it != indexOfCode.end())
        return it->second;
    City c;
    c.id = e.code;
    c.code = e.code;
    c.nameZh = e.nameZh;
    c.nameEn = e.nameEn;
    c.position = e.position;
    c.world = Projection::china().forward(e.position);
    c.coordSource = e.coordSource;
    ds.cities.push_back(c);
    indexOfCode[e.code] = ds.cities.size() - 1;
    return ds.cities.size() - 1;
}

void warnIfFarFromItsCity(LonLat position, const GazetteerEntry& city, const std::string& name,
                          const std::string& path, const std::string& location,
                          Diagnostics& diags) {
    const double metres = geodesicDistance(position, city.position);
    if (metres <= kFarFromItsCityMetres)
        return;
    diags.reportWarning(path, [&] {
        return Finding{location,
                       "lon/lat lie " + formatThousands(std::round(metres / 1000)) +
                           " km from the centre of \"" + name +
                           "\", the city given; the enterprise counts in " + name +
                           " and is drawn at its lon/lat",
                       "check the lon/lat and the city: one of them is probably wrong"};
    });
}

void warnIfFarFromAnyCity(LonLat position, const GazetteerEntry& nearest, const std::string& path,
                          const std::string& location, Diagnostics& diags) {
    // Within 1% on the sphere at these distances: a bound to skip the geodesic for almost every
    // enterprise, which lies within tens of kilometres of its city.
    constexpr double kMetresPerDegree = 111195.0;
    const double dLon = (position.lon - nearest.position.lon) *
                        std::cos((position.lat + nearest.position.lat) * (M_PI / 360.0));
    const double dLat = position.lat - nearest.position.lat;
    if (std::sqrt(dLon * dLon + dLat * dLat) * kMetresPerDegree < 0.9 * kFarFromAnyCityMetres)
        return;
    const double metres = geodesicDistance(position, nearest.position);
    if (metres <= kFarFromAnyCityMetres)
        return;
    diags.reportWarning(path, [&] {
        return Finding{location,
                       "lon/lat lie " + formatThousands(std::round(metres / 1000)) +
                           " km from the nearest city of the city list, " + nearest.nameZh + " " +
                           nearest.nameEn + ", where the enterprise is counted",
                       "check the lon/lat: is the place in China? Giving its city as well "
                       "counts it there"};
    });
}

void reportEnterpriseCity(const Gazetteer& gazetteer, const Gazetteer::Match& m,
                          const std::string& name, const std::string& path,
                          const std::string& location, Diagnostics& diags) {
    if (!m.candidates.empty()) {
        reportAmbiguousCity(m, name, path, location, diags);
        return;
    }
    diags.reportError(path, [&] {
        const std::string suggestion = gazetteer.suggest(name);
        return Finding{location, "unknown city \"" + sanitizeUtf8(name) + "\"",
                       suggestion.empty() ? "give lon and lat instead"
                                          : "did you mean \"" + suggestion + "\"?"};
    });
}

} // namespace aimap
