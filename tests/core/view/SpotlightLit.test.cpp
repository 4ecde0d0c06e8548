// A talk's spotlight (issue 15): which cities, clusters and enterprises stay lit. Checked against
// the bundled data and basemap: the provinces' own polygons (Beijing is a hole in Hebei's), not a
// second copy of their outlines.
#include "core/view/SpotlightLit.hpp"

#include "core/data/DatasetLoader.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

struct Bundled {
    std::shared_ptr<const Dataset> data;
    BasemapLayer provinces;
};

const Bundled& bundled() {
    static const Bundled b = [] {
        Bundled out;
        out.data = loadDataset(AIMAP_ROOT "/data/ai-cities.json").dataset;
        Diagnostics diags;
        if (auto layer = loadBasemapLayer(AIMAP_ROOT "/data/basemap/provinces.json", diags))
            out.provinces = std::move(*layer);
        return out;
    }();
    return b;
}

std::size_t city(const char* id) {
    const auto c = bundled().data->findCity(id);
    EXPECT_TRUE(c) << id;
    return c.value_or(0);
}

} // namespace

TEST(SpotlightLit, NoSpotlightDimsNothing) {
    const Bundled& b = bundled();
    ASSERT_TRUE(b.data);
    const SpotlightLit lit = spotlightLit(*b.data, Spotlight{}, b.provinces);
    EXPECT_FALSE(lit.active);
    EXPECT_TRUE(lit.cityLit(city("beijing")));
    EXPECT_TRUE(lit.itemLit({}, {0, 0}));
}

TEST(SpotlightLit, AProvinceLightsItsCitiesOnly) {
    const Bundled& b = bundled();
    ASSERT_TRUE(b.data);
    ASSERT_FALSE(b.provinces.features.empty());
    Spotlight s;
    s.provinces = {"370000"}; // Shandong
    s.focus = {city("jinan")};
    const SpotlightLit lit = spotlightLit(*b.data, s, b.provinces);
    EXPECT_TRUE(lit.active);
    EXPECT_TRUE(lit.cityLit(city("jinan")));
    EXPECT_TRUE(lit.cityLit(city("qingdao")));
    EXPECT_FALSE(lit.cityLit(city("beijing")));
    EXPECT_FALSE(lit.cityLit(city("shanghai")));
    EXPECT_FALSE(lit.cityLit(city("zhengzhou"))); // Henan, next door
    EXPECT_EQ(lit.focus, std::vector<std::size_t>{city("jinan")});
    // A cluster is lit when one of its members is.
    EXPECT_TRUE(lit.itemLit({static_cast<std::uint32_t>(city("beijing")),
                             static_cast<std::uint32_t>(city("jinan"))},
                            {0, 0}));
    EXPECT_FALSE(lit.itemLit({static_cast<std::uint32_t>(city("beijing"))}, {0, 0}));
    // An enterprise (no city) is lit where it stands: in Shandong, not in Beijing.
    EXPECT_TRUE(lit.itemLit({}, b.data->cities[city("qingdao")].world));
    EXPECT_FALSE(lit.itemLit({}, b.data->cities[city("beijing")].world));
}

TEST(SpotlightLit, CitiesAndFocusOnlyLightThemselves) {
    const Bundled& b = bundled();
    ASSERT_TRUE(b.data);
    Spotlight s;
    s.cities = {city("shanghai"), city("shenzhen")};
    s.focus = {city("shanghai"), city("hangzhou"), city("wuxi"), city("beijing")};
    const SpotlightLit lit = spotlightLit(*b.data, s, b.provinces);
    EXPECT_EQ(lit.litCount(), 4u) << "shanghai, shenzhen, hangzhou, wuxi: beijing is a fourth focus city";
    EXPECT_EQ(lit.focus.size(), Spotlight::kMaxFocus) << "never more than three pulse";
    EXPECT_FALSE(lit.cityLit(city("beijing")));
    EXPECT_FALSE(lit.cityLit(city("jinan")));
    EXPECT_FALSE(lit.itemLit({}, {0, 0})) << "no province: no enterprise is lit";
}

TEST(SpotlightLit, ACityWithoutACodeIsPlacedByTheProvincePolygons) {
    const Bundled& b = bundled();
    ASSERT_TRUE(b.data);
    City c = b.data->cities[city("jinan")];
    EXPECT_EQ(provinceOfCity(c, b.provinces), "370000") << "from its division code";
    c.code.clear();
    EXPECT_EQ(provinceOfCity(c, b.provinces), "370000") << "from Shandong's polygons";
    // Beijing lies in a hole of Hebei's polygon: even-odd gives Beijing, not Hebei.
    City beijing = b.data->cities[city("beijing")];
    beijing.code.clear();
    EXPECT_EQ(provinceOfCity(beijing, b.provinces), "110000");
    City sea = c;
    sea.world = {1e7, 1e7};
    EXPECT_EQ(provinceOfCity(sea, b.provinces), "");
}

TEST(SpotlightLit, PolygonContainsUsesEvenOddOverItsRings) {
    const Polygon square{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{4, 4}, {6, 4}, {6, 6}, {4, 6}}};
    EXPECT_TRUE(polygonContains(square, {2, 2}));
    EXPECT_FALSE(polygonContains(square, {5, 5})) << "in the hole";
    EXPECT_FALSE(polygonContains(square, {11, 5}));
}

TEST(SpotlightLit, PulseRingsSpreadAndFadeAndStillImagesShowOnePhase) {
    // A marker of 10 px at UI scale 2, at the still images' phase (0.3 of the period).
    const auto still = pulseRings(10, kStillPulsePhase, 2);
    EXPECT_DOUBLE_EQ(still[0].radiusPx, 24); // steady: 7 px out, 2.5 px wide
    EXPECT_DOUBLE_EQ(still[0].widthPx, 5);
    EXPECT_DOUBLE_EQ(still[0].alpha, 0.9);
    EXPECT_DOUBLE_EQ(still[1].radiusPx, 10 + (9 + 28 * 0.3) * 2);
    EXPECT_DOUBLE_EQ(still[1].widthPx, 6);
    EXPECT_DOUBLE_EQ(still[1].alpha, 0.85 * 0.7 * 0.7);
    // Over a period the spreading ring only grows and fades, and is gone at its end.
    double radius = 0, alpha = 1;
    for (double phase = 0; phase < 1; phase += 0.125) {
        const auto r = pulseRings(10, phase, 1);
        EXPECT_GT(r[1].radiusPx, radius);
        EXPECT_LT(r[1].alpha, alpha);
        radius = r[1].radiusPx;
        alpha = r[1].alpha;
    }
    EXPECT_DOUBLE_EQ(pulseRings(10, 1, 1)[1].alpha, 0);
}
