// Authoring a talk in the viewer (issue 15): the view now as a scene that saves and loads back
// unchanged; reordering and removing scenes.
#include "core/talk/TalkEditing.hpp"
#include "core/talk/TalkTestData.hpp"
#include "core/talk/TalkWriter.hpp"

#include <gtest/gtest.h>

using namespace aimap;
using namespace aimap::test;

namespace {

Talk titled(std::initializer_list<const char*> titles) {
    Talk t;
    for (const char* title : titles) {
        TalkScene s;
        s.title = title;
        t.scenes.push_back(s);
    }
    return t;
}

std::string order(const Talk& t) {
    std::string out;
    for (const auto& s : t.scenes)
        out += s.title;
    return out;
}

} // namespace

TEST(TalkEditing, TheViewNowBecomesASceneThatSavesAndLoadsBackUnchanged) {
    const Dataset& ds = bundledData();
    ViewState view = defaultView(ds);
    view.dataset = kBundledData;
    view.metric = *ds.metricIndex("ai_enterprises_count");
    view.year = 2018;
    view.selectedCity = ds.cityIndex("jinan");
    view.zones = 1;
    view.labels = LabelMode::Chinese;
    Talk talk;
    talk.title = "Authored";
    insertScene(talk, 0, sceneFromView(view, {117.0, 36.65}, 3.5, {true, false, true}, 1));
    const TalkScene& s = talk.scenes[0];
    EXPECT_EQ(s.title, "Scene 1");
    EXPECT_EQ(s.camera.kind, TalkCamera::Kind::Centre);
    EXPECT_EQ(s.camera.zoom, 3.5);
    EXPECT_TRUE(s.cards.city && s.cards.national);
    EXPECT_TRUE(s.spotlight.empty());
    talk.scenes[0].caption = "Jinan, 2018";
    talk.scenes[0].notes = "Said aloud.";
    const auto dir = freshTalkDir("editing");
    const std::string path = (dir / "authored.json").string();
    std::string error;
    ASSERT_TRUE(saveTalk(path, talk, ds, &bundledProvinces(), error)) << error;
    const TalkLoadResult r = loadTalk(path, bundledContext());
    ASSERT_TRUE(r.talk) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.warningCount(), 0u) << r.diagnostics.format();
    EXPECT_TRUE(*r.talk == talk) << talkText(*r.talk, ds) << "\n---\n" << talkText(talk, ds);
}

TEST(TalkEditing, NoCityCardWithoutASelectedCity) {
    ViewState view;
    const TalkScene s = sceneFromView(view, {110, 35}, 0, {true, true, false}, 4);
    EXPECT_EQ(s.title, "Scene 4");
    EXPECT_FALSE(s.cards.city);
    EXPECT_FALSE(s.cards.cluster);
}

TEST(TalkEditing, ScenesInsertMoveAndGoButTheLastOneStays) {
    Talk t = titled({"A", "B", "C"});
    EXPECT_EQ(insertScene(t, 0, titled({"X"}).scenes[0]), 1u);
    EXPECT_EQ(order(t), "AXBC");
    EXPECT_EQ(insertScene(t, 99, titled({"Y"}).scenes[0]), 4u);
    EXPECT_EQ(order(t), "AXBCY");
    EXPECT_EQ(moveScene(t, 1, -1), 0u);
    EXPECT_EQ(order(t), "XABCY");
    EXPECT_EQ(moveScene(t, 0, -1), 0u) << "the first stays first";
    EXPECT_EQ(moveScene(t, 4, +1), 4u) << "the last stays last";
    EXPECT_EQ(moveScene(t, 2, +1), 3u);
    EXPECT_EQ(order(t), "XACBY");
    EXPECT_EQ(removeScene(t, 4), 3u) << "after removing the last, its predecessor is selected";
    EXPECT_EQ(order(t), "XACB");
    EXPECT_EQ(removeScene(t, 0), 0u);
    EXPECT_EQ(order(t), "ACB");
    Talk one = titled({"A"});
    EXPECT_EQ(removeScene(one, 0), 0u);
    EXPECT_EQ(order(one), "A") << "a talk keeps one scene";
}
