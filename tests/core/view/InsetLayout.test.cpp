// The South China Sea inset's place in the window and its camera. Reference positions: PROJ's
// cs2cs (an implementation independent of GeographicLib), as in Projection.test.cpp:
//   cs2cs -f %.4f +proj=longlat +ellps=WGS84 +to +proj=aea +lat_1=25 +lat_2=47
//         +lat_0=36.785284789049904 +lon_0=105 +ellps=WGS84
#include "core/view/InsetLayout.hpp"

#include "core/geo/Projection.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace aimap;

namespace {

// cs2cs of the frame's corners (105.5°E 2.5°N, 122.5°E 2.5°N, 105.5°E 24.5°N, 122.5°E 24.5°N):
// the projected frame's box runs from the west edge's north end (x) and the south edge's west
// end (y) to the east edge's south end (x) and the north edge's east end (y).
const Vec2 kBoxMin{50753.5512, -3692347.8098};
const Vec2 kBoxMax{2173073.2094, -1221775.0159};
// Woody Island (Paracels) 112.3333°E 16.8333°N; James Shoal 112.2833°E 3.9667°N.
const Vec2 kWoodyIsland{805402.5660, -2184166.1832};
const Vec2 kJamesShoal{897646.5923, -3514303.9125};

InsetLayoutInput input(double w, double h, double uiScale = 1, double caption = 40) {
    InsetLayoutInput in;
    in.windowPx = {w, h};
    in.uiScale = uiScale;
    in.captionPx = caption;
    in.worldBox = insetWorldBox(Projection::china());
    return in;
}

} // namespace

TEST(InsetLayout, TheFramesBoxIsTheProjectedCornersFromCs2cs) {
    const Box b = insetWorldBox(Projection::china());
    EXPECT_NEAR(b.min.x, kBoxMin.x, 1e-3);
    EXPECT_NEAR(b.min.y, kBoxMin.y, 1e-3);
    EXPECT_NEAR(b.max.x, kBoxMax.x, 1e-3);
    EXPECT_NEAR(b.max.y, kBoxMax.y, 1e-3);
}

TEST(InsetLayout, SitsAtTheLowerRightInsideTheMarginsAt1280x720) {
    const auto p = insetRect(input(1280, 720));
    ASSERT_TRUE(p);
    EXPECT_DOUBLE_EQ(p->rect.max.x, 1280 - 12);
    EXPECT_DOUBLE_EQ(p->rect.max.y, 720 - 12);
    EXPECT_DOUBLE_EQ(p->map.height(), std::round(0.30 * 720));
    EXPECT_DOUBLE_EQ(p->rect.height(), p->map.height() + 40);
    // As wide as the frame's aspect (width / height of the box: 2122319.66 / 2470572.79).
    EXPECT_NEAR(p->map.width(), 216 * (2122319.6582 / 2470572.7939), 0.5);
    EXPECT_DOUBLE_EQ(p->map.min.y, p->rect.min.y);
    EXPECT_GE(p->rect.min.x, 0.40 * 1280); // clear of the legend's side
}

TEST(InsetLayout, IsNeverTallerThan900PixelsOfMap) {
    const auto p = insetRect(input(3840, 4000, 3));
    ASSERT_TRUE(p);
    EXPECT_DOUBLE_EQ(p->map.height(), 900);
    const auto uhd = insetRect(input(3840, 2160, 2.4));
    ASSERT_TRUE(uhd);
    EXPECT_DOUBLE_EQ(uhd->map.height(), 648);
    EXPECT_DOUBLE_EQ(uhd->rect.max.x, 3840 - std::round(12 * 2.4));
}

