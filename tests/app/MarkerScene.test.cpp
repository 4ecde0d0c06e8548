// The markers of a frame as a value: what MarkerScene builds for a camera, a view and a time,
// tested without a window (the frame loop only draws what it returns).
#include "app/scene/MarkerScene.hpp"
#include "core/data/DatasetLoader.hpp"
#include "support/JsonDataset.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>

using namespace aimap;

namespace {

// Three cities about 30 km apart (one cluster at national zoom, apart when zoomed in) and one
// without a figure.
std::shared_ptr<const Dataset> trio() {
    const std::string path = testing::TempDir() + "aimap_marker_scene.json";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << R"({
  "aimap": 1, "title": "Scene", "kind": "example",
  "sources": {"A": {"title": "a", "publisher": "pa", "date": "2026", "quality": "A"}},
  "metrics": {"n": {"label": "Firms", "unit": "count"}},
  "cities": [
    {"id": "p", "name_en": "P", "name_zh": "", "lon": 117.0, "lat": 36.6},
    {"id": "q", "name_en": "Q", "name_zh": "", "lon": 117.3, "lat": 36.6},
    {"id": "r", "name_en": "R", "name_zh": "", "lon": 117.15, "lat": 36.85},
    {"id": "s", "name_en": "S", "name_zh": "", "lon": 104.0, "lat": 30.6}
  ],
  "values": [
    {"city": "p", "metric": "n", "year": 2020, "value": 300, "sources": ["A"]},
    {"city": "q", "metric": "n", "year": 2020, "value": 100, "sources": ["A"]},
    {"city": "r", "metric": "n", "year": 2020, "value": 50, "sources": ["A"]}
  ]
})";
    auto r = loadDataset(path);
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
    return r.dataset;
}

struct Fixture {
    std::shared_ptr<const Dataset> ds = trio();
    ViewState view;
    MetricSummary summary;
    std::shared_ptr<const ClusterLayer> layer;
    Camera camera;

    Fixture() {
        view.metric = 0;
        view.year = 2020;
        summary = summariseMetric(*ds, 0);
        layer = buildClusterLayer(ds, 0, 2020);
        camera.setViewport({1280, 720});
        camera.fit(Box{{-2.6e6, -2.2e6}, {2.6e6, 2.2e6}}, 24);
        camera.setCentre(ds->cities[0].world);
    }
    SceneInput input(double now, bool withLayer = true, bool settled = false) const {
        SceneInput in;
        in.dataset = ds.get();
        in.view = &view;
        in.summary = &summary;
        in.camera = &camera;
        in.layer = withLayer ? layer.get() : nullptr;
        in.nowSeconds = now;
        in.settled = settled;
        return in;
    }
};

std::size_t count(const SceneFrame& f, MapItem::Kind kind) {
    std::size_t n = 0;
    for (const auto& i : f.items)
        n += i.kind == kind;
    return n;
}

} // namespace

TEST(MarkerScene, CitiesWithoutAFigureAreHollowRingsAndFiguresAreAreaTrue) {
    Fixture fx;
    fx.camera.setCentre({0, 0});
    MarkerScene scene;
    const SceneFrame f = scene.build(fx.input(0, false));
    ASSERT_EQ(f.order.size(), 4u);
    std::map<std::uint32_t, std::pair<double, bool>> byCity; // radius, hollow
    for (std::size_t i = 0; i < f.order.size(); ++i)
        byCity[f.items[f.order[i].item].id] = {f.order[i].radiusPx, f.styles[i].hollow};
    EXPECT_TRUE(byCity[3].second);
    EXPECT_FALSE(byCity[0].second);
    // Area, not radius, follows the value: 300 vs 100.
    EXPECT_NEAR(std::pow(byCity[0].first / byCity[1].first, 2), 3.0, 1e-9);
    // Large first, small on top.
    for (std::size_t i = 1; i < f.order.size(); ++i)
        EXPECT_GE(f.order[i - 1].radiusPx, f.order[i].radiusPx);
    EXPECT_EQ(f.labelOpacity, 1.0f);
}

