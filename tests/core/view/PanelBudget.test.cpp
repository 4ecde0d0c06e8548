#include "core/view/PanelBudget.hpp"

#include <gtest/gtest.h>

namespace aimap {
namespace {

Box box(double x, double y, double w, double h) {
    return Box{{x, y}, {x + w, y + h}};
}

const Box kWindow = box(0, 0, 1280, 720);

TEST(PanelBudget, CoveredAreaCountsOverlapsOnce) {
    EXPECT_DOUBLE_EQ(coveredArea({box(0, 0, 100, 100)}, kWindow), 10000);
    EXPECT_DOUBLE_EQ(coveredArea({box(0, 0, 100, 100), box(50, 50, 100, 100)}, kWindow),
                     10000 + 10000 - 2500);
    EXPECT_DOUBLE_EQ(coveredArea({box(0, 0, 100, 100), box(10, 10, 20, 20)}, kWindow), 10000);
    EXPECT_DOUBLE_EQ(coveredArea({box(0, 0, 100, 100), box(100, 0, 100, 100)}, kWindow), 20000);
}

TEST(PanelBudget, CoveredAreaIsClippedToTheWindow) {
    EXPECT_DOUBLE_EQ(coveredArea({box(-50, -50, 100, 100)}, kWindow), 2500);
    EXPECT_DOUBLE_EQ(coveredArea({box(2000, 0, 100, 100)}, kWindow), 0);
    EXPECT_DOUBLE_EQ(coveredArea({}, kWindow), 0);
    EXPECT_DOUBLE_EQ(coveredShare({kWindow, kWindow}, kWindow), 1.0);
}

TEST(PanelBudget, CardTakesWhatTheOtherPanelsLeaveOfThirtyPercent) {
    // 30% of 1280x720 = 276,480 px²; the controls bar and the legend take 17,000 + 60,000.
    const std::vector<Box> placed{box(16, 16, 425, 40), box(16, 500, 300, 200)};
    const double h = cardMaxHeight(kWindow, 435, 16, placed, 200);
    EXPECT_NEAR(h, (276480.0 - 17000 - 60000) / 435, 1e-9);
    std::vector<Box> all = placed;
    all.push_back(box(1280 - 16 - 435, 16, 435, h));
    EXPECT_NEAR(coveredShare(all, kWindow), 1 - kMapShareWithCard, 1e-12);
}

TEST(PanelBudget, CardIsNeverTallerThanTheWindowNorShorterThanItsMinimum) {
    EXPECT_DOUBLE_EQ(cardMaxHeight(kWindow, 100, 16, {}, 200), 720 - 32);
    // Other panels took the whole budget: the card keeps its minimum.
    EXPECT_DOUBLE_EQ(cardMaxHeight(kWindow, 435, 16, {box(0, 0, 1280, 300)}, 250), 250);
    // A minimum above the room there is: the room there is.
    EXPECT_DOUBLE_EQ(cardMaxHeight(box(0, 0, 400, 100), 300, 10, {}, 250), 80);
}

} // namespace
} // namespace aimap
