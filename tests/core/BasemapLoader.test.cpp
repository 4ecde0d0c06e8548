#include "core/data/BasemapLoader.hpp"
#include "core/data/JsonFile.hpp"
#include "core/geo/Projection.hpp"
#include "core/view/InsetLayout.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
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

// The South China Sea inset's layer (tools/build-data.mjs, data/README.md).
TEST(BasemapLoader, SouthChinaSeaHasChinaTheIslandsNeighboursAndNineDashes) {
    Diagnostics d;
    const auto layer = loadBasemapLayer(AIMAP_ROOT "/data/basemap/south-china-sea.json", d);
    ASSERT_TRUE(layer) << d.format();
    std::map<std::string, const BasemapFeature*> byCode;
    std::size_t neighbours = 0;
    for (const auto& f : layer->features) {
        byCode[f.code] = &f;
        neighbours += f.group == "neighbour";
    }
    ASSERT_TRUE(byCode.count("156"));
    EXPECT_EQ(byCode["156"]->group, "china");
    for (const char* code : {"paracel", "spratly", "scarborough"}) {
        ASSERT_TRUE(byCode.count(code)) << code;
        EXPECT_EQ(byCode[code]->group, "islands") << code;
        EXPECT_FALSE(byCode[code]->polygons.empty()) << code;
    }
    EXPECT_GE(byCode["spratly"]->polygons.size(), 10u);
    EXPECT_GE(byCode["paracel"]->polygons.size(), 5u);
    EXPECT_GE(neighbours, 8u); // Vietnam, the Philippines, Malaysia, Brunei, Indonesia...
    ASSERT_TRUE(byCode.count("dashed-line"));
    EXPECT_EQ(byCode["dashed-line"]->lines.size(), 9u);

    // Hainan (Wuzhishan 109.5°E 18.8°N) and Taiwan (Yushan 120.96°E 23.47°N) lie inside China's
    // polygons; Luzon (Baguio 120.6°E 16.4°N) does not.
    const Projection& p = Projection::china();
    const auto inChina = [&](LonLat ll) {
        const Vec2 q = p.forward(ll);
        bool in = false;
        for (const auto& poly : byCode["156"]->polygons)
            for (const auto& ring : poly) // even-odd over all rings
                for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
                    if ((ring[i].y > q.y) != (ring[j].y > q.y) &&
                        q.x <
                            (ring[j].x - ring[i].x) * (q.y - ring[i].y) / (ring[j].y - ring[i].y) +
                                ring[i].x)
                        in = !in;
        return in;
    };
    EXPECT_TRUE(inChina({109.5, 18.8}));
    EXPECT_TRUE(inChina({120.96, 23.47}));
    EXPECT_FALSE(inChina({120.6, 16.4}));
}

TEST(BasemapLoader, SouthChinaSeaFrameIsTheInsetsFrame) {
    Diagnostics d;
    const auto doc = readJsonFile(AIMAP_ROOT "/data/basemap/south-china-sea.json", Limits{}, d);
    ASSERT_TRUE(doc) << d.format();
    const auto& f = (*doc)["frame"];
    ASSERT_TRUE(f.is_array() && f.size() == 4);
    EXPECT_DOUBLE_EQ(f[0].get<double>(), kInsetFrame.west);
    EXPECT_DOUBLE_EQ(f[1].get<double>(), kInsetFrame.south);
    EXPECT_DOUBLE_EQ(f[2].get<double>(), kInsetFrame.east);
    EXPECT_DOUBLE_EQ(f[3].get<double>(), kInsetFrame.north);
    // ...and every point of the dashed line is inside what the inset shows.
    const auto layer = loadBasemapLayer(AIMAP_ROOT "/data/basemap/south-china-sea.json", d);
    ASSERT_TRUE(layer);
    const Box shown = insetWorldBox(Projection::china());
    for (const auto& feat : layer->features)
        for (const auto& line : feat.lines)
            for (const Vec2& q : line) {
                EXPECT_GT(q.x, shown.min.x);
                EXPECT_LT(q.x, shown.max.x);
                EXPECT_GT(q.y, shown.min.y);
                EXPECT_LT(q.y, shown.max.y);
            }
}

TEST(BasemapLoader, ALineOfOnePointIsAnErrorWithItsPointer) {
    const std::string path = testing::TempDir() + "aimap_one_point_line.json";
    {
        std::ofstream out(path);
        out << R"({"aimap_basemap": 1, "layer": "x", "features": [)"
            << R"({"code": "a", "polygons": [], "lines": [[110, 10, 111, 11], [112, 12]]}]})";
    }
    Diagnostics d;
    EXPECT_FALSE(loadBasemapLayer(path, d));
    EXPECT_NE(d.format().find("/features/0/lines/1"), std::string::npos) << d.format();
    EXPECT_NE(d.format().find("at least 2"), std::string::npos) << d.format();
}

// Every source the inset's layer names is attributed in About (data/attributions.json).
TEST(BasemapLoader, SouthChinaSeaSourcesAreAttributed) {
    Diagnostics d;
    const auto layer = readJsonFile(AIMAP_ROOT "/data/basemap/south-china-sea.json", Limits{}, d);
    const auto attr = readJsonFile(AIMAP_ROOT "/data/attributions.json", Limits{}, d);
    ASSERT_TRUE(layer && attr) << d.format();
    std::map<std::string, std::string> licence;
    for (const auto& s : (*attr)["sources"])
        licence[s.value("id", "")] = s.value("licence", "");
    ASSERT_EQ((*layer)["source"].size(), 2u);
    for (const auto& id : (*layer)["source"]) {
        ASSERT_TRUE(licence.count(id.get<std::string>())) << id;
        EXPECT_EQ(licence[id.get<std::string>()], "Public domain") << id;
    }
}
