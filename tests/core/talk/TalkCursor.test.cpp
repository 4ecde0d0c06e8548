// The clicker over a talk (issue 15): every frame in order, back as slides go back, jumps.
#include "core/talk/TalkCursor.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

// Scenes with 1, 3 and 2 frames (0, 2 and 1 build steps).
Talk threeScenes() {
    Talk t;
    t.scenes.resize(3);
    t.scenes[1].steps.resize(2);
    t.scenes[2].steps.resize(1);
    return t;
}

} // namespace

TEST(TalkCursor, NextWalksEveryFrameAndStopsAtTheEnd) {
    const Talk t = threeScenes();
    TalkCursor c(t);
    std::vector<TalkPosition> seen{c.position()};
    while (c.next())
        seen.push_back(c.position());
    EXPECT_EQ(seen, (std::vector<TalkPosition>{{0, 0}, {1, 0}, {1, 1}, {1, 2}, {2, 0}, {2, 1}}));
    EXPECT_FALSE(c.next());
    EXPECT_EQ(c.position(), (TalkPosition{2, 1}));
}

TEST(TalkCursor, PreviousGoesBackToTheLastFrameOfTheSceneBefore) {
    const Talk t = threeScenes();
    TalkCursor c(t, {2, 0});
    EXPECT_TRUE(c.previous());
    EXPECT_EQ(c.position(), (TalkPosition{1, 2}));
    EXPECT_TRUE(c.previous());
    EXPECT_TRUE(c.previous());
    EXPECT_TRUE(c.previous());
    EXPECT_EQ(c.position(), (TalkPosition{0, 0}));
    EXPECT_FALSE(c.previous());
}

TEST(TalkCursor, HomeEndAndSceneNumbersJumpToAScenesFirstFrame) {
    const Talk t = threeScenes();
    TalkCursor c(t, {1, 2});
    c.last();
    EXPECT_EQ(c.position(), (TalkPosition{2, 0}));
    c.first();
    EXPECT_EQ(c.position(), (TalkPosition{0, 0}));
    EXPECT_TRUE(c.jumpToScene(2));
    EXPECT_EQ(c.position(), (TalkPosition{1, 0}));
    EXPECT_FALSE(c.jumpToScene(0));
    EXPECT_FALSE(c.jumpToScene(4));
    EXPECT_EQ(c.position(), (TalkPosition{1, 0}));
}

TEST(TalkCursor, AResumedPositionIsClampedToTheTalk) {
    const Talk t = threeScenes();
    EXPECT_EQ(TalkCursor(t, {7, 9}).position(), (TalkPosition{2, 1}));
    EXPECT_EQ(TalkCursor(t, {1, 9}).position(), (TalkPosition{1, 2}));
    const Talk empty;
    TalkCursor none(empty);
    EXPECT_FALSE(none.next());
    EXPECT_FALSE(none.previous());
}

TEST(TalkCursor, SceneOptionTakesNOrNDotKWithinTheTalk) {
    const Talk talk = threeScenes(); // frames: 1, 3 and 2
    std::string error;
    EXPECT_EQ(parseTalkPosition("1", talk, error), (TalkPosition{0, 0}));
    EXPECT_EQ(parseTalkPosition("2.2", talk, error), (TalkPosition{1, 2}));
    EXPECT_EQ(parseTalkPosition("3.1", talk, error), (TalkPosition{2, 1}));
    EXPECT_EQ(error, "");
    for (const char* bad : {"", "0", "4", "2.3", "3.2", "x", "1.", ".1", "-1", "1.1.1", "99999"}) {
        EXPECT_FALSE(parseTalkPosition(bad, talk, error)) << bad;
        EXPECT_NE(error.find("--scene"), std::string::npos) << bad << ": " << error;
    }
    parseTalkPosition("4", talk, error);
    EXPECT_EQ(error, "--scene 4: the talk has scenes 1 to 3");
    parseTalkPosition("2.3", talk, error);
    EXPECT_EQ(error, "--scene 2.3: scene 2 has build steps 0 to 2");
}
