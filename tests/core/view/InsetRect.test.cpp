#include "core/view/InsetRect.hpp"

#include <gtest/gtest.h>

using namespace aimap;

// Reference values worked out by hand from the rule in InsetRect.hpp.
TEST(InsetRect, LowerRightAtTheMarginWithFourToFiveAspect) {
    const Box a = insetRect({1280, 720}, 1.0f);
    // 22% of 1280 = 281.6 > 40% of 720 x 4/5 = 230.4: the height bounds it.
    EXPECT_DOUBLE_EQ(a.max.x, 1268);
    EXPECT_DOUBLE_EQ(a.max.y, 708);
    EXPECT_DOUBLE_EQ(a.max.x - a.min.x, 230);
    EXPECT_DOUBLE_EQ(a.max.y - a.min.y, 288);
    const Box b = insetRect({1920, 1080}, 1.2f);
    EXPECT_DOUBLE_EQ(b.min.x, 1560);
    EXPECT_DOUBLE_EQ(b.min.y, 633);  // 346 / 0.8 = 432.5, rounded up
    EXPECT_DOUBLE_EQ(b.max.x, 1906); // margin 12 x 1.2 = 14.4, rounded
    const Box c = insetRect({1024, 768}, 1.0f);
    EXPECT_DOUBLE_EQ(c.max.x - c.min.x, 225); // 22% of 1024 = 225.28
    EXPECT_DOUBLE_EQ(c.max.y - c.min.y, 281);
    // A very wide window: the height bounds it.
    const Box d = insetRect({3000, 600}, 1.0f);
    EXPECT_DOUBLE_EQ(d.max.y - d.min.y, 240);
}

TEST(InsetRect, NoneInATinyWindow) {
    EXPECT_TRUE(insetRect({40, 40}, 1.0f).empty());
    EXPECT_FALSE(insetRect({320, 240}, 1.0f).empty());
}
