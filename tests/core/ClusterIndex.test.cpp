#include "core/cluster/ClusterIndex.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>
#include <tuple>

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

// ---------------------------------------------------------------------------------------------
// Against supercluster itself: tests/fixtures/cluster/supercluster-9.1.0-842.json holds its
// items per zoom (fixed point, read from its arrays by tools/bench/make-supercluster-fixture.mjs)
// for 800 crowded points, 40 copies of one point and the two ends of the map (x = 0 and x = 1).

#include "core/cluster/ClusterSpace.hpp"

#include <fstream>
#include <nlohmann/json.hpp>

namespace {

using Triple = std::array<long long, 3>;

std::vector<Triple> fixedPointItems(const ClusterIndex& index, int zoom) {
    std::vector<Triple> out;
    for (const auto& it : index.getClusters(0, 0, 1, 1, zoom)) {
        // decode() is v * 2^-30 + 0.5; invert exactly.
        const auto x = static_cast<long long>(std::llround((it.x - 0.5) * 1073741824.0));
        const auto y = static_cast<long long>(std::llround((it.y - 0.5) * 1073741824.0));
        out.push_back({x, y, static_cast<long long>(it.count)});
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST(ClusterIndex, CountWeightedClustersEqualSuperclusters) {
    std::ifstream in(AIMAP_FIXTURES "/cluster/supercluster-9.1.0-842.json");
    ASSERT_TRUE(in) << "fixture missing";
    const auto fixture = nlohmann::json::parse(in);
    std::vector<ClusterPoint> pts;
    for (const auto& p : fixture["points"])
        pts.push_back({mercatorX(p[0].get<double>()), mercatorY(p[1].get<double>()), 1.0, 1});
    ClusterOptions opt;
    opt.countWeighted = true;
    const ClusterIndex index(pts, opt);
    EXPECT_EQ(index.rejectedCount(), 0u);
    for (const auto& z : fixture["zooms"]) {
        const int zoom = z["zoom"].get<int>();
        std::vector<Triple> expected;
        for (const auto& it : z["items"])
            expected.push_back({it[0].get<long long>(), it[1].get<long long>(), it[2].get<long long>()});
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(fixedPointItems(index, zoom), expected) << "zoom " << zoom;
    }
}

// An independent, deliberately naive rendering of supercluster's loop (visit items in order, take
// every untaken item within r, count-weighted centroid truncated to an integer), quadratic per
// zoom, to check the sweep on inputs the fixture does not cover.
namespace {

struct NaiveItem {
    long long x, y, count;
};

std::vector<std::vector<Triple>> naiveSupercluster(const std::vector<ClusterPoint>& pts, int maxZoom) {
    std::vector<NaiveItem> items;
    for (const auto& p : pts)
        items.push_back({static_cast<std::int32_t>((p.x - 0.5) * 1073741824.0),
                         static_cast<std::int32_t>((p.y - 0.5) * 1073741824.0), 1});
    std::vector<std::vector<Triple>> perZoom(static_cast<std::size_t>(maxZoom + 2));
    auto snapshot = [](const std::vector<NaiveItem>& v) {
        std::vector<Triple> s;
        for (const auto& i : v)
            s.push_back({i.x, i.y, i.count});
        std::sort(s.begin(), s.end());
        return s;
    };
    perZoom[static_cast<std::size_t>(maxZoom + 1)] = snapshot(items);
    for (int z = maxZoom; z >= 0; --z) {
        const double r = 40.0 / (512.0 * std::ldexp(1.0, z)) * 1073741824.0;
        std::vector<char> taken(items.size(), 0);
        std::vector<NaiveItem> next;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (taken[i])
                continue;
            taken[i] = 1;
            double wx = static_cast<double>(items[i].x * items[i].count);
            double wy = static_cast<double>(items[i].y * items[i].count);
            long long n = items[i].count;
            for (std::size_t k = 0; k < items.size(); ++k) {
                const double dx = static_cast<double>(items[k].x - items[i].x);
                const double dy = static_cast<double>(items[k].y - items[i].y);
                if (taken[k] || dx * dx + dy * dy > r * r)
                    continue;
                taken[k] = 1;
                wx += static_cast<double>(items[k].x * items[k].count);
                wy += static_cast<double>(items[k].y * items[k].count);
                n += items[k].count;
            }
            if (n == items[i].count)
                next.push_back(items[i]);
            else
                next.push_back({static_cast<std::int32_t>(wx / static_cast<double>(n)),
                                static_cast<std::int32_t>(wy / static_cast<double>(n)), n});
        }
        items = std::move(next);
        perZoom[static_cast<std::size_t>(z)] = snapshot(items);
    }
    return perZoom;
}

// The index (count-weighted, as supercluster) equals the naive loop at every zoom.
void expectNaiveSupercluster(const std::vector<ClusterPoint>& pts) {
    ClusterOptions opt;
    opt.countWeighted = true;
    const ClusterIndex index(pts, opt);
    const auto expected = naiveSupercluster(pts, opt.maxZoom);
    for (int z = 0; z <= opt.maxZoom + 1; ++z)
        EXPECT_EQ(fixedPointItems(index, z), expected[static_cast<std::size_t>(z)]) << "zoom " << z;
}

} // namespace

TEST(ClusterIndex, SweepEqualsTheNaiveGreedyLoop) {
    // Clustered, duplicated and grid-aligned points: crowded cells, ties at exactly r, chains.
    std::mt19937 rng(3);
    std::normal_distribution<double> off(0.0, 0.0004);
    std::vector<ClusterPoint> pts;
    for (int i = 0; i < 700; ++i)
        pts.push_back({0.8 + off(rng), 0.4 + off(rng), 1, 1});
    for (int i = 0; i < 30; ++i)
        pts.push_back(pts[static_cast<std::size_t>(i * 5)]);
    const double step = 40.0 / (512.0 * 4096.0); // exactly r at zoom 12: pairs on the boundary
    for (int i = 0; i < 60; ++i)
        pts.push_back({0.3 + (i % 10) * step, 0.6 + (i / 10) * step, 1, 1});
    expectNaiveSupercluster(pts);
}

TEST(ClusterIndex, EmptyInput) {
    const ClusterIndex index({}, {});
    for (int z = 0; z <= 17; ++z) {
        EXPECT_EQ(index.itemCount(z), 0u);
        EXPECT_TRUE(index.getClusters(0, 0, 1, 1, z).empty());
    }
    EXPECT_EQ(index.clusterCount(), 0u);
    EXPECT_EQ(index.getExpansionZoom(0), -1);
}

TEST(ClusterIndex, OnePointStandsAloneAtEveryZoom) {
    const ClusterIndex index({{0.25, 0.75, 5.0, 1u << 3}}, {});
    for (int z = 0; z <= 17; ++z) {
        const auto items = index.getClusters(0, 0, 1, 1, z);
        ASSERT_EQ(items.size(), 1u);
        EXPECT_FALSE(items[0].isCluster);
        EXPECT_EQ(items[0].id, 0u);
        EXPECT_DOUBLE_EQ(items[0].weight, 5.0);
        EXPECT_NEAR(items[0].x, 0.25, 1e-9);
    }
}

TEST(ClusterIndex, IdenticalPointsFormOneClusterUpToMaxZoom) {
    std::vector<ClusterPoint> pts(500, ClusterPoint{0.6, 0.4, 2.0, 1u << 1});
    pts.push_back({0.1, 0.1, 7.0, 1u << 2}); // and one far away
    const ClusterIndex index(pts, {});
    std::uint32_t id = ClusterIndex::kNone;
    for (int z = 0; z <= 16; ++z) {
        ASSERT_EQ(index.itemCount(z), 2u) << z;
        const auto near = index.getClusters(0.5, 0.3, 0.7, 0.5, z);
        ASSERT_EQ(near.size(), 1u);
        EXPECT_TRUE(near[0].isCluster);
        EXPECT_EQ(near[0].count, 500u);
        EXPECT_DOUBLE_EQ(near[0].weight, 1000.0);
        // Formed once at zoom 16 and unchanged below: the same cluster, its 500 points as children.
        EXPECT_EQ(index.getChildren(near[0].id).size(), 500u);
        if (id == ClusterIndex::kNone)
            id = near[0].id;
        EXPECT_EQ(near[0].id, id);
    }
    EXPECT_EQ(index.itemCount(17), 501u);
    const auto top = index.getClusters(0, 0, 1, 1, 16);
    const auto it = std::find_if(top.begin(), top.end(), [](const ClusterItem& c) { return c.isCluster; });
    ASSERT_NE(it, top.end());
    EXPECT_EQ(index.getExpansionZoom(it->id), 17);
    EXPECT_DOUBLE_EQ(index.categoryWeights(it->id)[1], 1000.0);
}

TEST(ClusterIndex, PointsOnTheExtentBorderAreKeptAndFound) {
    const std::vector<ClusterPoint> pts{{0, 0, 1, 0}, {1, 1, 1, 0}, {0, 1, 1, 0}, {1, 0, 1, 0}, {0.5, 1, 1, 0}};
    const ClusterIndex index(pts, {});
    EXPECT_EQ(index.rejectedCount(), 0u);
    EXPECT_EQ(index.itemCount(17), 5u);
    EXPECT_EQ(index.getClusters(0, 0, 1, 1, 17).size(), 5u);
    EXPECT_EQ(index.getClusters(1, 1, 1, 1, 17).size(), 1u); // a box of one point, inclusive
    EXPECT_EQ(index.getClusters(0.9, 0.9, 1.0, 1.0, 10).size(), 1u);
    double w = 0;
    for (const auto& it : index.getClusters(0, 0, 1, 1, 0))
        w += it.weight;
    EXPECT_DOUBLE_EQ(w, 5.0);
}

TEST(ClusterIndex, NonFiniteAndOutOfRangeInputIsRejectedAtTheEdge) {
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<ClusterPoint> pts{{NAN, 0.5, 1, 0},  {0.5, NAN, 1, 0}, {0.5, 0.5, NAN, 0},
                                        {inf, 0.5, 1, 0},  {0.5, 0.5, -1, 0}, {1.0000001, 0.5, 1, 0},
                                        {-1e-9, 0.5, 1, 0}, {0.5, 0.5, 3, 0}};
    const ClusterIndex index(pts, {});
    EXPECT_EQ(index.rejectedCount(), 7u);
    EXPECT_EQ(index.itemCount(17), 1u);
    const auto only = index.getClusters(0, 0, 1, 1, 0);
    ASSERT_EQ(only.size(), 1u);
    EXPECT_EQ(only[0].id, 7u); // ids stay the input indices
    EXPECT_TRUE(index.getClusters(NAN, 0, 1, 1, 3).empty());
}

// Large inputs are encoded on two threads: invalid points in both halves are dropped, and the
// rest cluster exactly as the valid points alone do (same counts, positions and weights).
TEST(ClusterIndex, RejectedPointsInALargeInputAreDroppedOnBothThreads) {
    const auto valid = samplePoints(100000);
    std::vector<ClusterPoint> mixed;
    std::size_t bad = 0;
    for (std::size_t i = 0; i < valid.size(); ++i) {
        if (i % 997 == 0) {
            mixed.push_back({NAN, 0.5, 1, 0});
            ++bad;
        }
        mixed.push_back(valid[i]);
    }
    const ClusterIndex a(valid, {}), b(mixed, {});
    EXPECT_EQ(b.rejectedCount(), bad);
    EXPECT_GT(bad, 90u);
    for (int z = 0; z <= 17; ++z) {
        auto ca = a.getClusters(0, 0, 1, 1, z), cb = b.getClusters(0, 0, 1, 1, z);
        ASSERT_EQ(ca.size(), cb.size()) << "zoom " << z;
        auto byPlace = [](const ClusterItem& p, const ClusterItem& q) {
            return std::tie(p.x, p.y, p.count) < std::tie(q.x, q.y, q.count);
        };
        std::sort(ca.begin(), ca.end(), byPlace), std::sort(cb.begin(), cb.end(), byPlace);
        for (std::size_t k = 0; k < ca.size(); ++k) {
            ASSERT_EQ(ca[k].x, cb[k].x) << "zoom " << z;
            ASSERT_EQ(ca[k].y, cb[k].y) << "zoom " << z;
            ASSERT_EQ(ca[k].count, cb[k].count) << "zoom " << z;
            ASSERT_EQ(ca[k].weight, cb[k].weight) << "zoom " << z;
        }
    }
}

TEST(ClusterIndex, WeightsSumToTheInputTotalAtEveryZoomExactlyForIntegers) {
    // Integer weights (counts, whole yuan): every partial sum is exact in double, so the sums must
    // be equal, not close. Heavy-tailed, across three orders of magnitude.
    std::mt19937 rng(5);
    std::lognormal_distribution<double> w(4.0, 2.0);
    auto pts = samplePoints(3000);
    double total = 0;
    for (auto& p : pts) {
        p.weight = std::floor(w(rng)) + 1;
        total += p.weight;
    }
    for (bool countWeighted : {false, true}) {
        ClusterOptions opt;
        opt.countWeighted = countWeighted;
        const ClusterIndex index(pts, opt);
        for (int z = 0; z <= 17; ++z) {
            double sum = 0;
            std::array<double, ClusterIndex::kCategories> cats{};
            for (const auto& it : index.getClusters(0, 0, 1, 1, z)) {
                sum += it.weight;
                if (it.isCluster) {
                    const auto c = index.categoryWeights(it.id);
                    for (std::size_t k = 0; k < cats.size(); ++k)
                        cats[k] += c[k];
                } else {
                    cats[static_cast<std::size_t>(__builtin_ctz(pts[it.id].categories))] += it.weight;
                }
            }
            EXPECT_EQ(sum, total) << "zoom " << z;
            // Per-category sums are kept in float: close, not exact.
            EXPECT_NEAR(std::accumulate(cats.begin(), cats.end(), 0.0), total, 1e-6 * total) << z;
        }
    }
}

TEST(ClusterIndex, ContainerAtFollowsThePointUpTheHierarchy) {
    const auto pts = samplePoints(400);
    const ClusterIndex index(pts, {});
    for (std::uint32_t p = 0; p < 400; p += 37) {
        for (int z = 0; z <= 17; ++z) {
            const auto c = index.containerAt(p, z);
            // The container is one of the items of that zoom, and holds the point among its leaves.
            const auto items = index.getClusters(0, 0, 1, 1, z);
            EXPECT_TRUE(std::any_of(items.begin(), items.end(), [&](const ClusterItem& i) {
                return i.isCluster == c.isCluster && i.id == c.id;
            })) << "point " << p << " zoom " << z;
            if (c.isCluster) {
                const auto leaves = index.getLeaves(c.id, c.count);
                EXPECT_NE(std::find(leaves.begin(), leaves.end(), p), leaves.end());
            } else {
                EXPECT_EQ(c.id, p);
            }
        }
    }
}

TEST(ClusterIndex, PointsWithoutCategoriesCostNoCategorySums) {
    auto pts = samplePoints(3000);
    const ClusterIndex with(pts, {});
    for (auto& p : pts)
        p.categories = 0;
    const ClusterIndex without(pts, {});
    // Same clusters and weights; per-category sums are all zero, and not stored.
    for (int z = 0; z <= 17; ++z)
        ASSERT_EQ(with.itemCount(z), without.itemCount(z)) << "zoom " << z;
    const auto items = without.getClusters(0, 0, 1, 1, 3);
    ASSERT_FALSE(items.empty());
    for (const auto& it : items)
        if (it.isCluster) {
            EXPECT_EQ(it.weight, with.clusterItem(it.id).weight);
            for (double c : without.categoryWeights(it.id))
                EXPECT_EQ(c, 0.0);
        }
    EXPECT_LE(without.memoryBytes() + with.clusterCount() * ClusterIndex::kCategories * sizeof(float),
              with.memoryBytes());
}

TEST(ClusterIndex, OneWeightForAllIsKeptOnce) {
    // Counting (every point weighs the same) keeps the weight once, with the same clusters and
    // sums as the same points weighed one by one.
    auto pts = samplePoints(3000);
    for (auto& p : pts)
        p.weight = 2.0;
    const ClusterIndex uniform(pts, {});
    pts.back().weight = 2.0 + 1e-9; // no longer one weight for all
    const ClusterIndex each(pts, {});
    for (int z = 0; z <= 17; ++z)
        ASSERT_EQ(uniform.itemCount(z), each.itemCount(z)) << "zoom " << z;
    for (const auto& it : uniform.getClusters(0, 0, 1, 1, 4))
        EXPECT_DOUBLE_EQ(it.weight, 2.0 * static_cast<double>(it.count));
    EXPECT_EQ(uniform.pointItem(17).weight, 2.0);
    EXPECT_LE(uniform.memoryBytes() + pts.size() * sizeof(double), each.memoryBytes());
    // A rejected point keeps every weight stored (its own is 0).
    pts.back().weight = -1;
    pts[0].weight = 2.0;
    const ClusterIndex withRejected(pts, {});
    EXPECT_EQ(withRejected.pointItem(static_cast<std::uint32_t>(pts.size() - 1)).weight, 0.0);
    EXPECT_EQ(withRejected.pointItem(0).weight, 2.0);
}

// Regression: 200 000 distinct points within 100 m made billions of neighbour pairs (24 GB, then
// a crash). Such a crowd is clustered seed by seed, in constant memory, with the same outcome.
TEST(ClusterIndex, DenseCrowdIsClusteredWithoutNeighbourPairs) {
    std::mt19937 rng(9);
    std::uniform_real_distribution<double> crowd(-2e-6, 2e-6); // ~80 m square at world scale
    std::normal_distribution<double> spread(0.0, 0.0004);
    std::vector<ClusterPoint> pts;
    for (int i = 0; i < 2500; ++i)
        pts.push_back({0.82 + crowd(rng), 0.38 + crowd(rng), 1, 1});
    for (int i = 0; i < 400; ++i)
        pts.push_back({0.6 + spread(rng), 0.45 + spread(rng), 1, 1});
    for (int i = 0; i < 50; ++i)
        pts.push_back(pts[static_cast<std::size_t>(i * 7)]); // exact copies in the crowd
    expectNaiveSupercluster(pts);

    // The crowd of the regression itself, at full size: builds, and every zoom keeps the total.
    ClusterOptions opt;
    opt.countWeighted = true;
    std::vector<ClusterPoint> big;
    for (int i = 0; i < 200000; ++i)
        big.push_back({0.82 + crowd(rng), 0.38 + crowd(rng), 1, 1});
    const ClusterIndex dense(big, opt);
    for (int z = 0; z <= opt.maxZoom + 1; z += 4) {
        std::size_t count = 0;
        for (const auto& it : dense.getClusters(0, 0, 1, 1, z))
            count += it.count;
        EXPECT_EQ(count, big.size()) << "zoom " << z;
    }
}

TEST(ClusterIndex, BuildProfileHasATimePerZoom) {
    // The benchmark's per-zoom profile: one time per zoom, none negative, phases within the total.
    ClusterOptions opt;
    opt.minZoom = 2;
    opt.maxZoom = 14;
    const ClusterIndex index(samplePoints(20000), opt);
    const auto& p = index.buildProfile();
    ASSERT_EQ(p.zoomMs.size(), 13u);
    double zooms = 0;
    for (double ms : p.zoomMs) {
        EXPECT_GE(ms, 0.0);
        zooms += ms;
    }
    EXPECT_GE(p.pointsMs, 0.0);
    EXPECT_GE(p.childrenMs, 0.0);
    const double phases = p.runsMs + p.pairsMs + p.listsMs + p.seedsMs + p.sumsMs + p.sortMs;
    EXPECT_GE(p.runsMs, 0.0);
    EXPECT_GE(p.sumsMs, 0.0);
    EXPECT_NEAR(phases, zooms, 1e-6 + zooms * 1e-9);
    EXPECT_GT(zooms, 0.0);
}
