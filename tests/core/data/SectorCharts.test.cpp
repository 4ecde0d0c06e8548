// The sector-chart API (core/data/SectorFigures.hpp) with hand-computed expectations.
#include "core/data/DatasetLoader.hpp"
#include "core/data/EnterpriseCsvLoader.hpp"
#include "core/data/SectorFigures.hpp"

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

// IC design revenue (ai_chips, 100m CNY): Shanghai 1400 (2023), Shenzhen 1109 (2022) and
// 1201.5 (2023), Wuxi >100 (2023) and a 2025 target for Shenzhen; AI servers share (a share).
std::shared_ptr<const Dataset> charts() {
    const auto doc = nlohmann::json::parse(R"~({"aimap": 1, "title": "t", "kind": "cited",
    "sources": {"Y03": {"title": "a"}, "Y04": {"title": "b"}},
    "metrics": {
      "icd": {"label": "IC design revenue", "unit": "100m CNY", "sector": "ai_chips",
              "sector_scope": "integrated circuits (all)"},
      "srv": {"label": "AI server share", "unit": "share", "scale": "share"},
      "pop": {"label": "Population", "unit": "count"}},
    "cities": [{"id": "shanghai", "name_en": "Shanghai", "lon": 121.5, "lat": 31.2},
               {"id": "shenzhen", "name_en": "Shenzhen", "lon": 114.1, "lat": 22.5},
               {"id": "wuxi", "name_en": "Wuxi", "lon": 120.3, "lat": 31.6},
               {"id": "jinan", "name_en": "Jinan", "lon": 117.0, "lat": 36.7}],
    "values": [{"city": "jinan", "metric": "pop", "year": 2023, "value": 9, "sources": ["Y03"]}],
    "sector_figures": [
      {"city": "shanghai", "sector": "ai_chips", "metric": "icd", "year": 2023, "value": 1400, "sources": ["Y04"]},
      {"city": "shenzhen", "sector": "chips", "metric": "icd", "year": 2023, "value": 1201.5, "sources": ["Y04"]},
      {"city": "shenzhen", "sector": "ai_chips", "metric": "icd", "year": 2022, "value": 1109, "sources": ["Y03"]},
      {"city": "wuxi", "sector": "ai_chips", "metric": "icd", "year": 2023, "value": ">100", "sources": ["Y04"]},
      {"city": "shenzhen", "sector": "ai_chips", "metric": "icd", "year": 2025, "value": 2500,
       "kind": "target", "period": "2025 (target)", "sources": ["Y03"]},
      {"city": "jinan", "sector": "ai_servers", "metric": "srv", "year": 2021, "value": ">0.5", "sources": ["Y03"]}],
    "quotations": [
      {"text": "Jinan ... along with Shanghai, Shenzhen", "cities": ["jinan", "shanghai", "shenzhen"], "sources": ["Y03"]},
      {"text": "Shanghai and Wuxi", "cities": ["shanghai", "wuxi"], "sources": ["Y04"]}]})~");
    auto r = buildDataset(doc, "c.json");
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
    return r.dataset;
}

std::size_t city(const Dataset& ds, const char* id) {
    return *ds.cityIndex(id);
}

} // namespace

TEST(SectorCharts, ACitysFiguresGroupedByMetricWithActualAndTargetApart) {
    const auto ds = charts();
    const auto groups = citySectorFigures(*ds, city(*ds, "shenzhen"));
    ASSERT_EQ(groups.size(), 1u);
    const auto& g = groups[0];
    EXPECT_EQ(g.metric, *ds->metricIndex("icd"));
    EXPECT_EQ(g.sectorId, "ai_chips");
    EXPECT_EQ(g.sectorEn, "AI chips");
    EXPECT_EQ(g.sectorScope, "integrated circuits (all)");
    EXPECT_EQ(g.unit, "100m CNY");
    ASSERT_EQ(g.actual.size(), 2u);
    EXPECT_EQ(g.actual[0].year, 2022);
    EXPECT_DOUBLE_EQ(g.actual[0].value, 1109);
    EXPECT_EQ(g.actual[0].sources, std::vector<std::string>{"Y03"});
    EXPECT_EQ(g.actual[1].year, 2023);
    ASSERT_EQ(g.target.size(), 1u);
    EXPECT_EQ(g.target[0].kind, ValueKind::Target);
    EXPECT_EQ(g.target[0].period, "2025 (target)");
    // Jinan: its share figure (a sector metric of scale share), a bound; not its population.
    const auto jinan = citySectorFigures(*ds, city(*ds, "jinan"));
    ASSERT_EQ(jinan.size(), 1u);
    EXPECT_EQ(jinan[0].sector, Sector::AiServers);
    EXPECT_EQ(jinan[0].scale, MetricScale::Share);
    EXPECT_EQ(jinan[0].actual[0].qualifier, ">");
}

TEST(SectorCharts, WhereACityStandsAmongTheCitiesOfOneMetricAndYear) {
    const auto ds = charts();
    const auto icd = *ds->metricIndex("icd");
    const MetricRanking r = metricRanking(*ds, icd, 2023, city(*ds, "shenzhen"));
    ASSERT_EQ(r.entries.size(), 3u); // Shanghai 1400, Shenzhen 1201.5, Wuxi >100; no target
    EXPECT_EQ(r.entries[0].figure.city, city(*ds, "shanghai"));
    EXPECT_EQ(r.entries[2].figure.city, city(*ds, "wuxi"));
    EXPECT_EQ(r.entries[2].figure.qualifier, ">");
    ASSERT_TRUE(r.position);
    EXPECT_EQ(*r.position, 1u);
    EXPECT_EQ(r.entries[1].place, 2u);
    EXPECT_TRUE(r.hasBounds);
    EXPECT_DOUBLE_EQ(r.scaleMax, 1400);
    EXPECT_DOUBLE_EQ(r.barFraction(1), 1201.5 / 1400);
    EXPECT_DOUBLE_EQ(r.barFraction(2), 100.0 / 1400);
    EXPECT_EQ(r.unit, "100m CNY");
    // Jinan has no figure: no position.
    EXPECT_FALSE(metricRanking(*ds, icd, 2023, city(*ds, "jinan")).position);
    // Targets only in a ranking of targets.
    const MetricRanking t = metricRanking(*ds, icd, 2025, std::nullopt, ValueKind::Target);
    ASSERT_EQ(t.entries.size(), 1u);
    EXPECT_DOUBLE_EQ(t.scaleMax, 2500);
    EXPECT_TRUE(metricRanking(*ds, icd, 2025).entries.empty());
}