TEST(InsetLayout, MovesBesideAnOpenCardAndGetsSmaller) {
    const auto alone = insetRect(input(1280, 720));
    auto in = input(1280, 720);
    in.cardLeftPx = 768; // a card 500 px wide docked at the right
    const auto beside = insetRect(in);
    ASSERT_TRUE(alone && beside);
    EXPECT_DOUBLE_EQ(beside->rect.max.x, 768 - 12);
    EXPECT_DOUBLE_EQ(beside->rect.max.y, alone->rect.max.y);
    EXPECT_DOUBLE_EQ(beside->map.height(), 0.20 * 720);
    EXPECT_DOUBLE_EQ(beside->rect.height(), beside->map.height() + 40);
}

TEST(InsetLayout, ShrinksBesideACardRatherThanReachTheLegend) {
    // 700x768: the card (40% of the width: 280 px) leaves 116 px between it and the legend's
    // side, where a map part 0.20 * 768 = 153.6 px tall would need 132 px.
    auto in = input(700, 768);
    in.cardLeftPx = 700 - 12 - 280;
    const auto p = insetRect(in);
    ASSERT_TRUE(p);
    EXPECT_GE(p->rect.min.x, 0.40 * 700);
    EXPECT_LE(p->rect.max.x, *in.cardLeftPx - 12 + 0.5);
    EXPECT_LT(p->map.height(), std::round(0.20 * 768));
}

TEST(InsetLayout, IsNotDrawnWhenNoRoomIsLeft) {
    auto in = input(640, 480);
    in.cardLeftPx = 640 * 0.45; // the card reaches into the legend's side
    EXPECT_FALSE(insetRect(in));
    EXPECT_FALSE(insetRect(input(320, 240))); // 72 px of map: too small to read
    EXPECT_FALSE(insetRect(input(0, 0)));
    auto noBox = input(1280, 720);
    noBox.worldBox = Box{};
    EXPECT_FALSE(insetRect(noBox));
}

TEST(InsetLayout, CameraShowsTheFrameInTheMapPart) {
    const auto p = insetRect(input(1920, 1080, 1.2));
    ASSERT_TRUE(p);
    const Box world = insetWorldBox(Projection::china());
    const Camera c = insetCamera(*p, world);
    const double w = p->map.width(), h = p->map.height();
    // Reference screen positions from the cs2cs values: the box fitted (scale = the smaller of
    // the two ratios) and centred in the map part.
    const double s = std::min(w / (kBoxMax.x - kBoxMin.x), h / (kBoxMax.y - kBoxMin.y));
    const Vec2 centre{(kBoxMin.x + kBoxMax.x) / 2, (kBoxMin.y + kBoxMax.y) / 2};
    for (const Vec2 ref : {kWoodyIsland, kJamesShoal}) {
        const Vec2 expected{w / 2 + (ref.x - centre.x) * s, h / 2 - (ref.y - centre.y) * s};
        const Vec2 got = c.worldToScreen(ref);
        EXPECT_NEAR(got.x, expected.x, 0.01);
        EXPECT_NEAR(got.y, expected.y, 0.01);
        EXPECT_GT(got.x, 0);
        EXPECT_LT(got.x, w);
        EXPECT_GT(got.y, 0);
        EXPECT_LT(got.y, h);
    }
    // The projection is the main map's: Woody Island through Projection::china() lands there.
    const Vec2 woody = c.worldToScreen(Projection::china().forward({112.3333, 16.8333}));
    const Vec2 ref = c.worldToScreen(kWoodyIsland);
    EXPECT_NEAR(woody.x, ref.x, 1e-3);
    EXPECT_NEAR(woody.y, ref.y, 1e-3);
    // The frame's corners are on the edges of the map part; Beijing is far outside it.
    for (LonLat ll : {LonLat{105.5, 24.5}, LonLat{122.5, 2.5}}) {
        const Vec2 q = c.worldToScreen(Projection::china().forward(ll));
        EXPECT_TRUE(std::fabs(q.x) < 1 || std::fabs(q.x - w) < 1) << ll.lon;
    }
    const Vec2 beijing = c.worldToScreen(Projection::china().forward({116.4, 39.9}));
    EXPECT_LT(beijing.y, 0);
}
