#include "core/pick/Picker.hpp"

#include <gtest/gtest.h>

using namespace aimap;

TEST(Picker, DrawingOrderIsLargeFirst) {
    std::vector<ScreenMarker> m{{{0, 0}, 5, 0}, {{0, 0}, 50, 1}, {{0, 0}, 20, 2}};
    sortForDrawing(m);
    EXPECT_EQ(m[0].item, 1u);
    EXPECT_EQ(m[1].item, 2u);
    EXPECT_EQ(m[2].item, 0u);
}

TEST(Picker, SmallMarkerOnTopOfALargeOneIsPicked) {
    std::vector<ScreenMarker> m{{{100, 100}, 60, 7}, {{110, 100}, 4, 9}};
    sortForDrawing(m);
    EXPECT_EQ(pickMarker(m, {110, 101}), std::optional<std::size_t>(9));
    EXPECT_EQ(pickMarker(m, {80, 100}), std::optional<std::size_t>(7));
}

TEST(Picker, MissReturnsNothing) {
    std::vector<ScreenMarker> m{{{100, 100}, 10, 1}};
    EXPECT_FALSE(pickMarker(m, {200, 200}).has_value());
    EXPECT_FALSE(pickMarker({}, {0, 0}).has_value());
}

TEST(Picker, SlopKeepsTinyDotsClickable) {
    std::vector<ScreenMarker> m{{{100, 100}, 3, 4}};
    EXPECT_TRUE(pickMarker(m, {104.5, 100}, 2.0).has_value());
    EXPECT_FALSE(pickMarker(m, {106, 100}, 2.0).has_value());
}