TEST(MarkerScene, ZoomingInMovesMembersOutWhileTheirClusterFades) {
    Fixture fx;
    MarkerScene scene;
    // National zoom: the trio is one cluster (the city without a figure stays a hollow ring).
    SceneFrame f = scene.build(fx.input(10.0));
    ASSERT_EQ(count(f, MapItem::Kind::Cluster), 1u);
    EXPECT_TRUE(f.ghostOrder.empty());
    const int nationalZoom = scene.clusterZoom();

    fx.camera.setScale(fx.camera.fitScale() * 32); // the members stand apart
    fx.camera.setCentre(fx.ds->cities[0].world);
    const Vec2 clusterNow = fx.camera.worldToScreen(
        fx.layer->world(fx.layer->index.getClusters(0, 0, 1, 1, nationalZoom).front()));
    f = scene.build(fx.input(20.0));
    ASSERT_GT(scene.clusterZoom(), nationalZoom);
    // At the start of the move: every member at its cluster's place, the cluster fully there
    // under them, no labels yet.
    EXPECT_EQ(count(f, MapItem::Kind::Cluster), 0u);
    ASSERT_EQ(count(f, MapItem::Kind::Point), 3u);
    for (std::size_t i = 0; i < f.order.size(); ++i)
        if (f.items[f.order[i].item].kind == MapItem::Kind::Point) {
            EXPECT_NEAR(f.order[i].centre.x, clusterNow.x, 1e-6);
            EXPECT_NEAR(f.order[i].centre.y, clusterNow.y, 1e-6);
        }
    ASSERT_EQ(f.ghostOrder.size(), 1u);
    EXPECT_FLOAT_EQ(f.ghostOpacity, 1.0f);
    EXPECT_EQ(f.labelOpacity, 0.0f);

    // Halfway: members on their way, the cluster half faded.
    f = scene.build(fx.input(20.0 + MarkerScene::kMoveSeconds / 2));
    EXPECT_NEAR(f.ghostOpacity, 0.5f, 1e-6);

    // Moved: members at their own places, no ghost; labels fade in over the next 0.25 s.
    f = scene.build(fx.input(20.0 + MarkerScene::kMoveSeconds + 0.01));
    EXPECT_TRUE(f.ghostOrder.empty());
    for (std::size_t i = 0; i < f.order.size(); ++i) {
        const MapItem& item = f.items[f.order[i].item];
        if (item.kind != MapItem::Kind::Point)
            continue;
        const Vec2 own = fx.camera.worldToScreen(fx.ds->cities[fx.layer->member[item.id]].world);
        EXPECT_NEAR(f.order[i].centre.x, own.x, 0.5);
        EXPECT_NEAR(f.order[i].centre.y, own.y, 0.5);
    }
    EXPECT_GT(f.labelOpacity, 0.0f);
    EXPECT_LT(f.labelOpacity, 0.1f);
    f = scene.build(fx.input(21.0));
    EXPECT_EQ(f.labelOpacity, 1.0f);
}

TEST(MarkerScene, ASettledSceneShowsNoTransition) {
    Fixture fx;
    MarkerScene scene;
    scene.build(fx.input(10.0));
    fx.camera.setScale(fx.camera.fitScale() * 32);
    const SceneFrame f = scene.build(fx.input(10.0, true, true));
    EXPECT_TRUE(f.ghostOrder.empty());
    EXPECT_EQ(f.labelOpacity, 1.0f);
    EXPECT_EQ(count(f, MapItem::Kind::Point), 3u);
    EXPECT_FALSE(f.labels.empty());
}

TEST(MarkerScene, PickFindsTheTopmostMarker) {
    Fixture fx;
    MarkerScene scene;
    // National zoom, no clusters: the trio's circles overlap; R (the smallest) is drawn over P.
    const SceneFrame f = scene.build(fx.input(0, false, true));
    const Vec2 r = fx.camera.worldToScreen(fx.ds->cities[2].world);
    const Vec2 p = fx.camera.worldToScreen(fx.ds->cities[0].world);
    double pRadius = 0;
    for (const auto& m : f.order)
        if (f.items[m.item].id == 0)
            pRadius = m.radiusPx;
    ASSERT_GT(pRadius, std::hypot(r.x - p.x, r.y - p.y)); // R's centre lies inside P's circle
    const auto hit = f.pick(r);
    ASSERT_TRUE(hit);
    EXPECT_EQ(*hit, (MapItem{MapItem::Kind::City, 2}));
    EXPECT_FALSE(f.pick({-500, -500}));
}

// Label requests: the selected city first (tier 0), cities with a figure (tier 1), then those
// without (tier 2, no leader line); the priority is the city's largest figure over all years,
// so it does not change with the year; every request names its marker.
TEST(MarkerScene, LabelTiersAndPrioritiesFollowSelectionAndFigures) {
    Fixture fx;
    fx.view.selectedCity = 2; // R, the smallest
    MarkerScene scene;
    const SceneFrame f = scene.build(fx.input(0, false, true));
    std::map<std::string, const LabelRequest*> byText;
    for (const auto& l : f.labels) {
        byText[l.text] = &l;
        ASSERT_LT(l.owner, f.items.size());
        EXPECT_EQ(f.items[l.owner].kind, MapItem::Kind::City);
        EXPECT_EQ(l.cities, std::vector<std::uint32_t>{f.items[l.owner].id});
    }
    ASSERT_EQ(byText.size(), 4u);
    EXPECT_EQ(byText["R"]->tier, 0);
    EXPECT_EQ(byText["P"]->tier, 1);
    EXPECT_EQ(byText["Q"]->tier, 1);
    EXPECT_EQ(byText["S"]->tier, 2) << "no figure: last";
    EXPECT_EQ(byText["P"]->priority, 300);
    EXPECT_EQ(byText["Q"]->priority, 100);
}

