#pragma once

#include "core/data/BasemapLoader.hpp"
#include "core/data/Dataset.hpp"
#include "core/talk/Talk.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace aimap {

/// What a talk frame's spotlight keeps lit (issue 15): everything else on the map is dimmed, and
/// the focus cities (at most Spotlight::kMaxFocus) pulse. Made once per frame of the talk, read
/// by every frame drawn.
struct SpotlightLit {
    bool active = false;                ///< false: nothing is dimmed
    std::vector<std::uint8_t> city;     ///< per Dataset::cities: 1 when lit
    std::vector<std::size_t> focus;     ///< the cities that pulse
    std::vector<std::string> provinces; ///< lit provinces (6-digit codes)
    /// The lit provinces' polygons (world metres), for an item that is not a city.
    std::vector<const Polygon*> provinceShapes;

    bool cityLit(std::size_t c) const { return !active || (c < city.size() && city[c] != 0); }
    /// A marker standing for `memberCities` (one city, or a cluster's members): lit when one of
    /// them is. An item with no city (an enterprise) is lit when `world` lies in a lit province.
    bool itemLit(const std::vector<std::uint32_t>& memberCities, Vec2 world) const;
    std::size_t litCount() const;
};

/// The focus cities' pulse: a steady ring and one that spreads and fades every kPulseSeconds.
/// Still images (screenshots, exports) show it at kStillPulsePhase.
constexpr double kPulseSeconds = 1.8;
constexpr double kStillPulsePhase = 0.3;

/// One ring around a focus marker: its radius to the inner edge of its outline, the outline's
/// width (pixels) and opacity (0-1).
struct PulseRing {
    double radiusPx = 0;
    double widthPx = 0;
    double alpha = 0;
};

/// The two rings around a marker of `radiusPx` at `phase` (0-1 of the period), lengths times
/// `unit` (the UI scale): the window's SpotlightRenderer and the exports' display list alike.
std::array<PulseRing, 2> pulseRings(double radiusPx, double phase, double unit);

/// The 6-digit code of the province a city lies in: from its division code when it has one (the
/// first two digits, "370100" -> "370000"), else the province of `provinces` whose polygons hold
/// its projected position; empty when neither says.
std::string provinceOfCity(const City& city, const BasemapLayer& provinces);

/// Even-odd test of a point against a polygon's rings (outer ring and holes alike).
bool polygonContains(const Polygon& polygon, Vec2 p);

/// The lit set of `spotlight` over `ds`: its cities, its focus cities, and every city in its
/// provinces. `provinces`: the basemap's provinces layer (the polygons of lit provinces are kept
/// pointed to: it must outlive the result).
SpotlightLit spotlightLit(const Dataset& ds, const Spotlight& spotlight,
                          const BasemapLayer& provinces);

} // namespace aimap
