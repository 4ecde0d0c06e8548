#include "core/labels/LabelPlacer.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {
Box box(double x, double y, double w, double h) {
    return Box{{x, y}, {x + w, y + h}};
}
} // namespace

TEST(LabelPlacer, HigherPriorityWinsAnOverlap) {
    std::vector<LabelCandidate> c{{box(0, 0, 100, 20), 1.0, 0}, {box(50, 10, 100, 20), 5.0, 1}};
    const auto placed = placeLabels(c);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0], 1u);
}

TEST(LabelPlacer, NoTwoPlacedLabelsOverlap) {
    std::vector<LabelCandidate> c;
    for (int i = 0; i < 200; ++i)
        c.push_back({box((i * 37) % 500, (i * 53) % 300, 80, 18), double(i % 17), std::size_t(i)});
    const auto placed = placeLabels(c);
    EXPECT_GT(placed.size(), 10u);
    for (std::size_t a = 0; a < placed.size(); ++a)
        for (std::size_t b = a + 1; b < placed.size(); ++b)
            EXPECT_FALSE(overlaps(c[placed[a]].rect, c[placed[b]].rect));
}

TEST(LabelPlacer, ObstaclesBlockLabels) {
    std::vector<LabelCandidate> c{{box(0, 0, 10, 10), 1, 0}, {box(100, 0, 10, 10), 1, 1}};
    const auto placed = placeLabels(c, {box(5, 5, 10, 10)});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0], 1u);
}

TEST(LabelPlacer, DeterministicOnTies) {
    std::vector<LabelCandidate> c{{box(0, 0, 10, 10), 1, 3}, {box(5, 5, 10, 10), 1, 2}};
    EXPECT_EQ(placeLabels(c), placeLabels(c));
    EXPECT_EQ(c[placeLabels(c)[0]].item, 2u);
}

TEST(LabelPlacer, AlternativePositionIsUsedWhenThePreferredOneIsTaken) {
    // Item 1 prefers the right (blocked by item 0's label), then the left (free).
    std::vector<LabelCandidate> c{
        {box(100, 0, 50, 10), 9, 0}, {box(110, 0, 50, 10), 1, 1}, {box(0, 0, 50, 10), 1, 1}};
    const auto placed = placeLabels(c);
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_EQ(placed[1], 2u);
}

TEST(LabelPlacer, AtMostOneLabelPerItem) {
    std::vector<LabelCandidate> c{{box(0, 0, 10, 10), 1, 5}, {box(100, 0, 10, 10), 1, 5}};
    EXPECT_EQ(placeLabels(c).size(), 1u);
}
