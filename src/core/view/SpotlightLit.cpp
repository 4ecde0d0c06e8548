#include "core/view/SpotlightLit.hpp"

#include <algorithm>

namespace aimap {

bool polygonContains(const Polygon& polygon, Vec2 p) {
    bool inside = false;
    for (const Ring& ring : polygon) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const Vec2& a = ring[i];
            const Vec2& b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) &&
                p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                inside = !inside;
        }
    }
    return inside;
}

namespace {

bool featureContains(const BasemapFeature& f, Vec2 p) {
    if (f.bounds.empty() || p.x < f.bounds.min.x || p.x > f.bounds.max.x ||
        p.y < f.bounds.min.y || p.y > f.bounds.max.y)
        return false;
    return std::any_of(f.polygons.begin(), f.polygons.end(),
                       [&](const Polygon& poly) { return polygonContains(poly, p); });
}

bool isDivisionCode(const std::string& code) {
    return code.size() == 6 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::string provinceOfCity(const City& city, const BasemapLayer& provinces) {
    if (isDivisionCode(city.code))
        return city.code.substr(0, 2) + "0000";
    for (const BasemapFeature& f : provinces.features)
        if (featureContains(f, city.world))
            return f.code;
    return {};
}

std::array<PulseRing, 2> pulseRings(double radiusPx, double phase, double unit) {
    return {PulseRing{radiusPx + 7.0 * unit, 2.5 * unit, 0.9},
            PulseRing{radiusPx + (9.0 + 28.0 * phase) * unit, 3.0 * unit,
                      0.85 * (1 - phase) * (1 - phase)}};
}

bool SpotlightLit::itemLit(const std::vector<std::uint32_t>& memberCities, Vec2 world) const {
    if (!active)
        return true;
    if (!memberCities.empty())
        return std::any_of(memberCities.begin(), memberCities.end(),
                           [&](std::uint32_t c) { return cityLit(c); });
    return std::any_of(provinceShapes.begin(), provinceShapes.end(),
                       [&](const Polygon* p) { return polygonContains(*p, world); });
}

std::size_t SpotlightLit::litCount() const {
    return static_cast<std::size_t>(std::count(city.begin(), city.end(), std::uint8_t{1}));
}

SpotlightLit spotlightLit(const Dataset& ds, const Spotlight& spotlight,
                          const BasemapLayer& provinces) {
    SpotlightLit lit;
    if (spotlight.empty())
        return lit;
    lit.active = true;
    lit.city.assign(ds.cities.size(), 0);
    lit.provinces = spotlight.provinces;
    for (std::size_t c : spotlight.cities)
        if (c < lit.city.size())
            lit.city[c] = 1;
    for (std::size_t c : spotlight.focus)
        if (c < lit.city.size() && lit.focus.size() < Spotlight::kMaxFocus) {
            lit.city[c] = 1;
            lit.focus.push_back(c);
        }
    if (spotlight.provinces.empty())
        return lit;
    for (const BasemapFeature& f : provinces.features)
        if (std::find(spotlight.provinces.begin(), spotlight.provinces.end(), f.code) !=
            spotlight.provinces.end())
            for (const Polygon& p : f.polygons)
                lit.provinceShapes.push_back(&p);
    for (std::size_t c = 0; c < ds.cities.size(); ++c) {
        if (lit.city[c])
            continue;
        const std::string province = provinceOfCity(ds.cities[c], provinces);
        if (!province.empty() && std::find(spotlight.provinces.begin(), spotlight.provinces.end(),
                                           province) != spotlight.provinces.end())
            lit.city[c] = 1;
    }
    return lit;
}

} // namespace aimap
