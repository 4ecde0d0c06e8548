// The presenter view's text (issue 15): where the talk is, now and next, notes, the time.
#include "core/talk/PresenterModel.hpp"
#include "core/talk/TalkTestData.hpp"

#include <gtest/gtest.h>

using namespace aimap;
using namespace aimap::test;

namespace {

Talk example() {
    TalkContext ctx = bundledContext();
    const std::string path = AIMAP_ROOT "/data/talks/ai-industrial-map-2020.json";
    ctx.datasetPath = resolveTalkDataset(path, "../ai-cities.json", "");
    const TalkLoadResult r = loadTalk(path, ctx);
    EXPECT_TRUE(r.talk) << r.diagnostics.format();
    return r.talk ? *r.talk : Talk{};
}

} // namespace

TEST(PresenterModel, ElapsedTimeReadsAsMinutesThenHours) {
    EXPECT_EQ(formatElapsed(0), "0:00");
    EXPECT_EQ(formatElapsed(59.9), "0:59");
    EXPECT_EQ(formatElapsed(725), "12:05");
    EXPECT_EQ(formatElapsed(3723), "1:02:03");
    EXPECT_EQ(formatElapsed(-5), "0:00");
    EXPECT_EQ(formatElapsed(std::nan("")), "0:00");
}

TEST(PresenterModel, ShowsNowNextNotesAndTheTimeOfTheExampleTalk) {
    const Talk talk = example();
    ASSERT_EQ(talk.scenes.size(), 4u);
    const PresenterModel m =
        presenterModel(talk, bundledData(), {0, 0}, 725, 14 * 60 + 32, UiLanguage::En);
    EXPECT_EQ(m.talkTitle, "The 2020 Global AI Industrial Map: China's AI cities");
    EXPECT_EQ(m.position, "Scene 1 of 4, click 1 of 2");
    EXPECT_EQ(m.nowTitle, "Headline");
    EXPECT_EQ(m.nowCaption.rfind("2020 Global AI Industrial Map: the global AI industry", 0), 0u);
    EXPECT_EQ(m.nextHeading, "Next (1.1)");
    EXPECT_EQ(m.nextTitle, "Headline");
    EXPECT_EQ(m.nextCaption.rfind("\"Jinan ... has developed", 0), 0u) << m.nextCaption;
    EXPECT_TRUE(m.hasNotes);
    EXPECT_EQ(m.notes.rfind("The map (CAICT) was released on 19 April 2021", 0), 0u);
    EXPECT_EQ(m.time, "Elapsed 12:05   Clock 14:32");
    // The last frame of scene 1: next is scene 2's first frame.
    const PresenterModel n = presenterModel(talk, bundledData(), {0, 1}, 0, 0, UiLanguage::En);
    EXPECT_EQ(n.nextHeading, "Next (2)");
    EXPECT_EQ(n.nextTitle, "Pilot zones");
    EXPECT_EQ(n.nextCaption,
              "The national AI pilot zones: none had been approved by the end of 2018.");
}

TEST(PresenterModel, TheLastFrameHasNoNextAndChineseCaptionsShowInChinese) {
    const Talk talk = example();
    ASSERT_EQ(talk.scenes.size(), 4u);
    const std::size_t last = frameCount(talk.scenes[3]) - 1;
    const PresenterModel end = presenterModel(talk, bundledData(), {3, last}, 0, 0, UiLanguage::En);
    EXPECT_EQ(end.nextHeading, "End of the talk");
    EXPECT_EQ(end.nextTitle, "");
    const PresenterModel zh =
        presenterModel(talk, bundledData(), {2, 0}, 0, 23 * 60 + 5, UiLanguage::Zh);
    EXPECT_EQ(zh.nowCaption, "济南,2018年:人工智能企业89家。");
    EXPECT_EQ(zh.position, "第 3 / 4 场，第 1 / 6 步");
    EXPECT_EQ(zh.time, "已用时 0:00   时间 23:05");
}

TEST(PresenterModel, AnUntitledSceneWithoutNotesSaysSo) {
    Talk talk;
    talk.scenes.resize(2);
    talk.scenes[1].title = "Two";
    const PresenterModel m = presenterModel(talk, bundledData(), {0, 0}, 0, 0, UiLanguage::En);
    EXPECT_EQ(m.nowTitle, "Scene 1");
    EXPECT_EQ(m.position, "Scene 1 of 2");
    EXPECT_FALSE(m.hasNotes);
    EXPECT_EQ(m.notes, "(no notes for this scene)");
    EXPECT_EQ(m.nextTitle, "Two");
}

TEST(PresenterModel, NamesTheFramesOnScreenAndNextForTheirPictures) {
    const Talk talk = example();
    ASSERT_EQ(talk.scenes.size(), 4u);
    const PresenterModel m = presenterModel(talk, bundledData(), {1, 2}, 0, 0, UiLanguage::En);
    EXPECT_EQ(m.now, (TalkPosition{1, 2}));
    ASSERT_TRUE(m.next);
    EXPECT_EQ(*m.next, (TalkPosition{2, 0}));
    const std::size_t last = frameCount(talk.scenes[3]) - 1;
    EXPECT_FALSE(presenterModel(talk, bundledData(), {3, last}, 0, 0, UiLanguage::En).next);
}

TEST(PresenterModel, PicturesAreMadeNowThenNextThenOnwardWrappingToTheStart) {
    const Talk talk = example();
    std::size_t frames = 0;
    for (const TalkScene& s : talk.scenes)
        frames += frameCount(s);
    ASSERT_EQ(frames, 14u);
    const std::vector<TalkPosition> order = thumbnailOrder(talk, {1, 2});
    ASSERT_EQ(order.size(), frames) << "every frame once";
    EXPECT_EQ(order[0], (TalkPosition{1, 2}));
    EXPECT_EQ(order[1], (TalkPosition{2, 0}));
    EXPECT_EQ(order[2], (TalkPosition{2, 1}));
    EXPECT_EQ(order.back(), (TalkPosition{1, 1})) << "the frame before now comes last";
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1; j < order.size(); ++j)
            EXPECT_NE(order[i], order[j]);
    // A position past the talk is clamped, as the cursor does; an empty talk has no pictures.
    EXPECT_EQ(thumbnailOrder(talk, {99, 0}).size(), frames);
    EXPECT_TRUE(thumbnailOrder(Talk{}, {0, 0}).empty());
}
