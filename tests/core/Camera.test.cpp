#include "core/camera/Camera.hpp"

#include <gtest/gtest.h>

#include <cmath>

using aimap::Box;
using aimap::Camera;
using aimap::Vec2;

namespace {
Camera fitted() {
    Camera c;
    c.setViewport({1920, 1080});
    c.fit(Box{{-2.6e6, -2.2e6}, {2.6e6, 2.3e6}}, 20);
    return c;
}
} // namespace

TEST(Camera, WorldScreenRoundTrip) {
    Camera c = fitted();
    c.zoomAt({300, 200}, 3.7);
    c.panPixels({-123, 45});
    for (double x = -2e6; x <= 2e6; x += 5e5)
        for (double y = -2e6; y <= 2e6; y += 5e5) {
            const Vec2 back = c.screenToWorld(c.worldToScreen({x, y}));
            EXPECT_NEAR(back.x, x, 1e-6);
            EXPECT_NEAR(back.y, y, 1e-6);
        }
}

TEST(Camera, FitShowsTheWholeBoxWithTheMargin) {
    const Camera c = fitted();
    const Vec2 a = c.worldToScreen({-2.6e6, 2.3e6}); // top-left
    const Vec2 b = c.worldToScreen({2.6e6, -2.2e6}); // bottom-right
    EXPECT_GE(a.x, 20 - 1e-6);
    EXPECT_GE(a.y, 20 - 1e-6);
    EXPECT_LE(b.x, 1900 + 1e-6);
    EXPECT_LE(b.y, 1060 + 1e-6);
    EXPECT_NEAR(c.zoomLevel(), 0.0, 1e-12);
}

TEST(Camera, NorthIsUp) {
    const Camera c = fitted();
    EXPECT_LT(c.worldToScreen({0, 1e6}).y, c.worldToScreen({0, 0}).y);
    EXPECT_GT(c.worldToScreen({1e6, 0}).x, c.worldToScreen({0, 0}).x);
}

TEST(Camera, ZoomKeepsThePointUnderTheCursor) {
    Camera c = fitted();
    const Vec2 cursor{1234, 321};
    const Vec2 before = c.screenToWorld(cursor);
    c.zoomAt(cursor, 2.0);
    const Vec2 after = c.screenToWorld(cursor);
    EXPECT_NEAR(after.x, before.x, 1e-6);
    EXPECT_NEAR(after.y, before.y, 1e-6);
    EXPECT_NEAR(c.zoomLevel(), 1.0, 1e-12);
}

TEST(Camera, ZoomIsClampedToLimits) {
    Camera c = fitted();
    for (int i = 0; i < 50; ++i)
        c.zoomAt({960, 540}, 2.0);
    EXPECT_NEAR(c.scale(), c.fitScale() * Camera::kMaxZoom, 1e-12);
    for (int i = 0; i < 50; ++i)
        c.zoomAt({960, 540}, 0.5);
    EXPECT_NEAR(c.scale(), c.fitScale() * Camera::kMinZoom, 1e-12);
}

TEST(Camera, PanMovesTheMapWithTheDrag) {
    Camera c = fitted();
    const Vec2 p{500, 500};
    const Vec2 w = c.screenToWorld(p);
    c.panPixels({30, -20});
    const Vec2 moved = c.worldToScreen(w);
    EXPECT_NEAR(moved.x, 530, 1e-6);
    EXPECT_NEAR(moved.y, 480, 1e-6);
}

TEST(Camera, IgnoresNonFiniteInput) {
    Camera c = fitted();
    const double s = c.scale();
    c.zoomAt({NAN, 3}, 2);
    c.zoomAt({3, 3}, INFINITY);
    c.panPixels({NAN, 0});
    EXPECT_EQ(c.scale(), s);
    EXPECT_TRUE(std::isfinite(c.centre().x));
}
