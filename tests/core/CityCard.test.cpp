#include "core/data/CityCard.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/Format.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

const CardMetric* findMetric(const CityCardModel& c, const std::string& id) {
    for (const auto& m : c.metrics)
        if (m.id == id)
            return &m;
    return nullptr;
}

bool hasSource(const CardFigure& f, const std::string& id) {
    for (const auto& s : f.sources)
        if (s.id == id)
            return true;
    return false;
}

} // namespace

// The figures of the article this project started from (source S01, Jinan 2018 and 2020).
TEST(CityCard, JinanShowsTheS01FiguresWithSources) {
    const auto r = loadDataset(AIMAP_ROOT "/data/ai-cities.json");
    ASSERT_TRUE(r.dataset);
    const auto jinan = r.dataset->findCity("Jinan");
    ASSERT_TRUE(jinan);
    const CityCardModel card = buildCityCard(*r.dataset, *jinan);
    EXPECT_EQ(card.nameZh, "\xE6\xB5\x8E\xE5\x8D\x97");

    struct Expect {
        const char* metric;
        const char* text2018;
        const char* text2020;
    };
    for (const Expect& e : {Expect{"ai_industry_scale_cny", "41.7 bn CNY", "70 bn CNY"},
                            Expect{"ai_enterprises_count", "89", "281"},
                            Expect{"ai_rd_investment_cny", "623 m CNY", "1.05 bn CNY"}}) {
        const CardMetric* m = findMetric(card, e.metric);
        ASSERT_NE(m, nullptr) << e.metric;
        ASSERT_EQ(m->figures.size(), 2u) << e.metric;
        EXPECT_EQ(m->figures[0].year, 2018);
        EXPECT_EQ(m->figures[0].text, e.text2018);
        EXPECT_EQ(m->figures[1].year, 2020);
        EXPECT_EQ(m->figures[1].text, e.text2020);
        EXPECT_TRUE(hasSource(m->figures[0], "S01"));
        EXPECT_TRUE(hasSource(m->figures[1], "S01"));
        EXPECT_EQ(m->figures[0].sources.front().quality, "A");
    }
    // The 2022 "core industry" figure has another definition: a separate metric, never merged.
    const CardMetric* core = findMetric(card, "ai_core_industry_scale_cny");
    ASSERT_NE(core, nullptr);
    ASSERT_EQ(core->figures.size(), 1u);
    EXPECT_EQ(core->figures[0].year, 2022);
    EXPECT_EQ(core->figures[0].text, "27.1 bn CNY");
    EXPECT_FALSE(core->figures[0].sources.empty());
    EXPECT_EQ(findMetric(card, "ai_industry_scale_cny")->figures.size(), 2u);

    // Pilot-zone status: the MOST zone (2020-03-09) and the MIIT Jinan-Qingdao zone.
    ASSERT_EQ(card.zones.size(), 2u);
    EXPECT_FALSE(card.specialisations.empty());
}

TEST(CityCard, JsonDumpCarriesFiguresAndSources) {
    const auto r = loadDataset(AIMAP_ROOT "/data/ai-cities.json");
    ASSERT_TRUE(r.dataset);
    const auto j = toJson(buildCityCard(*r.dataset, *r.dataset->findCity("jinan")));
    EXPECT_EQ(j["city"], "jinan");
    bool found = false;
    for (const auto& m : j["metrics"])
        if (m["id"] == "ai_enterprises_count") {
            EXPECT_EQ(m["figures"][1]["text"], "281");
            EXPECT_EQ(m["figures"][1]["sources"][0]["id"], "S01");
            found = true;
        }
    EXPECT_TRUE(found);
}

