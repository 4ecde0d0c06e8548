#include "core/cluster/ClusterIndex.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>
#include <set>

using namespace aimap;

namespace {

// Heavy-tailed weights around a few centres, fixed seed.
std::vector<ClusterPoint> samplePoints(std::size_t n) {
    std::mt19937 rng(7);
    std::normal_distribution<double> off(0.0, 0.002);
    std::lognormal_distribution<double> w(0.0, 1.5);
    const double centres[][2] = {{0.80, 0.38}, {0.81, 0.40}, {0.70, 0.45}, {0.60, 0.30}, {0.83, 0.47}};
    std::vector<ClusterPoint> pts;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& c = centres[i % 5];
        pts.push_back({c[0] + off(rng), c[1] + off(rng), w(rng), static_cast<std::uint16_t>(1u << (i % 9))});
    }
    return pts;
}

double totalWeight(const std::vector<ClusterPoint>& pts) {
    return std::accumulate(pts.begin(), pts.end(), 0.0,
                           [](double s, const ClusterPoint& p) { return s + p.weight; });
}

} // namespace

TEST(ClusterIndex, EveryZoomKeepsTheTotalWeightAndCount) {
    const auto pts = samplePoints(2000);
    const ClusterIndex index(pts, {});
    const double total = totalWeight(pts);
    std::size_t previous = 0;
    for (int z = 0; z <= 17; ++z) {
        const auto items = index.getClusters(0, 0, 1, 1, z);
        double w = 0;
        std::size_t count = 0;
        for (const auto& it : items) {
            w += it.weight;
            count += it.count;
        }
        EXPECT_NEAR(w, total, 1e-9 * total) << "zoom " << z;
        EXPECT_EQ(count, pts.size()) << "zoom " << z;
        EXPECT_EQ(items.size(), index.itemCount(z));
        EXPECT_GE(items.size(), previous) << "clusters split as zoom grows";
        previous = items.size();
    }
    EXPECT_EQ(index.itemCount(17), pts.size()); // above maxZoom every point stands alone
    EXPECT_LT(index.itemCount(0), 10u);
}

TEST(ClusterIndex, CentroidIsWeightWeightedOrCountWeighted) {
    const std::vector<ClusterPoint> pts{{0.5, 0.5, 3.0, 1}, {0.5001, 0.5, 1.0, 2}};
    const ClusterIndex byWeight(pts, {});
    const auto c = byWeight.getClusters(0, 0, 1, 1, 0);
    ASSERT_EQ(c.size(), 1u);
    EXPECT_TRUE(c[0].isCluster);
    EXPECT_DOUBLE_EQ(c[0].weight, 4.0);
    EXPECT_NEAR(c[0].x, 0.5 + 0.0001 * 0.25, 2e-9); // fixed point: 2^-30
    ClusterOptions opt;
    opt.countWeighted = true;
    const ClusterIndex byCount(pts, opt);
    EXPECT_NEAR(byCount.getClusters(0, 0, 1, 1, 0)[0].x, 0.50005, 2e-9);
    // Per-category sums of the sector ring.
    const auto cats = byWeight.categoryWeights(c[0].id);
    EXPECT_DOUBLE_EQ(cats[0], 3.0);
    EXPECT_DOUBLE_EQ(cats[1], 1.0);
}

TEST(ClusterIndex, DistantPointsStayApartAtHighZoom) {
    const std::vector<ClusterPoint> pts{{0.1, 0.1, 1, 0}, {0.9, 0.9, 1, 0}};
    const ClusterIndex index(pts, {});
    EXPECT_EQ(index.itemCount(5), 2u);
}

TEST(ClusterIndex, ChildrenLeavesAndExpansionZoomAreConsistent) {
    const auto pts = samplePoints(500);
    const ClusterIndex index(pts, {});
    for (const auto& c : index.getClusters(0, 0, 1, 1, 3)) {
        if (!c.isCluster)
            continue;
        double childWeight = 0;
        std::uint32_t childCount = 0;
        for (const auto& ch : index.getChildren(c.id)) {
            childWeight += ch.weight;
            childCount += ch.count;
        }
        EXPECT_NEAR(childWeight, c.weight, 1e-9 * c.weight);
        EXPECT_EQ(childCount, c.count);
        // All leaves, in pages of 7, distinct, summing to the cluster weight.
        std::set<std::uint32_t> leaves;
        double leafWeight = 0;
        for (std::size_t offset = 0;; offset += 7) {
            const auto page = index.getLeaves(c.id, 7, offset);
            for (auto l : page) {
                EXPECT_TRUE(leaves.insert(l).second);
                leafWeight += pts[l].weight;
            }
            if (page.size() < 7)
                break;
        }
        EXPECT_EQ(leaves.size(), c.count);
        EXPECT_NEAR(leafWeight, c.weight, 1e-9 * c.weight);
        const int ez = index.getExpansionZoom(c.id);
        EXPECT_GT(ez, 3);
        EXPECT_GE(index.getChildren(c.id).size(), 1u);
    }
}

TEST(ClusterIndex, BoxQueryKeepsOnlyItemsInside) {
    const auto pts = samplePoints(300);
    const ClusterIndex index(pts, {});
    for (const auto& it : index.getClusters(0.75, 0.35, 0.85, 0.42, 17)) {
        EXPECT_GE(it.x, 0.75);
        EXPECT_LE(it.x, 0.85);
        EXPECT_GE(it.y, 0.35);
        EXPECT_LE(it.y, 0.42);
    }
    EXPECT_TRUE(index.getClusters(0.2, 0.2, 0.1, 0.1, 5).empty()); // inverted box
}

TEST(ClusterIndex, BadPointsAreSkippedNotFatal) {
    const std::vector<ClusterPoint> pts{{NAN, 0.5, 1, 0}, {0.5, 0.5, -1, 0}, {0.5, 0.5, 2, 200}};
    const ClusterIndex index(pts, {});
    EXPECT_EQ(index.itemCount(17), 1u);
    EXPECT_TRUE(index.getChildren(12345).empty());
    EXPECT_TRUE(index.getLeaves(12345).empty());
}
