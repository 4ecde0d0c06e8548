// The radius tool's cities and rows (issue 16). Distances: GeodSolve between the data's points
// (tests/display/RadiusTool.test.cpp has the commands).
#include "core/view/Nearby.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/geo/Geodesy.hpp"
#include "core/geo/Projection.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

const Dataset& bundled() {
    static const auto ds = loadDataset(AIMAP_ROOT "/data/ai-cities.json").dataset;
    return *ds;
}

} // namespace

TEST(Nearby, CitiesWithinTheRadiusNearestFirstWithTheirFigures) {
    const Dataset& ds = bundled();
    const std::size_t jinan = *ds.cityIndex("jinan");
    const std::size_t enterprises = *ds.metricIndex("ai_enterprises_count");
    const auto near = citiesWithin(ds, jinan, 400e3, enterprises, 2020);
    ASSERT_EQ(near.size(), 4u);
    EXPECT_EQ(ds.cities[near[0].city].id, "tianjin");
    EXPECT_NEAR(near[0].metres, 275043.060, 0.001);
    EXPECT_EQ(ds.cities[near[3].city].id, "zhengzhou");
    for (std::size_t i = 1; i < near.size(); ++i)
        EXPECT_LE(near[i - 1].metres, near[i].metres);
    EXPECT_TRUE(citiesWithin(ds, jinan, 275e3, enterprises, 2020).empty()) << "Tianjin is 275.04";
    EXPECT_TRUE(citiesWithin(ds, 9999, 400e3, enterprises, 2020).empty()) << "no such centre";
    // The rows: distance in the interface's language, "n/a" where the city has no figure.
    const auto en = nearbyRows(ds, near, enterprises, 2020, UiLanguage::En);
    EXPECT_EQ(en[0].name, "天津 Tianjin");
    EXPECT_EQ(en[0].distance, "275.0 km");
    const auto zh = nearbyRows(ds, near, enterprises, 2020, UiLanguage::Zh);
    EXPECT_EQ(zh[0].distance, "275.0 公里");
    for (std::size_t i = 0; i < near.size(); ++i)
        EXPECT_EQ(en[i].figure == "n/a", near[i].value == nullptr) << en[i].name;
    EXPECT_EQ(en[2].name, "北京 Beijing");
    ASSERT_NE(near[2].value, nullptr) << "Beijing has a 2020 count";
    EXPECT_FALSE(en[2].sources.empty());
    EXPECT_EQ(en[0].figure, "n/a") << "Tianjin has none";
}

TEST(Nearby, TheRingIsTheGeodesicCircleProjected) {
    const LonLat jinan{116.9972, 36.6683};
    const std::vector<Vec2> ring = radiusRing(jinan, 300e3, 36);
    ASSERT_EQ(ring.size(), 36u);
    for (const Vec2& p : ring)
        EXPECT_NEAR(geodesicDistance(jinan, Projection::china().inverse(p)), 300e3, 1e-3);
}