TEST(SectorCharts, EqualNumbersShareAPlace) {
    auto doc = nlohmann::json::parse(R"({"aimap": 1, "title": "t", "kind": "cited",
      "metrics": {"n": {"label": "IC design firms", "unit": "count", "sector": "ai_chips"}},
      "cities": [{"id": "a", "name_en": "A", "lon": 110, "lat": 30}, {"id": "b", "name_en": "B", "lon": 111, "lat": 30},
                 {"id": "c", "name_en": "C", "lon": 112, "lat": 30}],
      "values": [{"city": "a", "metric": "n", "year": 2021, "value": ">100"}]})");
    doc["values"] = nlohmann::json::array();
    doc["sector_figures"] = nlohmann::json::array();
    for (const char* c : {"c", "a", "b"})
        doc["sector_figures"].push_back({{"city", c},
                                         {"sector", "ai_chips"},
                                         {"metric", "n"},
                                         {"year", 2021},
                                         {"value", std::string(c) == "b" ? "200" : ">100"}});
    doc["values"].push_back({{"city", "a"}, {"metric", "n"}, {"year", 2020}, {"value", 1}});
    const auto built = buildDataset(doc, "e.json");
    ASSERT_TRUE(built.dataset) << built.diagnostics.format();
    const auto r = metricRanking(*built.dataset, 0, 2021, *built.dataset->cityIndex("c"));
    ASSERT_EQ(r.entries.size(), 3u);
    EXPECT_EQ(r.entries[0].place, 1u); // b 200
    EXPECT_EQ(r.entries[1].place, 2u); // a >100
    EXPECT_EQ(r.entries[2].place, 2u); // c >100: the same place, ordered by id
    EXPECT_EQ(*r.position, 2u);
}

TEST(SectorCharts, ASmallMultipleMarksAbsentYearsAsAbsent) {
    const auto ds = charts();
    const auto icd = *ds->metricIndex("icd");
    const SmallMultiple s = smallMultiple(*ds, icd, city(*ds, "shanghai"));
    ASSERT_EQ(s.years.size(), 2u); // the metric's years: 2022, 2023 (not the 2025 target)
    EXPECT_EQ(s.years[0].year, 2022);
    EXPECT_FALSE(s.years[0].figure); // absent, never 0
    EXPECT_DOUBLE_EQ(s.barFraction(0), 0.0);
    ASSERT_TRUE(s.years[1].figure);
    EXPECT_DOUBLE_EQ(s.years[1].figure->value, 1400);
    EXPECT_DOUBLE_EQ(s.scaleMax, 1400);
    EXPECT_DOUBLE_EQ(s.barFraction(1), 1.0);
    const SmallMultiple sz = smallMultiple(*ds, icd, city(*ds, "shenzhen"));
    EXPECT_DOUBLE_EQ(sz.barFraction(0), 1109.0 / 1400);
}

TEST(SectorCharts, EnterpriseSectorSumsPerCity) {
    const std::string csv = "name,city,sector,weight (CNY),year\n"
                            "A,Jinan,chips,100,2020\n"
                            "B,Jinan,chips;iot,50,2020\n"
                            "C,Jinan,iot,,2020\n";
    const auto r = loadEnterpriseCsvBytes(csv, "e.csv", &aimap::test::bundledGazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const auto jinan = *r.dataset->findCity("Jinan");
    const auto c = enterpriseSectorChart(*r.dataset, jinan, 2020);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->total, 3u);
    ASSERT_EQ(c->bars.size(), 2u);
    EXPECT_EQ(c->bars[0].sector, Sector::AiChips);
    EXPECT_EQ(c->bars[0].count, 2u);
    EXPECT_DOUBLE_EQ(c->bars[0].weight, 125.0); // 100 + 50 / 2
    EXPECT_EQ(c->bars[1].sector, Sector::IoT);
    EXPECT_EQ(c->bars[1].count, 2u);
    EXPECT_DOUBLE_EQ(c->bars[1].weight, 25.0);
    EXPECT_EQ(c->countMax, 2u);
    EXPECT_DOUBLE_EQ(c->weightMax, 125.0);
    EXPECT_FALSE(enterpriseSectorChart(*r.dataset, jinan, 2021));
}

TEST(SectorCharts, QuotationsNamingEveryCityOfASelection) {
    const auto ds = charts();
    const auto sh = city(*ds, "shanghai"), sz = city(*ds, "shenzhen"), wx = city(*ds, "wuxi");
    EXPECT_EQ(quotationsNaming(*ds, {sh}).size(), 2u);
    ASSERT_EQ(quotationsNaming(*ds, {sh, sz}).size(), 1u);
    EXPECT_EQ(quotationsNaming(*ds, {sh, sz})[0]->sources, std::vector<std::string>{"Y03"});
    EXPECT_TRUE(quotationsNaming(*ds, {sz, wx}).empty());
    EXPECT_TRUE(quotationsNaming(*ds, {}).empty());
}
