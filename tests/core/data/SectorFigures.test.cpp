// Sector figures, targets, ranks and the national summary in the dataset format: what loads,
// what is rejected and where the message points, and that no target ever reaches a marker.
#include "core/cluster/ClusterLayer.hpp"
#include "core/data/CityCard.hpp"
#include "core/data/CityCsvLoader.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/FigureRules.hpp"
#include "core/data/JsonFile.hpp"
#include "core/view/MetricSummary.hpp"
#include "core/view/ViewState.hpp"

#include "support/Fixtures.hpp"
#include "support/JsonDataset.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace aimap;

namespace {

// A valid dataset: @METRICS@ (more metrics), @FIGURES@ (sector figures), @MORE@ (top-level).
const std::string kBase = R"({"aimap": 1, "title": "t", "kind": "cited",
"sources": {"S1": {"title": "src"}, "S2": {"title": "src2"}},
"metrics": {"m": {"label": "M", "unit": "count"}@METRICS@},
"cities": [{"id": "jinan", "name_en": "Jinan", "lon": 117.0, "lat": 36.7},
           {"id": "qingdao", "name_en": "Qingdao", "lon": 120.4, "lat": 36.1},
           {"id": "wuxi", "name_en": "Wuxi", "lon": 120.3, "lat": 31.6}],
"values": [{"city": "jinan", "metric": "m", "year": 2020, "value": 5, "sources": ["S1"]}],
"sector_figures": [@FIGURES@]@MORE@})";

std::string dataset(const std::string& metrics, const std::string& figures,
                    const std::string& more = "") {
    std::string s = kBase;
    s.replace(s.find("@METRICS@"), 9, metrics);
    s.replace(s.find("@FIGURES@"), 9, figures);
    s.replace(s.find("@MORE@"), 6, more);
    return s;
}

const std::string kIc = R"~(, "ic": {"label": "IC design revenue", "unit": "100m CNY",
    "sector": "ai_chips", "sector_scope": "integrated circuits (all)"})~";

std::string figure(const std::string& city, const std::string& extra) {
    return R"({"city": ")" + city + R"(", "sector": "ai_chips", "metric": "ic", "year": 2023, )" +
           extra + R"(, "sources": ["S2"]})";
}

} // namespace

TEST(SectorFigures, LoadAsValuesOfTheirMetricWithBoundsAndScope) {
    const auto r = test::loadJsonText(dataset(kIc, figure("jinan", R"("value": 1400)") + "," +
                                             figure("wuxi", R"("value": ">1,000")")));
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    const auto ic = *ds.metricIndex("ic");
    EXPECT_EQ(ds.metrics[ic].sector, Sector::AiChips);
    EXPECT_EQ(ds.metrics[ic].sectorScope, "integrated circuits (all)");
    const Value* wuxi = ds.value(*ds.cityIndex("wuxi"), ic, 2023);
    ASSERT_NE(wuxi, nullptr);
    EXPECT_EQ(wuxi->qualifier, ">");
    EXPECT_DOUBLE_EQ(wuxi->value, 1000.0);
    EXPECT_EQ(wuxi->asPublished, ">1,000");
    EXPECT_EQ(wuxi->sources, std::vector<std::string>{"S2"});
}

TEST(SectorFigures, AMetricWithoutASectorTakesTheFiguresSector) {
    const auto r = test::loadJsonText(dataset(R"(, "ic": {"label": "IC", "unit": "100m CNY"})",
                                    figure("jinan", R"("value": 3)")));
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    EXPECT_EQ(r.dataset->metrics[*r.dataset->metricIndex("ic")].sector, Sector::AiChips);
}

// Regression tests for the rejections `aimap validate` must pinpoint (issue 14).
TEST(SectorFigures, AnUnknownSectorIsAnErrorAtItsPointerWithAHint) {
    const auto r = test::loadJsonText(dataset(
        kIc,
        R"({"city": "jinan", "sector": "ai_chipz", "metric": "ic", "year": 2023, "value": 3, "sources": ["S1"]})"));
    EXPECT_FALSE(r.dataset);
    const std::string msg = r.diagnostics.format();
    EXPECT_NE(msg.find("in.json:/sector_figures/0/sector"), std::string::npos) << msg;
    EXPECT_NE(msg.find("unknown sector \"ai_chipz\""), std::string::npos) << msg;
    EXPECT_NE(msg.find("did you mean \"ai_chips\""), std::string::npos) << msg;
}