// Regression (issue 14): clusters carry no place names. A cluster's label names its largest
// member and counts the others; its request lists the members, largest first.
TEST(MarkerScene, ClustersCarryNoPlaceNames) {
    Fixture fx;
    fx.camera.setScale(fx.camera.fitScale()); // national zoom: P, Q, R in one cluster
    MarkerScene scene;
    const SceneFrame f = scene.build(fx.input(0, true, true));
    bool found = false;
    for (const auto& l : f.labels)
        if (f.items[l.owner].kind == MapItem::Kind::Cluster) {
            found = true;
            EXPECT_EQ(l.text, "P +2");
            EXPECT_EQ(l.subtext, "450 \xC2\xB7 3");
            EXPECT_EQ(l.cities, (std::vector<std::uint32_t>{0, 1, 2}));
            EXPECT_EQ(f.memberCities[l.owner], l.cities);
        }
    EXPECT_TRUE(found);
}

namespace {

// Two years: p grows 100 -> 400, q has 2018 only (vanishes), s has 2020 only (appears).
std::shared_ptr<const Dataset> twoYears() {
    return test::loadJsonDataset(R"({
  "aimap": 1, "title": "Years", "kind": "example",
  "sources": {"A": {"title": "a", "publisher": "pa", "date": "2026", "quality": "A"}},
  "metrics": {"n": {"label": "Firms", "unit": "count"}},
  "cities": [
    {"id": "p", "name_en": "P", "name_zh": "", "lon": 117.0, "lat": 36.6},
    {"id": "q", "name_en": "Q", "name_zh": "", "lon": 113.0, "lat": 23.1},
    {"id": "s", "name_en": "S", "name_zh": "", "lon": 104.0, "lat": 30.6}
  ],
  "values": [
    {"city": "p", "metric": "n", "year": 2018, "value": 100, "sources": ["A"]},
    {"city": "p", "metric": "n", "year": 2020, "value": 400, "sources": ["A"]},
    {"city": "q", "metric": "n", "year": 2018, "value": 200, "sources": ["A"]},
    {"city": "s", "metric": "n", "year": 2020, "value": 50, "sources": ["A"]}
  ]
})",
                                 "marker_scene_years");
}

} // namespace

TEST(MarkerScene, ATimelineTransitionMorphsAreasAndFadesAbsentYearsApart) {
    const auto ds = twoYears();
    ViewState view;
    view.metric = 0;
    view.year = 2020; // the year the transition goes to
    const MetricSummary summary = summariseMetric(*ds, 0);
    Camera camera;
    camera.setViewport({1280, 720});
    camera.fit(Box{{-2.6e6, -2.2e6}, {2.6e6, 2.2e6}}, 24);
    const SymbolScale scale = MarkerScene::symbolScale(camera, summary.vMax, 1);
    EXPECT_EQ(summary.vMax, 400); // one scale: the largest figure of any year
    for (const double e : {0.0, 0.5, 1.0}) {
        SceneInput in;
        in.dataset = ds.get();
        in.view = &view;
        in.summary = &summary;
        in.camera = &camera;
        in.settled = true;
        in.morph = YearMorph{2018, 2020, e};
        MarkerScene scene;
        const SceneFrame f = scene.build(in);
        std::map<std::string, std::pair<double, bool>> marker; // city -> radius, hollow
        for (std::size_t i = 0; i < f.order.size(); ++i)
            marker[ds->cities[f.items[f.order[i].item].id].id] = {f.order[i].radiusPx,
                                                                   f.styles[i].hollow};
        // p: its area goes from 2018's to 2020's on the one scale.
        const double ra = scale.radius(100), rb = scale.radius(400);
        EXPECT_NEAR(marker["p"].first * marker["p"].first, (1 - e) * ra * ra + e * rb * rb, 1e-6);
        EXPECT_FALSE(marker["p"].second);
        // q (2018 only) and s (2020 only): the "no figure" ring, their circles fading apart at
        // their own year's size, never in between.
        EXPECT_TRUE(marker["q"].second);
        EXPECT_TRUE(marker["s"].second);
        ASSERT_EQ(f.vanishing.size(), 1u);
        ASSERT_EQ(f.appearing.size(), 1u);
        EXPECT_DOUBLE_EQ(f.vanishing[0].radiusPx, scale.radius(200));
        EXPECT_DOUBLE_EQ(f.appearing[0].radiusPx, scale.radius(50));
        EXPECT_FLOAT_EQ(f.morphEased, static_cast<float>(e));
    }
    // Without a transition: year 2020 as always, nothing fading.
    SceneInput in;
    in.dataset = ds.get();
    in.view = &view;
    in.summary = &summary;
    in.camera = &camera;
    in.settled = true;
    MarkerScene scene;
    const SceneFrame f = scene.build(in);
    EXPECT_TRUE(f.vanishing.empty());
    EXPECT_TRUE(f.appearing.empty());
}
