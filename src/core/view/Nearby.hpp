#pragma once

#include "core/data/Dataset.hpp"
#include "core/i18n/UiText.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// The radius tool (issue 16): a geodesic circle of `km` around the selected city, and the cities
/// inside it. Not part of a talk's view: the explorer's tool.
struct RadiusChoice {
    double km = 300;
    static constexpr double kMinKm = 10, kMaxKm = 2000;
};

/// A city within the radius: how far, and its figure of the metric and year shown.
struct NearbyCity {
    std::size_t city = 0;
    double metres = 0;            ///< along the WGS84 ellipsoid (GeographicLib), from the centre
    const Value* value = nullptr; ///< of the metric and year shown; null: no figure
};

/// The cities of `ds` within `metres` of city `centre` along the ellipsoid (the centre left out),
/// nearest first (ties by id); each with its figure of `metric` in `year`, if any.
std::vector<NearbyCity> citiesWithin(const Dataset& ds, std::size_t centre, double metres,
                                     std::size_t metric, int year);

/// The radius as a closed ring in world metres (Projection::china()): `points` points of the
/// geodesic circle, projected (the true shape of "within N km" on the map).
std::vector<Vec2> radiusRing(LonLat centre, double metres, int points = 180);

/// One line of the card's list: "青岛 Qingdao", "310.9 km", "Industry scale 2020: 70 bn CNY" or
/// "n/a", and the figure's source ids.
struct NearbyRow {
    std::string name, distance, figure;
    std::vector<std::string> sources;
};
std::vector<NearbyRow> nearbyRows(const Dataset& ds, const std::vector<NearbyCity>& cities,
                                  std::size_t metric, int year, UiLanguage lang);

} // namespace aimap
