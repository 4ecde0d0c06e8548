#include "core/cluster/ClusterCard.hpp"
#include "core/cluster/ClusterLayer.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/data/DatasetLoader.hpp"
#include "support/Fixtures.hpp"
#include "core/camera/Camera.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace aimap;

namespace {

std::shared_ptr<const Dataset> enterprises() {
    auto r = loadDatasetFile(AIMAP_FIXTURES "/csv/enterprises-ok.csv", &test::bundledGazetteer());
    return r.dataset ? std::shared_ptr<const Dataset>(std::move(r.dataset)) : nullptr;
}

} // namespace

TEST(ClusterLayer, EnterpriseMetricsClusterTheEnterprisesOfTheYear) {
    const auto ds = enterprises();
    ASSERT_TRUE(ds);
    const auto byCount = buildClusterLayer(ds, *ds->metricIndex("enterprises"), 2020);
    ASSERT_TRUE(byCount);
    EXPECT_EQ(byCount->members, ClusterLayer::Members::Enterprises);
    EXPECT_EQ(byCount->index.pointCount(), 4u); // the 2021 one is another year
    EXPECT_TRUE(byCount->hasSectors);
    // Jinan's three (two by city, one by lon/lat nearby) merge at national zoom; Qingdao is apart.
    const auto national = byCount->index.getClusters(0, 0, 1, 1, 3);
    double total = 0;
    for (const auto& it : national)
        total += it.weight;
    EXPECT_EQ(total, 4.0);

    const auto byWeight = buildClusterLayer(ds, *ds->metricIndex("enterprise_weight"), 2020);
    double weight = 0;
    for (const auto& it : byWeight->index.getClusters(0, 0, 1, 1, 0))
        weight += it.weight;
    EXPECT_EQ(weight, 1000.0 + 50 + 0 + 10) << "an enterprise without revenue weighs 0";
}

TEST(ClusterLayer, CityMetricsClusterTheCitiesWithAFigure) {
    auto r = loadDatasetFile(AIMAP_ROOT "/data/ai-cities.json", &test::bundledGazetteer());
    ASSERT_TRUE(r.dataset);
    const std::shared_ptr<const Dataset> ds(std::move(r.dataset));
    const auto metric = ds->metricsByCoverage().front();
    const int year = ds->years(metric).back();
    const auto layer = buildClusterLayer(ds, metric, year);
    ASSERT_TRUE(layer);
    EXPECT_EQ(layer->members, ClusterLayer::Members::Cities);
    EXPECT_FALSE(layer->hasSectors);
    std::size_t withFigure = 0;
    double sum = 0;
    for (std::size_t c = 0; c < ds->cities.size(); ++c)
        if (const Value* v = ds->value(c, metric, year))
            ++withFigure, sum += v->value;
    EXPECT_EQ(layer->index.pointCount(), withFigure);
    double shown = 0;
    for (const auto& it : layer->index.getClusters(0, 0, 1, 1, 0))
        shown += it.weight;
    EXPECT_DOUBLE_EQ(shown, sum);
    // Members keep their figures' sources.
    for (std::uint32_t p = 0; p < layer->index.pointCount(); ++p)
        EXPECT_EQ(layer->memberSources(p), ds->value(layer->member[p], metric, year)->sources);
}

TEST(ClusterLayer, ClusterCardSumsSectorsMembersAndSources) {
    const auto ds = enterprises();
    ASSERT_TRUE(ds);
    const auto layer = buildClusterLayer(ds, *ds->metricIndex("enterprise_weight"), 2020);
    // The cluster holding Inspur at zoom 3.
    std::optional<ClusterItem> jinan;
    for (const auto& it : layer->index.getClusters(0, 0, 1, 1, 3))
        if (it.isCluster && it.weight >= 1000)
            jinan = it;
    ASSERT_TRUE(jinan);
    const auto card = buildClusterCard(*layer, jinan->id);
    EXPECT_EQ(card.count, jinan->count);
    EXPECT_DOUBLE_EQ(card.sum, jinan->weight);
    ASSERT_FALSE(card.topMembers.empty());
    EXPECT_EQ(card.topMembers.front().name, "浪潮 Inspur");
    EXPECT_NEAR(card.topMembers.front().share, 1000.0 / jinan->weight, 1e-12);
    // Sectors largest first, shares of the sum; B splits 50 between chips and IoT.
    ASSERT_FALSE(card.sectors.empty());
    EXPECT_EQ(card.sectors.front().nameEn, "AI servers");
    EXPECT_NEAR(card.sectors.front().weight, 1000.0, 1e-3);
    double shares = card.unassignedShare;
    for (const auto& s : card.sectors)
        shares += s.share;
    EXPECT_NEAR(shares, 1.0, 1e-6);
    EXPECT_FALSE(card.sourceIds.empty());
    EXPECT_GT(card.expansionZoom, 3);
}

