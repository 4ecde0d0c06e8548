// The rules of what the map shows: default metric and year, switching metrics, keeping the view
// across a reload, the command line's view, label text.
#include "core/view/ViewState.hpp"
#include "core/data/DatasetLoader.hpp"
#include "support/JsonDataset.hpp"

#include <gtest/gtest.h>

#include <fstream>

using namespace aimap;

namespace {

// Metric "a": 3 cities in 2019, 1 in 2020, 3 in 2021 (a tie with 2019: the latest wins).
// Metric "b": 1 city, 2018 and 2020.
const char* kData = R"({
  "aimap": 1, "title": "View rules", "kind": "example",
  "sources": {"T": {"title": "t", "publisher": "p", "date": "2026", "quality": "A"}},
  "metrics": {"b": {"label": "B", "unit": "count"}, "a": {"label": "A", "unit": "count"}},
  "cities": [
    {"id": "x", "name_en": "Xcity", "name_zh": "X市", "lon": 116, "lat": 36},
    {"id": "y", "name_en": "Ycity", "name_zh": "", "lon": 117, "lat": 37},
    {"id": "z", "name_en": "", "name_zh": "Z市", "lon": 118, "lat": 38}
  ],
  "values": [
    {"city": "x", "metric": "a", "year": 2019, "value": 1, "sources": ["T"]},
    {"city": "y", "metric": "a", "year": 2019, "value": 2, "sources": ["T"]},
    {"city": "z", "metric": "a", "year": 2019, "value": 3, "sources": ["T"]},
    {"city": "x", "metric": "a", "year": 2020, "value": 4, "sources": ["T"]},
    {"city": "x", "metric": "a", "year": 2021, "value": 5, "sources": ["T"]},
    {"city": "y", "metric": "a", "year": 2021, "value": 6, "sources": ["T"]},
    {"city": "z", "metric": "a", "year": 2021, "value": 7, "sources": ["T"]},
    {"city": "y", "metric": "b", "year": 2018, "value": 8, "sources": ["T"]},
    {"city": "y", "metric": "b", "year": 2020, "value": 9, "sources": ["T"]}
  ]
})";

std::shared_ptr<const Dataset> load(const std::string& text, const std::string& name) {
    return test::loadJsonDataset(text, "view_" + name);
}

std::size_t metric(const Dataset& ds, const char* id) {
    return ds.metricIndex(id).value();
}

} // namespace

TEST(ViewState, DefaultIsTheMostReportedMetricInItsBusiestLatestYear) {
    const auto ds = load(kData, "default");
    ViewState base;
    base.labels = LabelMode::English;
    base.clustering = false;
    base.selectedCity = 1;
    const ViewState v = defaultView(*ds, base);
    EXPECT_EQ(ds->metrics[v.metric].id, "a");
    EXPECT_EQ(v.year, 2021); // 2019 and 2021 both have 3 cities: the latest
    EXPECT_EQ(v.labels, LabelMode::English);
    EXPECT_FALSE(v.clustering);
    EXPECT_FALSE(v.selectedCity);
}

// Regression (issue 14): the default was the metric with the most cities, however vague their
// figures: three cities with "> 100" from a D-grade source beat two exact figures from an
// official page. Bounds and weak sources now count for less.
TEST(ViewState, DefaultWeighsExactFiguresAndGoodSourcesAboveBoundsAndWeakSources) {
    const auto ds = load(R"({
  "aimap": 1, "title": "Honest default", "kind": "example",
  "sources": {"A": {"title": "official", "quality": "A"}, "D": {"title": "trade", "quality": "D"}},
  "metrics": {"bounds": {"label": "Bounds", "unit": "count"},
              "exact": {"label": "Exact", "unit": "count"}},
  "cities": [
    {"id": "x", "name_en": "X", "lon": 116, "lat": 36},
    {"id": "y", "name_en": "Y", "lon": 117, "lat": 37},
    {"id": "z", "name_en": "Z", "lon": 118, "lat": 38}
  ],
  "values": [
    {"city": "x", "metric": "bounds", "year": 2021, "value": 100, "qualifier": ">", "sources": ["D"]},
    {"city": "y", "metric": "bounds", "year": 2021, "value": 100, "qualifier": ">", "sources": ["D"]},
    {"city": "z", "metric": "bounds", "year": 2021, "value": 100, "qualifier": ">", "sources": ["D"]},
    {"city": "x", "metric": "exact", "year": 2020, "value": 89, "sources": ["A"]},
    {"city": "y", "metric": "exact", "year": 2020, "value": 281, "sources": ["A", "D"]}
  ]
})",
                         "honest");
    // bounds: 3 x 0.25 x 0.4 = 0.3; exact: 2 x 1 x 1 = 2.
    const ViewState v = defaultView(*ds);
    EXPECT_EQ(ds->metrics[v.metric].id, "exact");
    EXPECT_EQ(v.year, 2020);
}

