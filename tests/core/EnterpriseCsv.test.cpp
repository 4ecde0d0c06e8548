#include "core/data/CityCsvLoader.hpp"
#include "core/data/CityCard.hpp"
#include "core/data/EnterpriseCsvLoader.hpp"
#include "core/data/Sectors.hpp"

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>

using namespace aimap;

namespace {

const std::string kCsv = AIMAP_FIXTURES "/csv/";

const Gazetteer& gazetteer() { return aimap::test::bundledGazetteer(); }

std::size_t idx(Sector s) { return static_cast<std::size_t>(s); }

} // namespace

TEST(Sectors, ParsedFromIdsNamesAndChinese) {
    EXPECT_EQ(parseSector("ai_chips"), Sector::AiChips);
    EXPECT_EQ(parseSector("AI Chips"), Sector::AiChips);
    EXPECT_EQ(parseSector("\xE8\x8A\xAF\xE7\x89\x87"), Sector::AiChips); // 芯片
    EXPECT_EQ(parseSector("Edge computing"), Sector::EdgeComputing);
    EXPECT_EQ(parseSector("5G"), Sector::FiveG);
    EXPECT_FALSE(parseSector("blockchain"));
}

TEST(EnterpriseCsv, AggregatesPerCityYearAndSector) {
    const auto r = loadDatasetFile(kCsv + "enterprises-ok.csv", &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    EXPECT_EQ(ds.enterprises.size(), 5u);
    EXPECT_EQ(ds.enterpriseWeightUnit, "CNY");
    const auto jinan = ds.findCity("Jinan");
    const auto qingdao = ds.findCity("Qingdao");
    ASSERT_TRUE(jinan && qingdao);
    const auto count = ds.metricIndex("enterprises");
    const auto weight = ds.metricIndex("enterprise_weight");
    ASSERT_TRUE(count && weight);
    // Jinan 2020: Inspur, B, and D (given by lon/lat next to Jinan).
    EXPECT_EQ(ds.value(*jinan, *count, 2020)->value, 3);
    EXPECT_EQ(ds.value(*jinan, *weight, 2020)->value, 1060);
    EXPECT_EQ(ds.value(*jinan, *count, 2021)->value, 1);
    EXPECT_EQ(ds.value(*qingdao, *count, 2020)->value, 1);
    EXPECT_EQ(ds.value(*qingdao, *weight, 2020)->value, 0); // empty weight adds nothing
    const SectorBreakdown* b = nullptr;
    for (const auto& s : ds.sectorBreakdowns)
        if (s.city == *jinan && s.year == 2020)
            b = &s;
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->counts[idx(Sector::AiServers)], 1u);
    EXPECT_EQ(b->counts[idx(Sector::AiChips)], 1u);
    EXPECT_EQ(b->counts[idx(Sector::IoT)], 1u);
    EXPECT_EQ(b->counts[idx(Sector::EdgeComputing)], 1u);
    // B (50) is in two sectors: its weight is split.
    EXPECT_DOUBLE_EQ(b->weights[idx(Sector::AiChips)], 25);
    EXPECT_DOUBLE_EQ(b->weights[idx(Sector::AiServers)], 1000);
    double sum = 0;
    for (double w : b->weights)
        sum += w;
    EXPECT_DOUBLE_EQ(sum, b->totalWeight);
    // Both sources are kept on the city total.
    EXPECT_EQ(ds.value(*jinan, *count, 2020)->sources.size(), 2u);
    // The card shows the breakdown.
    const auto card = buildCityCard(ds, *jinan);
    ASSERT_EQ(card.sectors.size(), 2u);
    EXPECT_EQ(card.sectors[0].total, 3u);
}

