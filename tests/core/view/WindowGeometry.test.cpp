// Where the window opens: on the primary monitor, 80% of it by default, centred, never off it.
// Regression: SFML 2.5.1 centred new windows using the display's width for y too (SFML #1951),
// so 1600x900 opened at y = 510 on a 1920x1080 screen, its bottom 330 px below the edge.
#include "core/view/WindowGeometry.hpp"

#include <gtest/gtest.h>

#include <ostream>

namespace aimap {
// Readable failures.
std::ostream& operator<<(std::ostream& os, const PixelRect& r) {
    return os << r.width << 'x' << r.height << '+' << r.x << '+' << r.y;
}
} // namespace aimap

using aimap::Monitor;
using aimap::PixelRect;
using aimap::PixelSize;
using aimap::placeWindow;
using aimap::ScreenLayout;

namespace {

ScreenLayout single(int w, int h) {
    return ScreenLayout{w, h, {Monitor{{0, 0, w, h}, true}}};
}

bool inside(const PixelRect& inner, const PixelRect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y &&
           inner.x + inner.width <= outer.x + outer.width &&
           inner.y + inner.height <= outer.y + outer.height;
}

// Laptop 1920x1080 and projector 1280x720 side by side on one 3200x1080 X screen.
const PixelRect kLaptopLeft{0, 0, 1920, 1080};
const PixelRect kProjectorRight{1920, 0, 1280, 720};
const PixelRect kProjectorLeft{0, 0, 1280, 720};
const PixelRect kLaptopRight{1280, 0, 1920, 1080};

} // namespace

TEST(WindowGeometry, FullHdScreenGetsEightyPercentCentred) {
    const PixelRect w = placeWindow(single(1920, 1080));
    EXPECT_EQ(w, (PixelRect{192, 108, 1536, 864}));
    EXPECT_TRUE(inside(w, {0, 0, 1920, 1080}));
}

TEST(WindowGeometry, QhdScreenGetsEightyPercentCentred) {
    EXPECT_EQ(placeWindow(single(2560, 1440)), (PixelRect{256, 144, 2048, 1152}));
}

TEST(WindowGeometry, RequestedSizeIsKeptAndCentred) {
    // The presenter's 1600x900 on a 1920x1080 laptop: y = 90, not SFML's 510.
    EXPECT_EQ(placeWindow(single(1920, 1080), PixelSize{1600, 900}),
              (PixelRect{160, 90, 1600, 900}));
}

TEST(WindowGeometry, RequestedSizeLargerThanTheMonitorIsClampedToIt) {
    EXPECT_EQ(placeWindow(single(1920, 1080), PixelSize{2560, 1440}),
              (PixelRect{0, 0, 1920, 1080}));
    // Only the dimension that does not fit is clamped.
    EXPECT_EQ(placeWindow(single(1920, 1080), PixelSize{1280, 2000}),
              (PixelRect{320, 0, 1280, 1080}));
}

TEST(WindowGeometry, PrimaryLaptopOnTheLeftOfAProjector) {
    const ScreenLayout screen{3200, 1080, {{kLaptopLeft, true}, {kProjectorRight, false}}};
    const PixelRect w = placeWindow(screen);
    EXPECT_EQ(w, (PixelRect{192, 108, 1536, 864}));
    EXPECT_TRUE(inside(w, kLaptopLeft));
}

TEST(WindowGeometry, PrimaryLaptopOnTheRightOfAProjector) {
    const ScreenLayout screen{3200, 1080, {{kProjectorLeft, false}, {kLaptopRight, true}}};
    const PixelRect w = placeWindow(screen);
    EXPECT_EQ(w, (PixelRect{1280 + 192, 108, 1536, 864}));
    EXPECT_TRUE(inside(w, kLaptopRight));
    // A requested size is clamped to the primary monitor, not to the whole screen.
    EXPECT_EQ(placeWindow(screen, PixelSize{3000, 1000}), (PixelRect{1280, 40, 1920, 1000}));
}

TEST(WindowGeometry, PrimaryProjectorIsUsed) {
    const ScreenLayout screen{3200, 1080, {{kLaptopLeft, false}, {kProjectorRight, true}}};
    EXPECT_EQ(placeWindow(screen), (PixelRect{1920 + 128, 72, 1024, 576}));
}