TEST(SectorFigures, AnUnknownKindIsAnErrorAtItsPointerWithAHint) {
    const auto r = test::loadJsonText(dataset(kIc, figure("jinan", R"("value": 3, "kind": "targte")")));
    EXPECT_FALSE(r.dataset);
    const std::string msg = r.diagnostics.format();
    EXPECT_NE(msg.find("in.json:/sector_figures/0/kind"), std::string::npos) << msg;
    EXPECT_NE(msg.find("did you mean \"target\""), std::string::npos) << msg;
    // Plain values take "kind" too, with the same check.
    const std::string plain = dataset("", "");
    std::string bad = plain;
    bad.replace(bad.find("\"value\": 5,"), 11, "\"value\": 5, \"kind\": \"plan\",");
    const auto r2 = test::loadJsonText(bad);
    EXPECT_FALSE(r2.dataset);
    EXPECT_NE(r2.diagnostics.format().find("in.json:/values/0/kind"), std::string::npos);
}

TEST(SectorFigures, ABoundThatDoesNotParseIsAnErrorSayingWhatIsAccepted) {
    for (const char* text : {"more than 1000", ">", "1,00", ">>5", "12.", "1e3", "-5"}) {
        const auto r =
            test::loadJsonText(dataset(kIc, figure("jinan", std::string(R"("value": ")") + text + "\"")));
        EXPECT_FALSE(r.dataset) << text;
        const std::string msg = r.diagnostics.format();
        EXPECT_NE(msg.find("in.json:/sector_figures/0/value"), std::string::npos) << text << msg;
        EXPECT_NE(msg.find("is not a number or a bound"), std::string::npos) << msg;
        EXPECT_NE(msg.find("\">1000\""), std::string::npos) << msg;
    }
}

TEST(SectorFigures, TheBoundGrammar) {
    const auto b = [](const char* t) { return parseBound(t); };
    ASSERT_TRUE(b(">1000"));
    EXPECT_EQ(b(">1000")->qualifier, ">");
    EXPECT_DOUBLE_EQ(b(">1000")->value, 1000);
    EXPECT_EQ(b("\xE2\x89\x88 300")->qualifier, "~"); // ≈
    EXPECT_DOUBLE_EQ(b("~1,234.5")->value, 1234.5);
    EXPECT_EQ(b("2500")->qualifier, "=");
    EXPECT_DOUBLE_EQ(b("<0.5")->value, 0.5);
    for (const char* bad : {"", "about 300", "1,00", "1,0000", ",100", "5%", ".5", "> 1 000"})
        EXPECT_FALSE(b(bad)) << bad;
}

TEST(SectorFigures, ARankMetricDeclaredOrDefaultedAsSizeIsAnError) {
    for (const char* metric : {R"~(, "r": {"label": "IDC AI city rank", "unit": "rank (1=best)"})~",
                               R"(, "r": {"label": "X", "unit": "rank", "scale": "size"})",
                               R"(, "r": {"label": "城市排名", "unit": "position"})"}) {
        const auto r = test::loadJsonText(dataset(metric, ""));
        EXPECT_FALSE(r.dataset) << metric;
        const std::string msg = r.diagnostics.format();
        EXPECT_NE(msg.find("in.json:/metrics/r"), std::string::npos) << msg;
        EXPECT_NE(msg.find("looks like a rank; ranks are ordinal and never drawn as circle areas: "
                           "declare \"scale\": \"rank\""),
                  std::string::npos)
            << msg;
    }
    const auto ok =
        test::loadJsonText(dataset(R"(, "r": {"label": "IDC rank", "unit": "rank", "scale": "rank"})", ""));
    EXPECT_TRUE(ok.dataset) << ok.diagnostics.format();
    // "franchise" holds no word "rank".
    EXPECT_FALSE(looksLikeRank("Franchise stores", "count"));
}

TEST(SectorFigures, AnUnknownScaleIsAnErrorWithAHint) {
    const auto r =
        test::loadJsonText(dataset(R"(, "s": {"label": "S", "unit": "share", "scale": "shares"})", ""));
    EXPECT_FALSE(r.dataset);
    const std::string msg = r.diagnostics.format();
    EXPECT_NE(msg.find("in.json:/metrics/s/scale"), std::string::npos) << msg;
    EXPECT_NE(msg.find("did you mean \"share\""), std::string::npos) << msg;
}