TEST(ViewState, AnotherMetricKeepsTheYearElseItsLatest) {
    const auto ds = load(kData, "metric");
    ViewState v = defaultView(*ds);
    v.year = 2020;
    const ViewState b = withMetric(*ds, v, metric(*ds, "b"));
    EXPECT_EQ(b.year, 2020); // b has 2020
    const ViewState a = withMetric(*ds, withMetric(*ds, v, metric(*ds, "b")), metric(*ds, "a"));
    EXPECT_EQ(a.year, 2020);
    ViewState v2019 = v;
    v2019.year = 2019;
    EXPECT_EQ(withMetric(*ds, v2019, metric(*ds, "b")).year, 2020); // no 2019: the latest
    EXPECT_EQ(withMetric(*ds, v, 99), v);                           // out of range: unchanged
}

TEST(ViewState, ReloadKeepsMetricYearAndSelectionByIdNotByIndex) {
    const auto before = load(kData, "before");
    // Cities in another order, metric "b" without its figures for y.
    const auto after = load(R"({
  "aimap": 1, "title": "View rules, edited", "kind": "example",
  "sources": {"T": {"title": "t", "publisher": "p", "date": "2026", "quality": "A"}},
  "metrics": {"a": {"label": "A", "unit": "count"}, "aa": {"label": "AA", "unit": "count"},
              "b": {"label": "B", "unit": "count"}},
  "cities": [
    {"id": "z", "name_en": "", "name_zh": "Z市", "lon": 118, "lat": 38},
    {"id": "x", "name_en": "Xcity", "name_zh": "X市", "lon": 116, "lat": 36}
  ],
  "values": [
    {"city": "x", "metric": "a", "year": 2019, "value": 1, "sources": ["T"]},
    {"city": "z", "metric": "a", "year": 2020, "value": 3, "sources": ["T"]},
    {"city": "x", "metric": "aa", "year": 2020, "value": 2, "sources": ["T"]},
    {"city": "x", "metric": "b", "year": 2018, "value": 8, "sources": ["T"]},
    {"city": "x", "metric": "b", "year": 2020, "value": 9, "sources": ["T"]}
  ]
})",
                            "after");
    ViewState v = withMetric(*before, defaultView(*before), metric(*before, "a"));
    v.year = 2019;
    v.selectedCity = before->cityIndex("x");
    ViewState kept = keepAcrossReload(*before, *after, v);
    EXPECT_EQ(after->metrics[kept.metric].id, "a");
    EXPECT_EQ(kept.year, 2019);
    ASSERT_TRUE(kept.selectedCity);
    EXPECT_EQ(after->cities[*kept.selectedCity].id, "x");
    EXPECT_NE(*kept.selectedCity, *v.selectedCity); // the index moved with the edit
    // A year the edited data no longer has: the metric's latest.
    v.year = 2021;
    kept = keepAcrossReload(*before, *after, v);
    EXPECT_EQ(kept.year, 2020);
    // Metric "b" moved from index 1 to 2 (the edit added "aa"): followed by id.
    v = withMetric(*before, v, metric(*before, "b"));
    v.year = 2018;
    kept = keepAcrossReload(*before, *after, v);
    ASSERT_NE(metric(*before, "b"), metric(*after, "b"));
    EXPECT_EQ(after->metrics[kept.metric].id, "b");
    EXPECT_EQ(kept.year, 2018);
}