TEST(EnterpriseCsv, SyntheticDirectiveMarksTheData) {
    const std::string path = testing::TempDir() + "aimap_synth.csv";
    FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("#aimap kind=synthetic title=\"Demo\"\nname,city,sector,year\nA,Jinan,iot,2022\n", f);
    std::fclose(f);
    const auto r = loadDatasetFile(path, &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    EXPECT_TRUE(r.dataset->isSynthetic());
    EXPECT_EQ(r.dataset->title, "Demo");
}

struct BadEnterprise {
    const char* file;
    const char* location;
    const char* message;
};

class BadEnterpriseCsv : public testing::TestWithParam<BadEnterprise> {};

TEST_P(BadEnterpriseCsv, IsRejectedWithRowColumnAndMessage) {
    const auto& c = GetParam();
    const std::string path = kCsv + c.file;
    const auto r = loadDatasetFile(path, &gazetteer());
    EXPECT_FALSE(r.dataset);
    const std::string text = r.diagnostics.format();
    EXPECT_NE(text.find(path + c.location + ": error: "), std::string::npos) << text;
    EXPECT_NE(text.find(c.message), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BadEnterpriseCsv,
    testing::Values(
        BadEnterprise{"enterprises-unknown-sector.csv", ":2:3", "did you mean \"ai_chips\"?"},
        BadEnterprise{"enterprises-ambiguous-city.csv", ":2:2", "\"Suzhou\" is ambiguous"},
        BadEnterprise{"enterprises-swapped.csv", ":2:2", "lon and lat look swapped"}),
    [](const testing::TestParamInfo<BadEnterprise>& info) {
        return aimap::test::fixtureTestName(info.param.file);
    });

TEST(EnterpriseJson, AggregatesLikeTheCsvTable) {
    const auto r = loadDatasetFile(AIMAP_FIXTURES "/datasets/enterprises.json", &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    EXPECT_TRUE(ds.isSynthetic()); // kind "example"
    const auto jinan = ds.findCity("Jinan");
    ASSERT_TRUE(jinan);
    EXPECT_EQ(ds.value(*jinan, *ds.metricIndex("enterprises"), 2020)->value, 3);
    EXPECT_EQ(ds.value(*jinan, *ds.metricIndex("enterprise_weight"), 2020)->value, 1060);
    EXPECT_EQ(ds.metrics[*ds.metricIndex("enterprise_weight")].unit, "CNY");
    ASSERT_EQ(ds.sectorBreakdowns.size(), 1u);
    EXPECT_DOUBLE_EQ(ds.sectorBreakdowns[0].weights[idx(Sector::AiChips)], 25);
}

TEST(EnterpriseJson, ErrorsUseJsonPointers) {
    const nlohmann::json doc = nlohmann::json::parse(R"({"aimap_enterprises": 1, "enterprises": [
        {"name": "A", "city": "Suzhou", "sectors": ["iot"], "year": 2020},
        {"name": "B", "city": "Jinan", "sectors": ["ai_chip"], "year": 2020},
        {"name": "C", "city": "Jinan", "sectors": ["iot"], "year": "2020"},
        {"name": "D", "lon": 36.6, "lat": 117.0, "sectors": ["iot"], "year": 2020},
        {"name": "E", "city": "Jinan", "sectors": ["iot"], "year": 2020, "source": "R2"}]})");
    const auto r = loadEnterpriseJsonDoc(doc, "e.json", &gazetteer());
    EXPECT_FALSE(r.dataset);
    const std::string text = r.diagnostics.format();
    EXPECT_NE(text.find("e.json:/enterprises/0/city: error: \"Suzhou\" is ambiguous"), std::string::npos) << text;
    EXPECT_NE(text.find("e.json:/enterprises/1/sectors/0: error: unknown sector \"ai_chip\" (hint: did you mean \"ai_chips\"?)"), std::string::npos) << text;
    EXPECT_NE(text.find("e.json:/enterprises/2/year: error"), std::string::npos) << text;
    EXPECT_NE(text.find("e.json:/enterprises/3: error: lon/lat must both be numbers inside China (hint: lon and lat look swapped)"), std::string::npos) << text;
    EXPECT_NE(text.find("e.json:/enterprises/4/source: error: source \"R2\" is not defined"), std::string::npos) << text;
}

TEST(EnterpriseCsv, NameCharactersAreCollectedOnceForTheFont) {
    const auto r = loadDatasetFile(kCsv + "enterprises-ok.csv", &gazetteer());
    ASSERT_TRUE(r.dataset);
    const std::string& chars = r.dataset->enterpriseNameChars;
    EXPECT_NE(chars.find("浪"), std::string::npos);
    EXPECT_NE(chars.find("潮"), std::string::npos);
    EXPECT_EQ(chars.find("浪"), chars.rfind("浪")); // once
    EXPECT_EQ(chars.find('I'), std::string::npos);  // ASCII is always in the font
    EXPECT_EQ(r.dataset->enterpriseName(r.dataset->enterprises[0]), "浪潮 Inspur");
}
