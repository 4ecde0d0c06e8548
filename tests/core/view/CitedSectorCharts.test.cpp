// Charts of cited sector figures (issue 14, item 1): where a city stands among the cities with
// one metric, and the metric across years. Expected values read off the small dataset below.
#include "core/view/CitedSectorCharts.hpp"

#include "core/data/DatasetLoader.hpp"
#include "core/data/SectorFilter.hpp"
#include "core/view/SectorBars.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

// IC design revenue (ai_chips, whole IC industry): Shanghai 1400 (2023); Shenzhen 1109 (2022),
// 1201.5 (2023) and a target of 2500 for 2025; Wuxi > 100 (2023). "solo": Shanghai alone.
// "share": a share, never a bar.
std::shared_ptr<const Dataset> data() {
    const auto doc = nlohmann::json::parse(R"~({"aimap": 1, "title": "t", "kind": "cited",
    "sources": {"Y03": {"title": "a"}, "Y04": {"title": "b"}},
    "metrics": {
      "icd": {"label": "IC design revenue", "unit": "100m CNY", "sector": "ai_chips",
              "sector_scope": "integrated circuits (all)"},
      "solo": {"label": "IC fabs", "unit": "count", "sector": "ai_chips"},
      "share": {"label": "Server share", "unit": "share", "scale": "share", "sector": "ai_servers"},
      "pop": {"label": "Population", "unit": "count"}},
    "cities": [{"id": "shanghai", "name_en": "Shanghai", "lon": 121.5, "lat": 31.2},
               {"id": "shenzhen", "name_en": "Shenzhen", "name_zh": "深圳", "lon": 114.1, "lat": 22.5},
               {"id": "wuxi", "name_en": "Wuxi", "lon": 120.3, "lat": 31.6}],
    "values": [{"city": "wuxi", "metric": "pop", "year": 2023, "value": 7, "sources": ["Y03"]}],
    "sector_figures": [
      {"city": "shanghai", "sector": "ai_chips", "metric": "icd", "year": 2023, "value": 1400, "sources": ["Y04"]},
      {"city": "shenzhen", "sector": "ai_chips", "metric": "icd", "year": 2023, "value": 1201.5, "sources": ["Y04"]},
      {"city": "shenzhen", "sector": "ai_chips", "metric": "icd", "year": 2022, "value": 1109, "sources": ["Y03"]},
      {"city": "wuxi", "sector": "ai_chips", "metric": "icd", "year": 2023, "value": ">100", "sources": ["Y04"]},
      {"city": "shenzhen", "sector": "ai_chips", "metric": "icd", "year": 2025, "value": 2500,
       "kind": "target", "period": "2025 (target)", "sources": ["Y03"]},
      {"city": "shanghai", "sector": "ai_chips", "metric": "solo", "year": 2023, "value": 12, "sources": ["Y04"]},
      {"city": "shenzhen", "sector": "ai_servers", "metric": "share", "year": 2023, "value": 0.5, "sources": ["Y03"]}]})~");
    auto r = buildDataset(doc, "c.json");
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
    return r.dataset;
}

const SectorChartModel* chart(const std::vector<SectorChartModel>& charts, const std::string& id) {
    for (const auto& c : charts)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

TEST(CitedSectorCharts, WhereTheCityStandsAmongTheCitiesWithTheMetric) {
    const auto ds = data();
    const auto charts = citedSectorCharts(*ds, *ds->cityIndex("shenzhen"));
    const SectorChartModel* c = chart(charts, "cited_icd_2023");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->unit, "100m CNY");
    EXPECT_NE(c->title.find("AI chips \xE2\x80\x94 integrated circuits (all): IC design revenue, 2023"),
              std::string::npos)
        << c->title;
    ASSERT_EQ(c->bars.size(), 3u);
    EXPECT_EQ(c->bars[0].key, "shanghai");
    EXPECT_EQ(c->bars[1].key, "shenzhen");
    EXPECT_TRUE(c->bars[1].highlighted);
    EXPECT_FALSE(c->bars[0].highlighted);
    EXPECT_EQ(c->bars[1].labelZh, "\xE6\xB7\xB1\xE5\x9C\xB3");
    EXPECT_DOUBLE_EQ(c->bars[1].value, 1201.5);
    // Wuxi's bound is a bound: drawn open-ended at 100.
    EXPECT_EQ(c->bars[2].qualifier, ">");
    EXPECT_TRUE(barGeometry(c->bars[2], chartScaleMax(*c), 0, 280).openEnd);
    EXPECT_FLOAT_EQ(barGeometry(c->bars[2], chartScaleMax(*c), 0, 280).x1, 20); // 100/1400
    ASSERT_EQ(c->bars[0].sources.size(), 1u);
    EXPECT_EQ(c->bars[0].sources[0].id, "Y04");
    ASSERT_FALSE(c->notes.empty());
    EXPECT_NE(c->notes[0].find("Shenzhen stands: 2 of the 3 cities"), std::string::npos)
        << c->notes[0];
}

