// Mouse and keyboard on the map, fed SFML events without a window.
#include "app/input/MapInput.hpp"

#include <gtest/gtest.h>

using namespace aimap;
using namespace std::chrono_literals;

namespace {

sf::Event button(sf::Event::EventType type, int x, int y) {
    sf::Event e;
    e.type = type;
    e.mouseButton.button = sf::Mouse::Left;
    e.mouseButton.x = x;
    e.mouseButton.y = y;
    return e;
}

/// A press and release at (x, y), read in a frame that polled its events at `poll`.
MapAction clickAt(MapInput& input, Camera& camera, MapInput::Clock::time_point poll, int x, int y) {
    input.beginEvents(poll);
    input.handle(button(sf::Event::MouseButtonPressed, x, y), camera, false, false);
    return input.handle(button(sf::Event::MouseButtonReleased, x, y), camera, false, false);
}

} // namespace

TEST(MapInput, TwoQuickClicksAreADoubleClickAndSlowOnesAreNot) {
    MapInput input;
    Camera camera;
    const auto t0 = MapInput::Clock::now();
    MapAction a = clickAt(input, camera, t0, 100, 100);
    EXPECT_EQ(a.kind, MapAction::Kind::Click);
    EXPECT_FALSE(a.doubleClick);
    input.beginEvents(t0 + 16ms);
    a = clickAt(input, camera, t0 + 200ms, 102, 101);
    EXPECT_TRUE(a.doubleClick);
    // 600 ms later, at 60 frames a second: two clicks, not a double-click.
    for (int f = 1; f < 37; ++f)
        input.beginEvents(t0 + 200ms + f * 16ms);
    a = clickAt(input, camera, t0 + 800ms, 102, 101);
    EXPECT_FALSE(a.doubleClick);
    // Quick, but 10 px away: not a double-click.
    a = clickAt(input, camera, t0 + 816ms, 112, 101);
    EXPECT_FALSE(a.doubleClick);
}

// Regression: under load (a worker indexing, software GL) one frame took longer than 450 ms and
// the second click of a double-click, read in the next frame, was timed from then: the display
// test ClusterClick failed one run in ten.
TEST(MapInput, ADoubleClickReadAcrossASlowFrameIsStillADoubleClick) {
    MapInput input;
    Camera camera;
    const auto t0 = MapInput::Clock::now();
    clickAt(input, camera, t0, 300, 200);
    // The frame that read the first click took 900 ms; the second click came during it.
    const MapAction a = clickAt(input, camera, t0 + 900ms, 300, 200);
    EXPECT_TRUE(a.doubleClick);
}

TEST(MapInput, ADragPansAndIsNoClick) {
    MapInput input;
    Camera camera;
    camera.setViewport({800, 600});
    camera.fit(Box{{-1e6, -1e6}, {1e6, 1e6}}, 0);
    const Vec2 before = camera.centre();
    input.beginEvents(MapInput::Clock::now());
    input.handle(button(sf::Event::MouseButtonPressed, 100, 100), camera, false, false);
    sf::Event move;
    move.type = sf::Event::MouseMoved;
    move.mouseMove.x = 160;
    move.mouseMove.y = 100;
    input.handle(move, camera, false, false);
    EXPECT_FALSE(input.hoverPoint()); // no hover while dragging
    const MapAction a =
        input.handle(button(sf::Event::MouseButtonReleased, 160, 100), camera, false, false);
    EXPECT_EQ(a.kind, MapAction::Kind::None);
    EXPECT_LT(camera.centre().x, before.x); // the map followed the cursor east: centre went west
    // A press the panels took never reaches the map.
    input.handle(button(sf::Event::MouseButtonPressed, 10, 10), camera, true, false);
    EXPECT_EQ(
        input.handle(button(sf::Event::MouseButtonReleased, 10, 10), camera, true, false).kind,
        MapAction::Kind::None);
}
