// The UI scale (issue 14): desk and room settings, and a minimum text height.
#include "core/view/UiScale.hpp"

#include <gtest/gtest.h>

using namespace aimap;

TEST(UiScale, DeskFollowsTheWindowHeight) {
    const UiScaleSetting desk;
    EXPECT_FLOAT_EQ(uiScaleFor(720, desk), 1.0f);
    EXPECT_FLOAT_EQ(uiScaleFor(1080, desk), 1.2f);
    EXPECT_FLOAT_EQ(uiScaleFor(2160, desk), 2.4f);
    EXPECT_FLOAT_EQ(uiScaleFor(5000, desk), 3.0f);
}

// At 1280x720 with the room setting, map labels and panel text are at least 20 px.
TEST(UiScale, RoomMakesTextReadableFromTheBackOfAHall) {
    std::string error;
    const auto room = parseUiScale("room", error);
    ASSERT_TRUE(room);
    const float s720 = uiScaleFor(720, *room);
    EXPECT_GE(kLabelTextPx * s720, 20.0f);
    EXPECT_GE(kPanelTextPx * s720, 20.0f);
    EXPECT_FLOAT_EQ(s720, 1.4f); // 21 px labels
    EXPECT_FLOAT_EQ(uiScaleFor(1080, *room), 1.56f); // 1.3 x 1.2
    EXPECT_FLOAT_EQ(uiScaleFor(2160, *room), 3.12f);
}

TEST(UiScale, MinimumTextHeightAndFixedScales) {
    std::string error;
    auto fixed = parseUiScale("1.25", error);
    ASSERT_TRUE(fixed);
    EXPECT_FLOAT_EQ(uiScaleFor(720, *fixed), 1.25f);
    fixed->minTextPx = 24; // labels >= 24 px: 24 / 15
    EXPECT_FLOAT_EQ(uiScaleFor(720, *fixed), 1.6f);
    EXPECT_FALSE(parseUiScale("huge", error));
    EXPECT_NE(error.find("desk, room"), std::string::npos);
    EXPECT_FALSE(parseUiScale("9", error));
    EXPECT_FALSE(parseUiScale("1.5x", error));
}
