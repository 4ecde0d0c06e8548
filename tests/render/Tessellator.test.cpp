#include "render/Tessellator.hpp"
#include "core/data/BasemapLoader.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace aimap;

TEST(Tessellator, SquareWithAHole) {
    const Polygon p{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{3, 3}, {3, 6}, {6, 6}, {6, 3}}};
    const auto t = tessellate(p);
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(t.size() % 3, 0u);
    EXPECT_NEAR(trianglesArea(t), 100 - 9, 1e-9);
    EXPECT_NEAR(polygonArea(p), 91, 1e-9);
}

TEST(Tessellator, HoleOrientationDoesNotMatter) {
    // Same hole, same orientation as the outer ring: the odd winding rule still cuts it.
    const Polygon p{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{3, 3}, {6, 3}, {6, 6}, {3, 6}}};
    EXPECT_NEAR(trianglesArea(tessellate(p)), 91, 1e-9);
}

TEST(Tessellator, ConcavePolygon) {
    const Polygon p{{{0, 0}, {10, 0}, {10, 10}, {5, 2}, {0, 10}}};
    EXPECT_NEAR(trianglesArea(tessellate(p)), std::fabs(ringArea(p[0])), 1e-9);
}

namespace {

int orientation(Vec2 a, Vec2 b, Vec2 c) {
    const double v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    return (v > 0) - (v < 0);
}

// True when two edges of the polygon's rings cross properly (brute force).
bool hasCrossingEdges(const Polygon& poly) {
    std::vector<std::pair<Vec2, Vec2>> edges;
    for (const auto& ring : poly)
        for (std::size_t i = 0; i < ring.size(); ++i)
            edges.emplace_back(ring[i], ring[(i + 1) % ring.size()]);
    for (std::size_t i = 0; i < edges.size(); ++i)
        for (std::size_t j = i + 1; j < edges.size(); ++j) {
            const auto& [a, b] = edges[i];
            const auto& [c, d] = edges[j];
            const int o1 = orientation(a, b, c), o2 = orientation(a, b, d);
            const int o3 = orientation(c, d, a), o4 = orientation(c, d, b);
            if (o1 && o2 && o3 && o4 && o1 != o2 && o3 != o4)
                return true;
        }
    return false;
}

} // namespace

// Every simple polygon of the bundled basemap tessellates to exactly its own area (world metres,
// so this also checks the projection pipeline end to end). A few rings of the ECharts source
// data cross themselves (the pipeline's simplification is checked not to add any): there the
// odd-winding fill and the shoelace formula legitimately differ, by under 1e-4 of the province.
TEST(Tessellator, BundledProvincesTriangleAreaEqualsPolygonArea) {
    Diagnostics d;
    const auto layer = loadBasemapLayer(AIMAP_ROOT "/data/basemap/provinces.json", d);
    ASSERT_TRUE(layer) << d.format();
    double total = 0;
    int simple = 0, crossing = 0;
    for (const auto& f : layer->features) {
        double expectFeature = 0, gotFeature = 0;
        for (const auto& poly : f.polygons) {
            const double expect = polygonArea(poly);
            const double got = trianglesArea(tessellate(poly));
            if (hasCrossingEdges(poly)) {
                ++crossing;
            } else {
                ++simple;
                EXPECT_NEAR(got, expect, 1e-9 * expect + 1e-3) << f.code;
            }
            expectFeature += expect;
            gotFeature += got;
        }
        EXPECT_NEAR(gotFeature, expectFeature, 1e-4 * expectFeature) << f.code;
        total += gotFeature;
    }
    EXPECT_GT(simple, 20 * crossing);
    // China's land area is about 9.6 million km^2 (outlines simplified to ~0.5 km).
    EXPECT_NEAR(total / 1e12, 9.6, 0.25);
}
