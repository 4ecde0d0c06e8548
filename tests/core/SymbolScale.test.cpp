#include "core/scale/SymbolScale.hpp"

#include <gtest/gtest.h>

#include <cmath>

using aimap::SymbolScale;

TEST(SymbolScale, AreaIsProportionalToValue) {
    const SymbolScale s(1000.0, 50.0, 3.0);
    const double a1 = M_PI * std::pow(s.radius(1000), 2);
    const double a2 = M_PI * std::pow(s.radius(250), 2);
    EXPECT_NEAR(a1 / a2, 4.0, 1e-12);
    EXPECT_DOUBLE_EQ(s.radius(1000), 50.0);
    EXPECT_DOUBLE_EQ(s.radius(250), 25.0);
}

TEST(SymbolScale, AnchoredAtZero) {
    const SymbolScale s(1000.0, 50.0, 3.0);
    EXPECT_EQ(s.radius(0), 0.0);
    EXPECT_EQ(s.trueRadius(0), 0.0);
    EXPECT_EQ(s.radius(-5), 0.0);
    EXPECT_EQ(s.radius(NAN), 0.0);
}

TEST(SymbolScale, TinyValuesGetTheMinimumDot) {
    const SymbolScale s(1e6, 50.0, 3.0);
    EXPECT_DOUBLE_EQ(s.radius(1), 3.0);
    EXPECT_LT(s.trueRadius(1), 3.0);
    EXPECT_NEAR(s.trueRadius(s.minDotValue()), 3.0, 1e-9);
}

TEST(SymbolScale, ClusterAreaEqualsSumOfMemberAreas) {
    const SymbolScale s(500.0, 40.0, 0.0);
    const double members = std::pow(s.radius(120), 2) + std::pow(s.radius(80), 2);
    EXPECT_NEAR(std::pow(s.radius(200), 2), members, 1e-9);
}

TEST(SymbolScale, RoundDownGivesRoundNumbers) {
    EXPECT_DOUBLE_EQ(SymbolScale::roundDown(1500), 1000);
    EXPECT_DOUBLE_EQ(SymbolScale::roundDown(70e9), 50e9);
    EXPECT_DOUBLE_EQ(SymbolScale::roundDown(305.6e9), 250e9);
    EXPECT_DOUBLE_EQ(SymbolScale::roundDown(2000), 2000);
    EXPECT_DOUBLE_EQ(SymbolScale::roundDown(9.99), 5);
    EXPECT_DOUBLE_EQ(SymbolScale::roundDown(0.3), 0.25);
}

TEST(SymbolScale, LegendValuesAreRoundDescendingAndWithinRange) {
    const SymbolScale s(1500.0, 54.0, 3.0);
    const auto v = s.legendValues(3);
    ASSERT_EQ(v.size(), 3u);
    EXPECT_DOUBLE_EQ(v[0], 1000);
    EXPECT_DOUBLE_EQ(v[1], 250);
    EXPECT_DOUBLE_EQ(v[2], 50);
    for (double x : v) {
        EXPECT_LE(x, s.vMax());
        EXPECT_DOUBLE_EQ(SymbolScale::roundDown(x), x);
    }
}

// Regression (issue 14): the legend took 30% of the window's width at zoom 3, its circles growing
// with the map's. With a largest radius it keeps the map's scale but shows smaller round values.
TEST(SymbolScale, LegendDoesNotGrowWithTheZoom) {
    const SymbolScale zoomed(1500.0, 54.0 * 8, 3.0); // zoom 3: radii eight times zoom 0's
    const auto v = zoomed.legendValues(3, 60.0);
    ASSERT_EQ(v.size(), 3u);
    // r(v) = 432 * sqrt(v / 1500) <= 60 gives v <= 28.9: the largest round value is 25.
    EXPECT_DOUBLE_EQ(v[0], 25);
    EXPECT_LE(zoomed.trueRadius(v[0]), 60.0);
    EXPECT_DOUBLE_EQ(v[1], 5);
    EXPECT_DOUBLE_EQ(v[2], 1);
    // At zoom 0 the cap changes nothing.
    const SymbolScale national(1500.0, 54.0, 3.0);
    EXPECT_EQ(national.legendValues(3, 60.0), national.legendValues(3));
}

TEST(SymbolScale, LegendDropsCirclesSmallerThanTheMinimumDot) {
    const SymbolScale s(1000.0, 8.0, 3.0); // tiny symbols
    for (double x : s.legendValues(5))
        EXPECT_GE(s.trueRadius(x), 3.0);
}

// Regression: the compact legend (a card open) showed a circle of "2.5" firms. Counts are whole:
// 2.5 becomes 2 (the circle keeps the scale: radius(2)), none below 1, none twice.
TEST(SymbolScale, LegendCountsAreWholeNumbers) {
    const SymbolScale s(5.0, 40.0, 3.0);
    const auto values = s.legendValues(3, 30.0);
    ASSERT_FALSE(values.empty());
    EXPECT_EQ(values.front(), 2.5); // what a count must not show
    const auto counts = s.legendCounts(3, 30.0);
    ASSERT_FALSE(counts.empty());
    EXPECT_EQ(counts.front(), 2.0);
    for (double c : counts) {
        EXPECT_EQ(c, std::floor(c));
        EXPECT_GE(c, 1.0);
    }
    for (std::size_t i = 1; i < counts.size(); ++i)
        EXPECT_LT(counts[i], counts[i - 1]);
    EXPECT_EQ(SymbolScale(1000.0, 50.0, 3.0).legendCounts(3), (std::vector<double>{1000, 250, 50}));
}
