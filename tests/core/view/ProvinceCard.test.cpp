// The province card (issue 16): cities with the figure shown, pilot zones, province figures.
#include "core/view/ProvinceCard.hpp"
#include "core/data/DatasetLoader.hpp"

#include <nlohmann/json.hpp>

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

using namespace aimap;
using namespace aimap::test;

namespace {

std::vector<std::string> byCode(const Dataset& ds) {
    std::vector<std::string> out;
    for (const City& c : ds.cities)
        out.push_back(c.code.substr(0, 2) + "0000");
    return out;
}

} // namespace

TEST(ProvinceCard, ShandongListsJinanAndQingdaoTheirZonesAndItsScore) {
    const Dataset& ds = bundledDataset();
    const std::size_t m = *ds.metricIndex("ai_enterprises_count");
    const ProvinceCardModel c = buildProvinceCard(ds, bundledProvinceFigures(), "370000", "山东", "Shandong",
                                                  155000.0, byCode(ds), m, 2020, UiLanguage::En);
    std::vector<std::string> ids;
    for (const auto& r : c.cities)
        ids.push_back(r.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"jinan", "qingdao"}));
    EXPECT_EQ(c.cities[0].figure, "281");
    EXPECT_EQ(c.cities[0].sources, (std::vector<std::string>{"S01"}));
    EXPECT_EQ(c.cities[1].figure, "n/a") << "Qingdao has no 2020 count";
    EXPECT_FALSE(c.cities[1].value);
    // Jinan's MOST zone and the joint Jinan–Qingdao MIIT zone.
    ASSERT_EQ(c.zones.size(), 2u);
    EXPECT_EQ(c.zones[0].programme, "MOST");
    EXPECT_EQ(c.zones[1].programme, "MIIT");
    EXPECT_EQ(c.zones[1].cities, (std::vector<std::string>{"jinan", "qingdao"}));
    ASSERT_EQ(c.figures.size(), 1u);
    EXPECT_EQ(c.figures[0].sources.front().id, "X09");
    const nlohmann::json j = toJson(c);
    EXPECT_EQ(j["area_km2"], 155000.0);
    EXPECT_EQ(j["cities"].size(), 2u);
    // In Chinese: n/a in Chinese.
    const auto zh = buildProvinceCard(ds, bundledProvinceFigures(), "370000", "山东", "Shandong", 1, byCode(ds), m,
                                      2020, UiLanguage::Zh);
    EXPECT_EQ(zh.cities[1].figure, "无数据");
}

TEST(ProvinceCard, AProvinceWithoutDataCitiesHasAnEmptyList) {
    const Dataset& ds = bundledDataset();
    const auto c = buildProvinceCard(ds, bundledProvinceFigures(), "540000", "西藏", "Tibet", 1.2e6, byCode(ds), 0,
                                     2020, UiLanguage::En);
    EXPECT_TRUE(c.cities.empty());
    EXPECT_TRUE(c.zones.empty());
    EXPECT_TRUE(c.figures.empty());
}