TEST(SectorFigures, SectorAndUnitMustMatchTheMetric) {
    const auto other = test::loadJsonText(dataset(
        kIc,
        R"({"city": "jinan", "sector": "ai_servers", "metric": "ic", "year": 2023, "value": 3, "sources": ["S1"]})"));
    EXPECT_FALSE(other.dataset);
    EXPECT_NE(other.diagnostics.format().find("in.json:/sector_figures/0/sector"),
              std::string::npos);
    const auto two = test::loadJsonText(dataset(
        R"(, "ic": {"label": "IC", "unit": "u"})",
        R"({"city": "jinan", "sector": "ai_chips", "metric": "ic", "year": 2023, "value": 3, "sources": ["S1"]},
           {"city": "wuxi", "sector": "servers", "metric": "ic", "year": 2023, "value": 3, "sources": ["S1"]})"));
    EXPECT_FALSE(two.dataset);
    EXPECT_NE(two.diagnostics.format().find("in.json:/sector_figures/1/sector"), std::string::npos)
        << two.diagnostics.format();
    const auto unit = test::loadJsonText(dataset(kIc, figure("jinan", R"("value": 3, "unit": "CNY")")));
    EXPECT_FALSE(unit.dataset);
    EXPECT_NE(unit.diagnostics.format().find("in.json:/sector_figures/0/unit"), std::string::npos);
}

// Targets are never drawn as actuals: not a marker value, not in the legend's maximum, not in
// the years of the timeline, not in clusters; a metric with only targets is not on the map.
TEST(SectorFigures, ATargetNeverReachesAMarker) {
    const std::string qingdao2025 =
        R"({"city": "qingdao", "sector": "ai_chips", "metric": "ic", "year": 2025, "value": 8000, "kind": "target", "sources": ["S1"]})";
    const std::string wuxiOnlyTarget =
        R"({"city": "wuxi", "sector": "ai_chips", "metric": "t", "year": 2025, "value": 500, "kind": "target", "sources": ["S1"]})";
    const auto r =
        test::loadJsonText(dataset(kIc + R"(, "t": {"label": "Core industry", "unit": "100m CNY"})",
                         figure("jinan", R"("value": 100)") + "," +
                             figure("jinan", R"("value": 9000, "kind": "target")") + "," +
                             qingdao2025 + "," + wuxiOnlyTarget));
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    auto ds = r.dataset;
    const auto ic = *ds->metricIndex("ic");
    const auto t = *ds->metricIndex("t");
    const auto jinan = *ds->cityIndex("jinan");
    ASSERT_NE(ds->value(jinan, ic, 2023), nullptr);
    EXPECT_DOUBLE_EQ(ds->value(jinan, ic, 2023)->value, 100.0); // the actual, not the target
    ASSERT_NE(ds->target(jinan, ic, 2023), nullptr);
    EXPECT_DOUBLE_EQ(ds->target(jinan, ic, 2023)->value, 9000.0);
    EXPECT_EQ(ds->value(*ds->cityIndex("qingdao"), ic, 2025), nullptr);
    EXPECT_EQ(ds->years(ic), std::vector<int>{2023});
    EXPECT_DOUBLE_EQ(ds->maxValue(ic), 100.0);
    for (const Value& v : ds->values)
        EXPECT_EQ(v.kind, ValueKind::Actual);
    const MetricSummary s = summariseMetric(*ds, ic);
    EXPECT_DOUBLE_EQ(s.vMax, 100.0);
    EXPECT_DOUBLE_EQ(s.labelPriority[jinan], 100.0);
    // Only targets: no map metric, never chosen by a view.
    EXPECT_FALSE(ds->isMapMetric(t));
    const auto order = ds->metricsByCoverage();
    EXPECT_EQ(std::count(order.begin(), order.end(), t), 0);
    ViewState v = defaultView(*ds);
    EXPECT_NE(withMetric(*ds, v, t).metric, t);
    ViewRequest req;
    req.metric = "t";
    EXPECT_NE(resolveView(*ds, req).error.find("has only targets"), std::string::npos);
    // Clusters sum actuals only.
    const auto layer = buildClusterLayer(ds, ic, 2023);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->member.size(), 1u);
    EXPECT_TRUE(buildClusterLayer(ds, ic, 2025) == nullptr ||
                buildClusterLayer(ds, ic, 2025)->member.empty());
    // The card shows the target, labelled.
    const CityCardModel card = buildCityCard(*ds, jinan);
    bool sawTarget = false;
    for (const auto& m : card.metrics)
        for (const auto& f : m.figures)
            if (f.target) {
                sawTarget = true;
                EXPECT_EQ(f.text.rfind("target: ", 0), 0u) << f.text;
            }
    EXPECT_TRUE(sawTarget);
}

