#include "core/labels/LabelPlacer.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {
Box box(double x, double y, double w, double h) {
    return Box{{x, y}, {x + w, y + h}};
}
} // namespace

// Placement itself is tested in LabelLayout.test.cpp; this is the overlap rule it uses.
TEST(LabelPlacer, BoxesThatOnlyTouchDoNotOverlap) {
    EXPECT_TRUE(overlaps(box(0, 0, 10, 10), box(5, 5, 10, 10)));
    EXPECT_FALSE(overlaps(box(0, 0, 10, 10), box(10, 0, 10, 10)));
    EXPECT_FALSE(overlaps(box(0, 0, 10, 10), box(0, 10, 10, 10)));
    EXPECT_TRUE(overlaps(box(0, 0, 10, 10), box(2, 2, 2, 2))) << "one inside the other";
    EXPECT_FALSE(overlaps(box(0, 0, 10, 10), box(30, 30, 1, 1)));
}
