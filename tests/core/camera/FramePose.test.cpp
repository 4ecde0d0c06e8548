// A talk's "fit" camera (issue 15): the box whole and centred in the part of the window no panel
// covers, checked through the camera's own projection.
#include "core/camera/FramePose.hpp"
#include "core/camera/Camera.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

Camera cameraAt(const CameraPose& p, Vec2 viewport) {
    Camera c;
    c.setViewport(viewport);
    c.fit(Box{{-1e7, -1e7}, {1e7, 1e7}}, 0); // limits wide enough for any pose below
    c.setScale(p.scale);
    c.setCentre(p.centre);
    return c;
}

} // namespace

TEST(FramePose, TheBoxFillsTheFreePartCentredWithItsMargin) {
    const Vec2 viewport{1280, 720};
    const Box free{{0, 0}, {820, 720}};              // a card at the right
    const Box world{{1000, 2000}, {401000, 302000}}; // 400 km x 300 km
    const CameraPose p = framePose(world, viewport, free, 40, 1e-9, 1);
    const Camera c = cameraAt(p, viewport);
    const Vec2 a = c.worldToScreen({world.min.x, world.max.y}); // top left on screen
    const Vec2 b = c.worldToScreen({world.max.x, world.min.y}); // bottom right
    // Width bound: (820 - 80) / 400 km; the height then uses 555 of the 640 px.
    EXPECT_NEAR(b.x - a.x, 740, 1e-6);
    EXPECT_NEAR((a.x + b.x) / 2, 410, 1e-6);
    EXPECT_NEAR((a.y + b.y) / 2, 360, 1e-6);
    EXPECT_GE(a.y, 40 - 1e-6);
    EXPECT_LE(b.y, 680 + 1e-6);
}

TEST(FramePose, ZoomLimitsAndASinglePoint) {
    const Vec2 viewport{1000, 1000};
    const Box free{{0, 0}, {1000, 1000}};
    const Box tiny{{0, 0}, {1, 1}};
    EXPECT_DOUBLE_EQ(framePose(tiny, viewport, free, 0, 1e-6, 0.5).scale, 0.5);
    const Box huge{{0, 0}, {1e9, 1e9}};
    EXPECT_DOUBLE_EQ(framePose(huge, viewport, free, 0, 1e-6, 0.5).scale, 1e-6);
    const Box point{{5, 7}, {5, 7}};
    const CameraPose p = framePose(point, viewport, free, 0, 1e-6, 0.8);
    EXPECT_DOUBLE_EQ(p.scale, 0.1);
    EXPECT_DOUBLE_EQ(p.centre.x, 5);
    EXPECT_DOUBLE_EQ(p.centre.y, 7);
}