// Issue 14: the 2020 map's quotations (S01, S02) are shown where the cities they name are
// selected, in the source's words with every city they name — on the card of each, not as a
// layer of a closed list.
TEST(CityCard, QuotationsAreOnTheCardOfEachCityTheyName) {
    const auto r = loadDataset(AIMAP_ROOT "/data/ai-cities.json");
    ASSERT_TRUE(r.dataset);
    const Dataset& ds = *r.dataset;
    const CityCardModel jinan = buildCityCard(ds, *ds.findCity("jinan"));
    ASSERT_EQ(jinan.quotations.size(), 2u);
    EXPECT_EQ(jinan.quotations[0].sources.at(0).id, "S01");
    EXPECT_EQ(jinan.quotations[1].sources.at(0).id, "S02");
    ASSERT_EQ(jinan.quotations[0].named.size(), 5u);
    EXPECT_EQ(jinan.quotations[0].named[1].en, "Shanghai");
    EXPECT_NE(jinan.quotations[0].text.find("along with Shanghai"), std::string::npos);
    // Beijing is named by S02 only; Wuhan by neither.
    const CityCardModel beijing = buildCityCard(ds, *ds.findCity("beijing"));
    ASSERT_EQ(beijing.quotations.size(), 1u);
    EXPECT_EQ(beijing.quotations[0].sources.at(0).id, "S02");
    EXPECT_TRUE(buildCityCard(ds, *ds.findCity("wuhan")).quotations.empty());
    EXPECT_EQ(toJson(jinan)["quotations"].size(), 2u);
}

// Regression: the card of an example dataset warned "SYNTHETIC DATA" (the map said EXAMPLE DATA).
TEST(CityCard, SaysWhetherTheDataIsExampleOrSynthetic) {
    const auto example = loadDataset(AIMAP_FIXTURES "/datasets/minimal.json");
    ASSERT_TRUE(example.dataset);
    const CityCardModel card = buildCityCard(*example.dataset, 0);
    EXPECT_TRUE(card.synthetic);
    EXPECT_TRUE(card.example);
    const auto cited = loadDataset(AIMAP_ROOT "/data/ai-cities.json");
    ASSERT_TRUE(cited.dataset);
    const CityCardModel real = buildCityCard(*cited.dataset, 0);
    EXPECT_FALSE(real.synthetic);
    EXPECT_FALSE(real.example);
}

// Regression (issue 13): "definition_in_source" and "yoy_growth_pct" were read, documented as
// shown in the city card, and shown nowhere.
TEST(CityCard, ShowsTheDefinitionInTheSourceAndTheGrowthAsPublished) {
    const nlohmann::json doc = nlohmann::json::parse(R"({
      "aimap": 1, "title": "t", "kind": "cited", "sources": {"S1": {"title": "Report"}},
      "metrics": {"m": {"label": "M", "unit": "count"}},
      "cities": [{"id": "a", "name_en": "A", "lon": 117, "lat": 36}],
      "values": [{"city": "a", "metric": "m", "year": 2020, "value": 3, "sources": ["S1"],
                  "definition_in_source": "firms with AI revenue", "yoy_growth_pct": 12.5},
                 {"city": "a", "metric": "m", "year": 2021, "value": 3, "sources": ["S1"],
                  "yoy_growth_pct": -3}]})");
    const auto r = buildDataset(doc, "mem.json");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const CityCardModel card = buildCityCard(*r.dataset, 0);
    const CardMetric* m = findMetric(card, "m");
    ASSERT_TRUE(m);
    ASSERT_EQ(m->figures.size(), 2u);
    EXPECT_EQ(m->figures[0].definitionInSource, "firms with AI revenue");
    ASSERT_TRUE(m->figures[0].yoyGrowthPct);
    EXPECT_EQ(formatGrowth(*m->figures[0].yoyGrowthPct), "+12.5%");
    EXPECT_EQ(formatGrowth(*m->figures[1].yoyGrowthPct), "-3%");
    EXPECT_EQ(formatGrowth(0), "0%");
    const nlohmann::json j = toJson(card);
    EXPECT_EQ(j["metrics"][0]["figures"][0]["yoy_growth_pct"], 12.5);
    EXPECT_EQ(j["metrics"][0]["figures"][0]["definition_in_source"], "firms with AI revenue");
}