TEST(ViewState, ReloadWithoutTheMetricOrCityFallsBackToTheDefault) {
    const auto before = load(kData, "before2");
    const auto after = load(R"({
  "aimap": 1, "title": "View rules, cut", "kind": "example",
  "sources": {"T": {"title": "t", "publisher": "p", "date": "2026", "quality": "A"}},
  "metrics": {"a": {"label": "A", "unit": "count"}},
  "cities": [{"id": "x", "name_en": "Xcity", "name_zh": "X市", "lon": 116, "lat": 36}],
  "values": [
    {"city": "x", "metric": "a", "year": 2019, "value": 1, "sources": ["T"]},
    {"city": "x", "metric": "a", "year": 2021, "value": 1, "sources": ["T"]}
  ]
})",
                            "after2");
    ViewState v = withMetric(*before, defaultView(*before), metric(*before, "b"));
    v.selectedCity = before->cityIndex("y");
    v.labels = LabelMode::Chinese;
    const ViewState kept = keepAcrossReload(*before, *after, v);
    EXPECT_EQ(after->metrics[kept.metric].id, "a");
    EXPECT_EQ(kept.year, 2021);
    EXPECT_FALSE(kept.selectedCity);
    EXPECT_EQ(kept.labels, LabelMode::Chinese);
}

TEST(ViewState, CommandLineIsResolvedOrNamesWhatIsWrong) {
    const auto ds = load(kData, "resolve");
    ViewRequest r;
    r.metric = "b";
    ResolvedView v = resolveView(*ds, r);
    EXPECT_TRUE(v.error.empty()) << v.error;
    EXPECT_EQ(v.view.year, 2020); // a metric alone: its latest year
    r.year = 2018;
    r.select = "Ycity";
    r.selectCluster = "z";
    r.labels = "zh";
    v = resolveView(*ds, r);
    EXPECT_TRUE(v.error.empty()) << v.error;
    EXPECT_EQ(v.view.year, 2018);
    EXPECT_EQ(v.view.selectedCity, ds->cityIndex("y"));
    EXPECT_EQ(v.clusterCity, ds->cityIndex("z"));
    EXPECT_EQ(v.view.labels, LabelMode::Chinese);

    r = {};
    r.metric = "nope";
    v = resolveView(*ds, r);
    EXPECT_NE(v.error.find("unknown metric 'nope'; metrics with values:\n  a\n  b\n"),
              std::string::npos)
        << v.error;
    r = {};
    r.metric = "b";
    r.year = 2019;
    v = resolveView(*ds, r);
    EXPECT_NE(v.error.find("metric 'b' has no values for 2019; years with values: 2018 2020"),
              std::string::npos)
        << v.error;
    r = {};
    r.select = "Atlantis";
    v = resolveView(*ds, r);
    EXPECT_NE(v.error.find("unknown city 'Atlantis'; cities: x y z"), std::string::npos) << v.error;
    r = {};
    r.selectCluster = "Atlantis";
    v = resolveView(*ds, r);
    EXPECT_NE(v.error.find("unknown city 'Atlantis' (--select-cluster)"), std::string::npos)
        << v.error;
}

TEST(ViewState, CityLabelUsesTheOtherNameWhereOneIsMissing) {
    const auto ds = load(kData, "labels");
    const City& x = ds->cities[*ds->cityIndex("x")];
    const City& y = ds->cities[*ds->cityIndex("y")];
    const City& z = ds->cities[*ds->cityIndex("z")];
    EXPECT_EQ(cityLabel(x, LabelMode::Both), "X市 Xcity");
    EXPECT_EQ(cityLabel(x, LabelMode::Chinese), "X市");
    EXPECT_EQ(cityLabel(x, LabelMode::English), "Xcity");
    EXPECT_EQ(cityLabel(y, LabelMode::Chinese), "Ycity");
    EXPECT_EQ(cityLabel(y, LabelMode::Both), "Ycity");
    EXPECT_EQ(cityLabel(z, LabelMode::English), "Z市");
}
