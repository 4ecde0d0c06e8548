// The build on two threads splits each zoom at a cell row; the index must be the one a single
// thread builds, bit for bit (cluster ids, positions, sums, parents, children, level order).

#include "core/cluster/ClusterIndex.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace aimap;

namespace {

// `count` points around a few hundred centres (most zooms well above the two-thread threshold),
// heavy-tailed weights, one or two categories each.
std::vector<ClusterPoint> cityLike(std::size_t count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.55, 0.9);
    std::normal_distribution<double> off(0.0, 0.003);
    std::lognormal_distribution<double> w(0.0, 1.5);
    std::vector<std::pair<double, double>> centres(300);
    for (auto& c : centres)
        c = {u(rng), u(rng) * 0.6};
    std::vector<ClusterPoint> pts(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto& c = centres[rng() % centres.size()];
        const auto cats = static_cast<std::uint16_t>((1u << (i % 9)) | (i % 7 == 0 ? 2u : 0u));
        pts[i] = {std::clamp(c.first + off(rng), 0.0, 1.0),
                  std::clamp(c.second + off(rng), 0.0, 1.0), w(rng), cats};
    }
    return pts;
}

void expectSameOnOneAndTwoThreads(const std::vector<ClusterPoint>& pts, ClusterOptions options) {
    options.threads = 1;
    const ClusterIndex one(pts, options);
    options.threads = 2;
    const ClusterIndex two(pts, options);
    EXPECT_TRUE(two.identicalTo(one));
    // identicalTo itself: a different index is told apart.
    options.radiusPx *= 1.5;
    EXPECT_FALSE(ClusterIndex(pts, options).identicalTo(one));
}

} // namespace

TEST(ClusterIndexThreads, TwoThreadsBuildTheOneThreadIndexBitForBit) {
    // Weighted centroids, categories.
    expectSameOnOneAndTwoThreads(cityLike(300000, 11), {});

    // Count-weighted (supercluster's), with exact duplicates (a third of the points copy an
    // earlier one) and points on cell boundaries (multiples of 2^-12 lie on the border of every
    // cell of 2^18 fixed-point units or less).
    auto pts = cityLike(200000, 12);
    std::mt19937 rng(5);
    for (std::size_t i = 1; i < pts.size(); ++i) {
        if (rng() % 3 == 0)
            pts[i] = pts[rng() % i];
        else if (rng() % 4 == 0)
            pts[i].x = std::round(pts[i].x * 4096) / 4096,
            pts[i].y = std::round(pts[i].y * 4096) / 4096;
    }
    ClusterOptions counted;
    counted.countWeighted = true;
    expectSameOnOneAndTwoThreads(pts, counted);

    // One weight for all, no categories; every point on a lattice of cell borders.
    for (auto& p : pts) {
        p.weight = 1, p.categories = 0;
        p.x = std::round(p.x * 65536) / 65536, p.y = std::round(p.y * 65536) / 65536;
    }
    expectSameOnOneAndTwoThreads(pts, {});

    // A dense crowd (zooms clustered seed by seed) beside ordinary data.
    auto crowd = cityLike(100000, 13);
    std::uniform_real_distribution<double> tiny(-2e-6, 2e-6);
    for (int i = 0; i < 60000; ++i)
        crowd.push_back({0.82 + tiny(rng), 0.38 + tiny(rng), 1, 1});
    expectSameOnOneAndTwoThreads(crowd, {});
}

TEST(ClusterIndexThreads, OneRowOfCellsIsBuiltOnOneThreadAlike) {
    // Every point in one row of cells at most zooms: no row to split at.
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<ClusterPoint> pts(100000);
    for (auto& p : pts)
        p = {u(rng), 0.5, 1 + u(rng), 1};
    expectSameOnOneAndTwoThreads(pts, {});
}
