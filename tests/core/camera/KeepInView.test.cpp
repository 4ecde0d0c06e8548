#include "core/camera/KeepInView.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {
const Box kFree{{0, 0}, {900, 720}}; // a 1280x720 window, a card from x = 900
}

// Regression (issue 14): "selecting a city neither moves the map nor marks it clearly" — the
// camera part: a city in view stays put, one under the card or off screen is brought beside it.
TEST(KeepInView, SelectingACityNeitherMovesTheMapNorMarksItClearly) {
    EXPECT_FALSE(panToShow({450, 360}, kFree, 80)) << "in view: the map never moves";
    EXPECT_FALSE(panToShow({850, 670}, kFree, 80))
        << "within half a margin of the edges is in view";
    const auto underCard = panToShow({1100, 300}, kFree, 80);
    ASSERT_TRUE(underCard);
    EXPECT_DOUBLE_EQ(underCard->x, 820 - 1100.0); // to a margin left of the card
    EXPECT_DOUBLE_EQ(underCard->y, 0);
    const auto offScreen = panToShow({-300, 900}, kFree, 80);
    ASSERT_TRUE(offScreen);
    EXPECT_DOUBLE_EQ(offScreen->x, 380);
    EXPECT_DOUBLE_EQ(offScreen->y, 640 - 900.0);
}

TEST(KeepInView, ANarrowFreeAreaCentresIt) {
    const auto p = panToShow({500, 100}, Box{{0, 0}, {100, 720}}, 80);
    ASSERT_TRUE(p);
    EXPECT_DOUBLE_EQ(p->x, -450);
}
