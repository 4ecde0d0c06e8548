#include "core/data/BasemapLoader.hpp"
#include "core/geo/Projection.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace aimap;

TEST(BasemapLoader, ProvincesHaveAll34DivisionsWithNames) {
    Diagnostics d;
    const auto layer = loadBasemapLayer(AIMAP_ROOT "/data/basemap/provinces.json", d);
    ASSERT_TRUE(layer) << d.format();
    EXPECT_EQ(layer->features.size(), 34u);
    std::set<std::string> codes;
    for (const auto& f : layer->features) {
        codes.insert(f.code);
        EXPECT_FALSE(f.nameZh.empty()) << f.code;
        EXPECT_FALSE(f.nameEn.empty()) << f.code;
        EXPECT_FALSE(f.polygons.empty()) << f.code;
    }
    EXPECT_EQ(codes.size(), 34u);
    EXPECT_TRUE(codes.count("370000")); // Shandong
    EXPECT_TRUE(codes.count("710000")); // Taiwan
    EXPECT_TRUE(codes.count("810000")); // Hong Kong
    EXPECT_TRUE(codes.count("820000")); // Macao
}

TEST(BasemapLoader, ChinaBoundsCoverItsExtremes) {
    Diagnostics d;
    const auto layer = loadBasemapLayer(AIMAP_ROOT "/data/basemap/provinces.json", d);
    ASSERT_TRUE(layer);
    const Projection& p = Projection::china();
    // Points well inside China's westernmost, easternmost, northernmost and southern land.
    for (LonLat ll :
         {LonLat{75.5, 39.0}, LonLat{134.0, 47.8}, LonLat{122.5, 52.9}, LonLat{109.5, 18.4}}) {
        const Vec2 w = p.forward(ll);
        EXPECT_GE(w.x, layer->bounds.min.x);
        EXPECT_LE(w.x, layer->bounds.max.x);
        EXPECT_GE(w.y, layer->bounds.min.y);
        EXPECT_LE(w.y, layer->bounds.max.y);
    }
}

TEST(BasemapLoader, RejectsNonBasemapFileWithAMessage) {
    Diagnostics d;
    EXPECT_FALSE(loadBasemapLayer(AIMAP_ROOT "/data/ai-cities.json", d));
    EXPECT_NE(d.format().find("not an aimap basemap file"), std::string::npos);
}