TEST(ClusterLayer, ClusterZoomFollowsTheCameraScale) {
    const ClusterOptions o;
    for (int z = 0; z <= 17; ++z) {
        const double s = pxPerMetreForClusterZoom(z, 44, o);
        EXPECT_EQ(clusterZoomFor(s * 1.001, 44, o), z);
        EXPECT_EQ(clusterZoomFor(s * 0.999, 44, o), std::max(0, z - 1));
    }
    // Zooming in by two doubles the scale: one cluster zoom per doubling.
    EXPECT_EQ(clusterZoomFor(pxPerMetreForClusterZoom(5, 44, o) * 2.5, 44, o), 6);
}

TEST(ClusterLayer, OnlyMetricsThatAddUpAreClustered) {
    EXPECT_TRUE(isAdditiveMetric({"scale", "AI industry scale", "CNY", ""}));
    EXPECT_TRUE(isAdditiveMetric({"n", "Number of AI enterprises", "count", ""}));
    EXPECT_FALSE(isAdditiveMetric({"g", "Growth of AI output", "percent", ""}));
    EXPECT_FALSE(isAdditiveMetric({"s", "Share of AI in GDP", "%", ""}));
    EXPECT_FALSE(isAdditiveMetric({"r", "AI city index", "score", ""}));
    EXPECT_FALSE(isAdditiveMetric({"p", "AI output per capita", "CNY", ""}));
    EXPECT_FALSE(isAdditiveMetric({"z", "人工智能产业增速", "%", ""}));
    EXPECT_TRUE(isAdditiveMetric({"c", "Corporate R&D spending", "CNY", ""})); // not a "rate"
    // Regression (issue 13): these were summed by the clusters.
    EXPECT_FALSE(isAdditiveMetric({"a", "GDP", "CNY/person", ""}));
    EXPECT_FALSE(isAdditiveMetric({"b", "AI firms", "firms/km\xC2\xB2", ""}));
    EXPECT_FALSE(isAdditiveMetric({"c", "AI firms per 10,000 residents", "count", ""}));
    EXPECT_FALSE(isAdditiveMetric({"d", "\xE4\xBA\xBA\xE5\x9D\x87GDP", "\xE5\x85\x83", ""}));  // 人均GDP 元
    EXPECT_FALSE(isAdditiveMetric({"e", "\xE5\x8D\xA0GDP\xE6\xAF\x94\xE9\x87\x8D", "", ""})); // 占GDP比重
    EXPECT_FALSE(isAdditiveMetric({"f", "\xE6\xB8\x97\xE9\x80\x8F\xE7\x8E\x87", "", ""}));    // 渗透率
    EXPECT_FALSE(isAdditiveMetric({"g", "AI share", "\xEF\xBC\x85", ""}));                          // ％
    EXPECT_FALSE(isAdditiveMetric({"h", "AI share", "\xE2\x80\xB0", ""}));                          // ‰
    EXPECT_TRUE(isAdditiveMetric({"i", "\xE4\xBC\x81\xE4\xB8\x9A\xE6\x95\xB0", "count", ""})); // 企业数
    // A layer is never built for them.
    auto ds = std::make_shared<Dataset>();
    ds->metrics.push_back({"g", "Growth", "percent", ""});
    EXPECT_EQ(buildClusterLayer(ds, 0, 2022), nullptr);
}

TEST(ClusterLayer, CameraNeverNeedsADeeperZoom) {
    // The closest view the camera allows, in windows from 600 to 16384 pixels tall (twice as wide),
    // with the app's radius (44 px times the UI scale, which follows the window height from 900
    // px, up to 3x), over a box smaller than China (3000 km square; a smaller box fits at a larger
    // scale): the zoom it shows is always one the layer indexes.
    const ClusterOptions o = clusterLayerOptions();
    EXPECT_EQ(o.maxZoom, kClusterMaxZoom);
    for (double h : {600.0, 900.0, 1080.0, 2160.0, 4320.0, 16384.0}) {
        Camera camera;
        camera.setViewport({2 * h, h});
        camera.fit(Box{{-1.5e6, -1.5e6}, {1.5e6, 1.5e6}}, 0.0);
        const double closest = camera.fitScale() * Camera::kMaxZoom;
        const double radius = kClusterRadiusPx * std::clamp(h / 900.0, 1.0, 3.0);
        double exact = 0;
        clusterZoomFor(closest, radius, o, &exact);
        EXPECT_LT(exact, kClusterMaxZoom) << "window height " << h;
    }
}
