// Authoring a talk in the viewer (issue 15): after Esc, E opens the talk editor; its buttons add
// the map as it is now as a scene, reorder, save (atomically, a file that loads back) and present
// from the selected scene. Clicked with xdotool at the buttons' places from the UI dump.
#include "core/talk/TalkLoader.hpp"
#include "core/talk/TalkTestData.hpp"
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace aimap;
using namespace aimap::test;
using nlohmann::json;

TEST(TalkEditor, AddsTheMapAsASceneReordersSavesAndPresents) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const auto dir = freshTalkDir("editor");
    const std::string path = (dir / "talk.json").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << R"({"aimap_talk": 1, "title": "Edited", "dataset": ")" << kBundledData
            << R"(", "scenes": [{"title": "One", "camera": "china", "caption": "first"}]})";
    }
    const std::string dump = (dir / "dump.json").string();
    const AppWindow window({"/usr/bin/env", "AIMAP_CONFIG_DIR=" + (dir / "config").string(),
                            AIMAP_EXE, "--size", "1280x720", "--talk", path, "--ui-dump", dump,
                            "--exit-after-frames", "20000"},
                           "aimap - AI industry map");
    ASSERT_FALSE(window.id.empty());
    ASSERT_EQ(run("xdotool windowfocus --sync " + window.id).exitCode, 0);
    json d = waitForDump(
        dump, [](const json& j) { return j.value("presenting", false); }, 20);
    ASSERT_TRUE(d.value("presenting", false));
    run("xdotool key Escape");
    d = waitForDump(
        dump, [](const json& j) { return !j.value("presenting", true); }, 10);
    run("xdotool key e");
    d = waitForDump(
        dump,
        [](const json& j) {
            return j.contains("talk_editor") && j["talk_editor"].value("open", false) &&
                   j["talk_editor"]["buttons"].contains("add");
        },
        10);
    ASSERT_TRUE(d["talk_editor"].value("open", false)) << d["talk_editor"].dump();
    const auto click = [&](const std::string& button) {
        const json& b = d["talk_editor"]["buttons"][button];
        ASSERT_TRUE(b.is_array()) << button << " not drawn: " << d["talk_editor"].dump();
        run("xdotool mousemove --window " + window.id + " " + std::to_string(b[0].get<long>()) +
            " " + std::to_string(b[1].get<long>()) + " sleep 0.2 click 1");
    };
    click("add");
    d = waitForDump(
        dump, [](const json& j) { return j["talk_editor"].value("scenes", 0) == 2; }, 10);
    EXPECT_EQ(d["talk_editor"]["selected"], 1) << "the new scene, after the selected one";
    EXPECT_TRUE(d["talk_editor"].value("unsaved", false));
    click("up");
    d = waitForDump(
        dump, [](const json& j) { return j["talk_editor"].value("selected", -1) == 0; }, 10);
    EXPECT_EQ(d["talk_editor"]["selected"], 0);
    click("save");
    d = waitForDump(
        dump, [](const json& j) { return !j["talk_editor"].value("unsaved", true); }, 10);
    EXPECT_EQ(d["talk_editor"]["status"].get<std::string>().rfind("Saved ", 0), 0u)
        << d["talk_editor"].dump();
    // The file on disk: the map as it was (all of China, at zoom 0) first, then "One".
    const TalkLoadResult r = loadTalk(path, bundledContext());
    ASSERT_TRUE(r.talk) << r.diagnostics.format();
    ASSERT_EQ(r.talk->scenes.size(), 2u);
    EXPECT_EQ(r.talk->scenes[0].title, "Scene 2");
    EXPECT_EQ(r.talk->scenes[0].camera.kind, TalkCamera::Kind::Centre);
    EXPECT_NEAR(r.talk->scenes[0].camera.zoom, 0.0, 1e-6);
    EXPECT_EQ(r.talk->scenes[1].title, "One");
    EXPECT_EQ(r.talk->scenes[1].caption, "first");
    click("present");
    d = waitForDump(
        dump, [](const json& j) { return j.value("presenting", false); }, 10);
    EXPECT_EQ(d["scene"], 1);
    EXPECT_EQ(d["scene_count"], 2);
    EXPECT_FALSE(d["talk_editor"].value("open", true));
}