TEST(SectorFigures, RanksSharesAndIndexScoresAreNeverCircleSizeMetrics) {
    // Rank, share and index values join the one value of "m".
    std::string text =
        dataset(R"~(, "rk": {"label": "IDC rank", "unit": "rank (1=best)", "scale": "rank"},
            "sh": {"label": "Share of national talent", "unit": "share", "scale": "share"},
            "ix": {"label": "Index score", "unit": "score", "scale": "index"})~",
                "");
    text.replace(
        text.find("\"values\": ["), 11,
        R"("values": [{"city": "jinan", "metric": "rk", "year": 2020, "value": 1, "sources": ["S1"]},
           {"city": "qingdao", "metric": "rk", "year": 2020, "value": 2, "sources": ["S1"]},
           {"city": "wuxi", "metric": "rk", "year": 2020, "value": 3, "sources": ["S1"]},
           {"city": "jinan", "metric": "sh", "year": 2020, "value": 0.4, "sources": ["S1"]},
           {"city": "qingdao", "metric": "ix", "year": 2020, "value": 80, "sources": ["S1"]},)");
    const auto ok = test::loadJsonText(text);
    ASSERT_TRUE(ok.dataset) << ok.diagnostics.format();
    const Dataset& ds = *ok.dataset;
    const auto m = *ds.metricIndex("m"), rk = *ds.metricIndex("rk"), ix = *ds.metricIndex("ix");
    // The rank covers the most cities, yet only "m" is offered as a circle size.
    EXPECT_EQ(ds.metricsByCoverage(), std::vector<std::size_t>{m});
    EXPECT_EQ(ds.rankMetrics(), (std::vector<std::size_t>{rk, ix}));
    EXPECT_EQ(defaultView(ds).metric, m);
    ViewRequest req;
    req.metric = "rk";
    EXPECT_NE(resolveView(ds, req).error.find("is a rank"), std::string::npos);
    EXPECT_EQ(buildClusterLayer(ok.dataset, rk, 2020), nullptr);
}

TEST(SectorFigures, NationalSummaryAndQuotationsAreReadAndChecked) {
    const std::string more = R"(, "national": {"title": "Global AI industrial map 2020",
        "figures": [{"label": "China AI industry", "scope": "China", "year": 2020, "value": 43.4,
                     "unit": "bn USD", "yoy_growth_pct": 13.75, "sources": ["S1", "S2"]}]},
        "quotations": [{"text": "along with Qingdao", "cities": ["jinan", "qingdao"], "sources": ["S1"]}])";
    const auto r = test::loadJsonText(dataset(kIc, "", more));
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    ASSERT_EQ(r.dataset->national.figures.size(), 1u);
    EXPECT_DOUBLE_EQ(*r.dataset->national.figures[0].yoyGrowthPct, 13.75);
    ASSERT_EQ(r.dataset->quotations.size(), 1u);
    EXPECT_EQ(r.dataset->quotations[0].cities.size(), 2u);
    std::string bad = more;
    bad.replace(bad.find("\"qingdao\"]"), 9, "\"qingdoa\"");
    bad.replace(bad.find("[\"S1\", \"S2\"]"), 12, "[\"S9\"]");
    const auto rb = test::loadJsonText(dataset(kIc, "", bad));
    EXPECT_FALSE(rb.dataset);
    const std::string msg = rb.diagnostics.format();
    EXPECT_NE(msg.find("in.json:/quotations/0/cities/1"), std::string::npos) << msg;
    EXPECT_NE(msg.find("did you mean \"qingdao\""), std::string::npos) << msg;
    EXPECT_NE(msg.find("in.json:/national/figures/0/sources/0"), std::string::npos) << msg;
}

