// The presenter's keys as plain state (issue 15): blank screens, the mouse lock, full screen.
#include "app/input/StageKeys.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

sf::Event key(sf::Keyboard::Key code, bool control = false) {
    sf::Event e{};
    e.type = sf::Event::KeyPressed;
    e.key.code = code;
    e.key.control = control;
    return e;
}

sf::Event click() {
    sf::Event e{};
    e.type = sf::Event::MouseButtonPressed;
    e.mouseButton.button = sf::Mouse::Left;
    return e;
}

} // namespace

TEST(StageKeys, BAndPeriodBlankToBlackWAndCommaToWhiteAnyKeyReturns) {
    for (auto k : {sf::Keyboard::B, sf::Keyboard::Period}) {
        StageKeys s;
        EXPECT_TRUE(s.handle(key(k), false).consumed);
        EXPECT_EQ(s.blank(), Blank::Black);
        // The key that brings the map back does nothing else (it is not passed on).
        EXPECT_TRUE(s.handle(key(sf::Keyboard::Right), false).consumed);
        EXPECT_EQ(s.blank(), Blank::None);
        EXPECT_FALSE(s.handle(key(sf::Keyboard::Right), false).consumed);
    }
    for (auto k : {sf::Keyboard::W, sf::Keyboard::Comma}) {
        StageKeys s;
        s.handle(key(k), false);
        EXPECT_EQ(s.blank(), Blank::White);
        EXPECT_TRUE(s.handle(click(), false).consumed); // the mouse does nothing on a blank
        EXPECT_EQ(s.blank(), Blank::White);
    }
}

TEST(StageKeys, LLocksTheMouseOutOfTheMap) {
    StageKeys s;
    EXPECT_FALSE(s.handle(click(), false).consumed);
    const auto r = s.handle(key(sf::Keyboard::L), false);
    EXPECT_TRUE(r.lockChanged);
    EXPECT_TRUE(s.locked());
    EXPECT_TRUE(s.handle(click(), false).consumed);
    sf::Event wheel{};
    wheel.type = sf::Event::MouseWheelScrolled;
    EXPECT_TRUE(s.handle(wheel, false).consumed);
    EXPECT_FALSE(s.handle(key(sf::Keyboard::Add), false).consumed); // keys still work
    s.handle(key(sf::Keyboard::L), false);
    EXPECT_FALSE(s.locked());
    EXPECT_FALSE(s.handle(click(), false).consumed);
}

TEST(StageKeys, F5AndFToggleFullScreen) {
    StageKeys s;
    EXPECT_TRUE(s.handle(key(sf::Keyboard::F5), false).toggleFullscreen);
    EXPECT_TRUE(s.handle(key(sf::Keyboard::F), false).toggleFullscreen);
    EXPECT_FALSE(s.handle(key(sf::Keyboard::G), false).toggleFullscreen);
}

// Letters typed into a text field (the open dialog's path) are text, not commands; nor are
// shortcuts with Ctrl.
TEST(StageKeys, TypingAndShortcutsAreNotCommands) {
    StageKeys s;
    EXPECT_FALSE(s.handle(key(sf::Keyboard::B), true).consumed);
    EXPECT_FALSE(s.handle(key(sf::Keyboard::L, true), false).consumed);
    EXPECT_EQ(s.blank(), Blank::None);
    EXPECT_FALSE(s.locked());
}

TEST(StageKeys, PPlaysOrPausesTheTimelineAndClashesWithNoOtherKey) {
    StageKeys s;
    const auto r = s.handle(key(sf::Keyboard::P), false);
    EXPECT_TRUE(r.consumed);
    EXPECT_TRUE(r.toggleTimeline);
    EXPECT_FALSE(r.toggleFullscreen || r.lockChanged || r.blankChanged);
    EXPECT_EQ(s.blank(), Blank::None);
    EXPECT_FALSE(s.locked());
    EXPECT_FALSE(s.handle(key(sf::Keyboard::P), true).toggleTimeline); // Ctrl+P: not ours
    EXPECT_FALSE(s.handle(key(sf::Keyboard::P), /*uiWantsKeyboard=*/true).toggleTimeline);
    for (auto k : {sf::Keyboard::B, sf::Keyboard::W, sf::Keyboard::F, sf::Keyboard::L,
                   sf::Keyboard::Space, sf::Keyboard::R})
        EXPECT_FALSE(StageKeys().handle(key(k), false).toggleTimeline);
}