TEST(CitedSectorCharts, YearsOnTheMetricsScaleWithAbsentYearsAndTargetsAsText) {
    const auto ds = data();
    const auto shenzhen = citedSectorCharts(*ds, *ds->cityIndex("shenzhen"));
    const SectorChartModel* y = chart(shenzhen, "cited_icd_years");
    ASSERT_NE(y, nullptr);
    EXPECT_DOUBLE_EQ(chartScaleMax(*y), 1400); // Shanghai's 2023, not Shenzhen's own largest
    ASSERT_EQ(y->bars.size(), 3u);
    EXPECT_EQ(y->bars[0].key, "2022");
    EXPECT_DOUBLE_EQ(y->bars[0].value, 1109);
    EXPECT_EQ(y->bars[1].key, "2023");
    EXPECT_TRUE(y->bars[2].target);
    EXPECT_EQ(y->bars[2].labelEn, "2025 (target)");
    EXPECT_FALSE(barGeometry(y->bars[2], 1400, 0, 100).drawn) << "a target is never a bar";
    // Shanghai has no 2022 figure: absent, not 0.
    const auto shanghai = citedSectorCharts(*ds, *ds->cityIndex("shanghai"));
    const SectorChartModel* s = chart(shanghai, "cited_icd_years");
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(s->bars.size(), 2u);
    EXPECT_TRUE(s->bars[0].absent);
    EXPECT_FALSE(barGeometry(s->bars[0], 1400, 0, 100).drawn);
    EXPECT_FALSE(s->bars[1].absent);
}

TEST(CitedSectorCharts, NoChartOfOneBarAndNoneForSharesOrOtherMetrics) {
    const auto ds = data();
    const auto shanghai = citedSectorCharts(*ds, *ds->cityIndex("shanghai"));
    // "solo": Shanghai alone, one year: the card's figure says it all.
    EXPECT_EQ(chart(shanghai, "cited_solo_2023"), nullptr);
    EXPECT_EQ(chart(shanghai, "cited_solo_years"), nullptr);
    const auto shenzhen = citedSectorCharts(*ds, *ds->cityIndex("shenzhen"));
    for (const auto& c : shenzhen)
        EXPECT_EQ(c.id.find("share"), std::string::npos) << c.id;
    // Each chart is one metric: no chart mixes two.
    for (const auto& c : shenzhen)
        EXPECT_EQ(c.id.rfind("cited_icd_", 0), 0u) << c.id;
    EXPECT_TRUE(citedSectorCharts(*ds, *ds->cityIndex("wuxi")).size() >= 1);
}

// With cited figures only, the sector filter picks one sector metric: the size metrics with a
// sector (never the share, never a metric of the whole industry).
TEST(CitedSectorCharts, TheSectorFilterListsTheSectorSizeMetrics) {
    const auto ds = data();
    const auto list = sectorMetrics(*ds);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(ds->metrics[list[0]].id, "icd"); // AI chips: "IC design revenue" < "IC fabs"
    EXPECT_EQ(ds->metrics[list[1]].id, "solo");
    EXPECT_EQ(sectorMetricLabel(*ds, list[0], 1),
              "AI chips \xE2\x80\x94 integrated circuits (all): IC design revenue (100m CNY)");
    EXPECT_EQ(sectorsPresent(*ds), 0) << "no enterprises: no sectors to sum";
    // The legend says what the circles are.
    EXPECT_EQ(sectorFilterNote(*ds, list[0], 1),
              "Sector figure: AI chips \xE2\x80\x94 integrated circuits (all). This one metric "
              "alone, never added to another.");
    EXPECT_EQ(sectorFilterNote(*ds, *ds->metricIndex("pop"), 1), "");
}
