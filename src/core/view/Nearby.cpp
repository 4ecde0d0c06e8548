#include "core/view/Nearby.hpp"

#include "core/data/Format.hpp"
#include "core/geo/Geodesy.hpp"
#include "core/geo/Projection.hpp"

#include <algorithm>
#include <cstdio>

namespace aimap {

std::vector<NearbyCity> citiesWithin(const Dataset& ds, std::size_t centre, double metres,
                                     std::size_t metric, int year) {
    std::vector<NearbyCity> out;
    if (centre >= ds.cities.size())
        return out;
    const LonLat from = ds.cities[centre].position;
    for (std::size_t c = 0; c < ds.cities.size(); ++c) {
        if (c == centre)
            continue;
        const double d = geodesicDistance(from, ds.cities[c].position);
        if (d <= metres)
            out.push_back({c, d, metric < ds.metrics.size() ? ds.value(c, metric, year) : nullptr});
    }
    std::sort(out.begin(), out.end(), [&](const NearbyCity& a, const NearbyCity& b) {
        return a.metres != b.metres ? a.metres < b.metres
                                    : ds.cities[a.city].id < ds.cities[b.city].id;
    });
    return out;
}

std::vector<Vec2> radiusRing(LonLat centre, double metres, int points) {
    std::vector<Vec2> out;
    for (const LonLat& p : geodesicCircle(centre, metres, points))
        out.push_back(Projection::china().forward(p));
    return out;
}

std::vector<NearbyRow> nearbyRows(const Dataset& ds, const std::vector<NearbyCity>& cities,
                                  std::size_t metric, int year, UiLanguage lang) {
    std::vector<NearbyRow> rows;
    const Metric* m = metric < ds.metrics.size() ? &ds.metrics[metric] : nullptr;
    for (const NearbyCity& n : cities) {
        const City& c = ds.cities[n.city];
        NearbyRow row;
        row.name = c.nameZh.empty()   ? c.nameEn
                   : c.nameEn.empty() ? c.nameZh
                                      : c.nameZh + " " + c.nameEn;
        char km[32];
        std::snprintf(km, sizeof km, "%.1f km", n.metres / 1000.0);
        row.distance = km;
        if (n.value && m) {
            row.figure = formatValue(n.value->value, m->unit, n.value->qualifier, lang);
            row.sources = n.value->sources;
        } else {
            row.figure = tr(Tx::NotAvailable, lang);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace aimap