TEST(WindowGeometry, FirstMonitorWhenNoneIsPrimary) {
    const ScreenLayout screen{3200, 1080, {{kProjectorLeft, false}, {kLaptopRight, false}}};
    EXPECT_EQ(placeWindow(screen), (PixelRect{128, 72, 1024, 576}));
}

TEST(WindowGeometry, MonitorsWithoutAreaAreIgnored) {
    const ScreenLayout screen{1920, 1080, {{{0, 0, 0, 0}, true}, {kLaptopLeft, false}}};
    EXPECT_EQ(placeWindow(screen), (PixelRect{192, 108, 1536, 864}));
}

TEST(WindowGeometry, NoMonitorsUsesTheWholeScreen) {
    EXPECT_EQ(placeWindow(ScreenLayout{2560, 1440, {}}), (PixelRect{256, 144, 2048, 1152}));
    EXPECT_EQ(placeWindow(ScreenLayout{2560, 1440, {}}, PixelSize{1600, 900}),
              (PixelRect{480, 270, 1600, 900}));
}

TEST(WindowGeometry, NothingKnownAssumesA1600x900Screen) {
    EXPECT_EQ(placeWindow(ScreenLayout{}), (PixelRect{160, 90, 1280, 720}));
    EXPECT_EQ(placeWindow(ScreenLayout{}, PixelSize{1024, 768}), (PixelRect{288, 66, 1024, 768}));
}

TEST(WindowGeometry, NeverSmallerThanTheMinimum) {
    // 80% of 320x240 would be 256x192.
    EXPECT_EQ(placeWindow(single(320, 240)), (PixelRect{0, 0, 320, 240}));
    // On a monitor smaller than the minimum the window keeps the minimum, centred.
    EXPECT_EQ(placeWindow(single(300, 200)), (PixelRect{-10, -20, 320, 240}));
}

TEST(WindowGeometry, SfmlCreationHeightKeepsItsFirstPositionOnScreen) {
    // SFML 2.5.1 creates the window at y = (screen width - h) / 2 and waits until it is visible.
    const auto sfmlY = [](int screenWidth, int h) { return (screenWidth - h) / 2; };
    // Screens at most twice as wide as high: nothing to do.
    EXPECT_EQ(aimap::sfmlSafeCreationHeight(1920, 1080, 864), 864);
    EXPECT_EQ(aimap::sfmlSafeCreationHeight(2560, 1440, 240), 240);
    // Laptop + projector, 3200x1080: 864 px high would start at y = 1168, below the screen.
    EXPECT_EQ(sfmlY(3200, 864), 1168);
    const int h = aimap::sfmlSafeCreationHeight(3200, 1080, 864);
    EXPECT_EQ(h, 1041);
    EXPECT_EQ(sfmlY(3200, h), 1079);     // the bottom row
    EXPECT_EQ(sfmlY(3200, h - 1), 1080); // just below the screen
    EXPECT_EQ(aimap::sfmlSafeCreationHeight(3200, 1080, 1080), 1080);
    // Two 1920x1080 monitors side by side.
    EXPECT_LE(sfmlY(3840, aimap::sfmlSafeCreationHeight(3840, 1080, 864)), 1079);
    // Unknown screen.
    EXPECT_EQ(aimap::sfmlSafeCreationHeight(0, 0, 864), 864);
}

TEST(WindowGeometry, PlanCreatesTallEnoughThenPlaces) {
    const ScreenLayout screen{3200, 1080, {{kLaptopLeft, true}, {kProjectorRight, false}}};
    const aimap::WindowPlan plan = aimap::planWindow(screen);
    EXPECT_EQ(plan.rect, (PixelRect{192, 108, 1536, 864}));
    EXPECT_EQ(plan.createSize.width, 1536);
    EXPECT_EQ(plan.createSize.height, 1041);
    const aimap::WindowPlan single = aimap::planWindow(ScreenLayout{1920, 1080, {}});
    EXPECT_EQ(single.createSize.width, single.rect.width);
    EXPECT_EQ(single.createSize.height, single.rect.height);
}
