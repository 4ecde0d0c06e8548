// Which province is under a point (issue 16): the basemap's provinces, holes and bounding boxes.
#include "core/pick/ProvincePick.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/geo/Projection.hpp"
#include "core/view/SpotlightLit.hpp"

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <chrono>

using namespace aimap;
using namespace aimap::test;

namespace {

std::string codeAt(const ProvinceIndex& index, LonLat p) {
    const auto i = index.at(Projection::china().forward(p));
    return i ? index.layer()->features[*i].code : "none";
}

} // namespace

TEST(ProvincePick, PolygonContainsFollowsTheEvenOddRuleWithHoles) {
    const Polygon square{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{4, 4}, {6, 4}, {6, 6}, {4, 6}}};
    EXPECT_TRUE(polygonContains(square, {1, 1}));
    EXPECT_TRUE(polygonContains(square, {9, 5}));
    EXPECT_FALSE(polygonContains(square, {5, 5})) << "in the hole";
    EXPECT_FALSE(polygonContains(square, {11, 5}));
    EXPECT_FALSE(polygonContains(square, {-1, -1}));
}

TEST(ProvincePick, PlacesFallInTheirProvinces) {
    const ProvinceIndex index(bundledProvinceOutlines());
    ASSERT_EQ(index.size(), 34u);
    EXPECT_EQ(codeAt(index, {117.0, 36.65}), "370000");  // Jinan, Shandong
    EXPECT_EQ(codeAt(index, {113.26, 23.13}), "440000"); // Guangzhou, Guangdong
    EXPECT_EQ(codeAt(index, {91.1, 29.65}), "540000");   // Lhasa, Tibet
    EXPECT_EQ(codeAt(index, {87.6, 43.8}), "650000");    // Urumqi, Xinjiang
    EXPECT_EQ(codeAt(index, {116.40, 39.90}), "110000"); // Beijing: the hole in Hebei
    EXPECT_EQ(codeAt(index, {114.5, 38.05}), "130000");  // Shijiazhuang, Hebei
    EXPECT_EQ(codeAt(index, {121.0, 23.7}), "710000");   // Taiwan
    EXPECT_EQ(codeAt(index, {123.0, 33.0}), "none");     // the Yellow Sea
    EXPECT_EQ(codeAt(index, {100.0, 50.0}), "none");     // Mongolia
}

TEST(ProvincePick, BoundingBoxesComeFirst) {
    const ProvinceIndex index(bundledProvinceOutlines());
    // Jinan's point is in few provinces' boxes: only their polygons' rings are tested.
    index.at(Projection::china().forward({117.0, 36.65}));
    EXPECT_LE(index.ringsTested(), 4u);
    // A point far out at sea tests no ring at all.
    index.at(Projection::china().forward({150.0, 10.0}));
    EXPECT_EQ(index.ringsTested(), 0u);
    // Fast: a pick per frame costs well under a millisecond (10,000 picks over the country).
    const auto start = std::chrono::steady_clock::now();
    std::size_t found = 0;
    for (int i = 0; i < 10000; ++i)
        found += index
                     .at(Projection::china().forward(
                         {75.0 + 60.0 * (i % 100) / 100, 18.0 + 35.0 * (i / 100) / 100}))
                     .has_value();
    const double us =
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count() /
        10000;
    EXPECT_GT(found, 3000u);
    EXPECT_LT(us, 200.0) << "microseconds per pick";
    std::printf("province pick: %.2f us per point\n", us);
}

TEST(ProvincePick, CitiesByTheirDivisionCode) {
    const ProvinceIndex index(bundledProvinceOutlines());
    const auto ds = loadDataset(AIMAP_ROOT "/data/ai-cities.json").dataset;
    ASSERT_TRUE(ds);
    const auto code = [&](const char* id) {
        const auto p = index.ofCity(ds->cities[*ds->cityIndex(id)]);
        return p ? index.layer()->features[*p].code : "none";
    };
    EXPECT_EQ(code("jinan"), "370000");
    EXPECT_EQ(code("qingdao"), "370000");
    EXPECT_EQ(code("beijing"), "110000");
    EXPECT_EQ(code("shenzhen"), "440000");
    // Without a code: the province under its position.
    City c = ds->cities[*ds->cityIndex("hefei")];
    c.code.clear();
    const auto p = index.ofCity(c);
    ASSERT_TRUE(p);
    EXPECT_EQ(index.layer()->features[*p].code, "340000");
}

TEST(ProvincePick, InteriorPointsAreInsideTheirProvince) {
    const ProvinceIndex index(bundledProvinceOutlines());
    for (std::size_t i = 0; i < index.size(); ++i) {
        const auto points = interiorPoints(bundledProvinceOutlines().features[i]);
        ASSERT_FALSE(points.empty()) << bundledProvinceOutlines().features[i].code;
        EXPECT_EQ(index.at(points.front()), i) << bundledProvinceOutlines().features[i].code;
    }
}