// City tables: a sector column makes the row's cells sector figures; kind, [rank] columns.
TEST(SectorFiguresCsv, SectorKindAndRankColumns) {
    const std::string csv =
        "city,year,sector,kind,IC revenue (100m CNY),IDC rank [rank],source\n"
        "\xE6\xB7\xB1\xE5\x9C\xB3,2022,\xE8\x8A\xAF\xE7\x89\x87,actual,1608.9,,Y03\n" // 深圳 芯片
        "\xE6\xB7\xB1\xE5\x9C\xB3,2025,chips,\xE7\x9B\xAE\xE6\xA0\x87,>2500,,Y03\n"   // 目标
        "Jinan,2021,ai_chips,,,3,X03\n";
    const auto r = loadCityCsvBytes(csv, "s.csv", &aimap::test::bundledGazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    const auto ic = *ds.metricIndex("ic_revenue");
    EXPECT_EQ(ds.metrics[ic].sector, Sector::AiChips);
    EXPECT_EQ(ds.metrics[*ds.metricIndex("idc_rank")].scale, MetricScale::Rank);
    ASSERT_EQ(ds.targets.size(), 1u);
    EXPECT_EQ(ds.targets[0].qualifier, ">");
    EXPECT_EQ(ds.targets[0].year, 2025);
    EXPECT_EQ(ds.years(ic), std::vector<int>{2022});
    EXPECT_EQ(ds.metricsByCoverage(), std::vector<std::size_t>{ic});
}

TEST(SectorFiguresCsv, UnknownSectorKindAndBadBoundsAreErrorsAtRowAndColumn) {
    const std::string head = "city,year,sector,kind,IC revenue (100m CNY)\n";
    const auto sector = loadCityCsvBytes(head + "Jinan,2021,ai_chipz,,5\n", "s.csv",
                                         &aimap::test::bundledGazetteer());
    EXPECT_FALSE(sector.dataset);
    EXPECT_NE(sector.diagnostics.format().find("s.csv:2:3"), std::string::npos)
        << sector.diagnostics.format();
    EXPECT_NE(sector.diagnostics.format().find("did you mean \"ai_chips\""), std::string::npos)
        << sector.diagnostics.format();
    const auto kind = loadCityCsvBytes(head + "Jinan,2021,chips,plan,5\n", "s.csv",
                                       &aimap::test::bundledGazetteer());
    EXPECT_FALSE(kind.dataset);
    EXPECT_NE(kind.diagnostics.format().find("s.csv:2:4"), std::string::npos)
        << kind.diagnostics.format();
    const auto bound = loadCityCsvBytes(head + "Jinan,2021,chips,,>>5\n", "s.csv",
                                        &aimap::test::bundledGazetteer());
    EXPECT_FALSE(bound.dataset);
    EXPECT_NE(bound.diagnostics.format().find("s.csv:2:5"), std::string::npos)
        << bound.diagnostics.format();
}

// Regression (issue 14): the bundled data gained nine ">100" IC-design-firm bounds and a
// four-city MIIT count of which three are bounds; either took the default view from the
// four-city AI-enterprise count. Sector metrics are picked by the sector filter; exact figures
// count before bounds.
TEST(SectorFigures, TheDefaultViewPassesOverSectorMetricsAndBounds) {
    std::string text = dataset(kIc + R"(, "b": {"label": "A bounded count", "unit": "count"})",
                               figure("jinan", R"("value": ">100")") + "," +
                                   figure("qingdao", R"("value": ">100")") + "," +
                                   figure("wuxi", R"("value": ">100")"));
    text.replace(text.find("\"values\": ["), 11, R"("values": [
        {"city": "qingdao", "metric": "m", "year": 2020, "value": 3, "sources": ["S1"]},
        {"city": "jinan", "metric": "b", "year": 2020, "value": 1, "qualifier": ">", "sources": ["S1"]},
        {"city": "qingdao", "metric": "b", "year": 2020, "value": 1, "qualifier": ">", "sources": ["S1"]},)");
    const auto r = test::loadJsonText(text);
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    // Coverage: ic 3 cities, then m and b with 2 each ("A bounded count" first by label).
    EXPECT_EQ(ds.metricsByCoverage().front(), *ds.metricIndex("ic"));
    const ViewState v = defaultView(ds);
    EXPECT_EQ(v.metric, *ds.metricIndex("m"));
    EXPECT_EQ(v.year, 2020);
}
