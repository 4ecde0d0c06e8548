// Tooltip text of cities, clusters and enterprises (what a presenter's audience reads on hover).
#include "core/view/Tooltip.hpp"
#include "core/cluster/ClusterLayer.hpp"
#include "core/data/DatasetLoader.hpp"

#include <gtest/gtest.h>

#include <fstream>

using namespace aimap;

namespace {

std::shared_ptr<const Dataset> minimal() {
    auto r = loadDataset(AIMAP_FIXTURES "/datasets/minimal.json");
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
    return r.dataset;
}

} // namespace

TEST(Tooltip, CityWithAFigureShowsValuePeriodAndSources) {
    const auto ds = minimal();
    ViewState v;
    v.metric = *ds->metricIndex("m_count");
    v.year = 2020;
    const HoverInfo h =
        tooltipFor(*ds, v, nullptr,
                   {MapItem::Kind::City, static_cast<std::uint32_t>(*ds->cityIndex("jinan"))});
    EXPECT_EQ(h.title, "\xE6\xB5\x8E\xE5\x8D\x97  Jinan");
    EXPECT_EQ(h.valueLine, "Things: 281, 2020");
    EXPECT_EQ(h.sourceLine, "[T1] aimap tests, 2026-11-28");
}

TEST(Tooltip, ABoundIsWrittenAsABound) {
    const auto ds = minimal();
    ViewState v;
    v.metric = *ds->metricIndex("m_money");
    v.year = 2020;
    const HoverInfo h =
        tooltipFor(*ds, v, nullptr,
                   {MapItem::Kind::City, static_cast<std::uint32_t>(*ds->cityIndex("qingdao"))});
    EXPECT_EQ(h.valueLine.rfind("Money: >", 0), 0u) << h.valueLine;
    EXPECT_NE(h.valueLine.find(", 2020"), std::string::npos) << h.valueLine;
}

TEST(Tooltip, CityWithoutAFigureIsNotApplicableNotZero) {
    const auto ds = minimal();
    ViewState v;
    v.metric = *ds->metricIndex("m_count");
    v.year = 2019;
    const HoverInfo h =
        tooltipFor(*ds, v, nullptr,
                   {MapItem::Kind::City, static_cast<std::uint32_t>(*ds->cityIndex("jinan"))});
    EXPECT_EQ(h.valueLine, "Things: n/a (no figure for 2019)");
    EXPECT_EQ(h.sourceLine, "");
}

TEST(Tooltip, ClusterShowsTheSumItsMembersAndEverySource) {
    // Two cities a few kilometres apart: one cluster at the coarsest zoom.
    const std::string path = testing::TempDir() + "aimap_tooltip_cluster.json";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << R"({
  "aimap": 1, "title": "Tooltip", "kind": "example",
  "sources": {"A": {"title": "a", "publisher": "pa", "date": "2026", "quality": "A"},
              "B": {"title": "b", "publisher": "pb", "date": "2026", "quality": "A"}},
  "metrics": {"n": {"label": "Firms", "unit": "count"}},
  "cities": [
    {"id": "p", "name_en": "P", "name_zh": "", "lon": 117.00, "lat": 36.60},
    {"id": "q", "name_en": "Q", "name_zh": "", "lon": 117.02, "lat": 36.61},
    {"id": "r", "name_en": "R", "name_zh": "", "lon": 117.03, "lat": 36.62}
  ],
  "values": [
    {"city": "p", "metric": "n", "year": 2020, "value": 1200, "sources": ["B"]},
    {"city": "q", "metric": "n", "year": 2020, "value": 34, "sources": ["A"]},
    {"city": "r", "metric": "n", "year": 2020, "value": 6, "sources": []}
  ]
})";
    auto r = loadDataset(path);
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const auto layer = buildClusterLayer(r.dataset, 0, 2020);
    ASSERT_TRUE(layer);
    const auto items = layer->index.getClusters(0, 0, 1, 1, 0);
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(items[0].isCluster);
    const std::uint32_t id = items[0].id;
    const std::string sources = clusterSourcesText(*layer, id);
    EXPECT_EQ(sources, "[A] [B]; 1 unsourced");
    ViewState v;
    v.year = 2019; // the view moved on; the tooltip speaks of the layer shown
    const HoverInfo h =
        tooltipFor(*r.dataset, v, layer.get(), {MapItem::Kind::Cluster, id}, sources);
    EXPECT_EQ(h.title, "Cluster of 3 cities");
    EXPECT_EQ(h.valueLine, "Firms: 1,240 (sum), 2020");
    EXPECT_EQ(h.sourceLine, "sources: [A] [B]; 1 unsourced");
    // Without a layer, a cluster has nothing to say.
    EXPECT_EQ(tooltipFor(*r.dataset, v, nullptr, {MapItem::Kind::Cluster, id}), HoverInfo{});
}
