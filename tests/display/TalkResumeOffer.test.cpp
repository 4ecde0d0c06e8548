// A running talk remembers where it is (talk-resume.json beside the settings) and, started again
// without --scene, offers to resume there (issue 15): Enter resumes, any other key declines and
// does what it does. The audience view hides the cursor after 2 s without a mouse move.
#include "core/talk/TalkResume.hpp"
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace aimap;
using namespace aimap::test;
using nlohmann::json;

namespace {

const std::string kTalk = std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json";

bool at(const json& d, int scene, int step) {
    return d.value("scene", 0) == scene && d.value("step", -1) == step;
}

} // namespace

TEST(TalkResumeOffer, ARestartedTalkOffersToResumeWhereItWasLeft) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    // Its own settings folder: other display tests present talks too.
    const std::filesystem::path config = testing::TempDir() + "aimap_resume_config";
    std::filesystem::remove_all(config);
    std::filesystem::create_directories(config);
    const std::string record = (config / "talk-resume.json").string();
    const std::string talkPath = std::filesystem::absolute(kTalk).lexically_normal().string();
    std::string error;
    ASSERT_TRUE(saveTalkResume(record, {talkPath, 2, 1}, error)) << error; // scene 3, one step in
    const std::string dump = testing::TempDir() + "aimap_resume_dump.json";
    const std::vector<std::string> argv{"/usr/bin/env", "AIMAP_CONFIG_DIR=" + config.string(),
                                        AIMAP_EXE,      "--size",
                                        "1280x720",     "--talk",
                                        kTalk,          "--ui-dump",
                                        dump,           "--exit-after-frames",
                                        "20000"};
    const auto press = [&](const std::string& keys) { run("xdotool key --delay 60 " + keys); };
    // Each start: scene 1 with the offer to resume at scene 3.
    const auto offered = [&](const AppWindow& window) {
        EXPECT_EQ(run("xdotool windowfocus --sync " + window.id).exitCode, 0);
        const json d = waitForDump(
            dump, [](const json& j) { return at(j, 1, 0) && j.contains("resume_offer"); }, 20);
        EXPECT_EQ(d["resume_offer"], 3) << d.dump();
    };
    {
        std::remove(dump.c_str());
        const AppWindow window(argv, "aimap - AI industry map");
        ASSERT_FALSE(window.id.empty());
        offered(window);
        press("Return");
        json d = waitForDump(
            dump, [](const json& j) { return at(j, 3, 1); }, 20);
        ASSERT_TRUE(at(d, 3, 1)) << "Enter resumes at scene 3, step 1: " << d["scene"] << "."
                                 << d["step"];
        EXPECT_TRUE(d["resume_offer"].is_null());
        press("Right");
        d = waitForDump(
            dump, [](const json& j) { return at(j, 3, 2); }, 20);
        ASSERT_TRUE(at(d, 3, 2));
        const auto saved = loadTalkResume(record);
        ASSERT_TRUE(saved);
        EXPECT_EQ(saved->talk, talkPath);
        EXPECT_EQ(saved->scene, 2u);
        EXPECT_EQ(saved->step, 2u) << "every move is remembered";
        // No cursor over the audience's map once the mouse rests for 2 s; a move brings it back.
        d = waitForDump(
            dump, [](const json& j) { return !j.value("cursor_visible", true); }, 15);
        EXPECT_FALSE(d.value("cursor_visible", true));
        run("xdotool mousemove --window " + window.id + " 300 300 mousemove --window " + window.id +
            " 320 310");
        d = waitForDump(
            dump, [](const json& j) { return j.value("cursor_visible", false); }, 10);
        EXPECT_TRUE(d.value("cursor_visible", false));
    }
    {
        // Started again: the offer is scene 3 (step 2); Right declines it and steps on from
        // scene 1 as it always does.
        std::remove(dump.c_str());
        const AppWindow window(argv, "aimap - AI industry map");
        ASSERT_FALSE(window.id.empty());
        offered(window);
        press("Right");
        json d = waitForDump(
            dump, [](const json& j) { return at(j, 1, 1); }, 20);
        EXPECT_TRUE(at(d, 1, 1)) << d["scene"] << "." << d["step"];
        EXPECT_TRUE(d["resume_offer"].is_null());
        const auto saved = loadTalkResume(record);
        ASSERT_TRUE(saved);
        EXPECT_EQ(saved->scene, 0u);
        EXPECT_EQ(saved->step, 1u);
    }
}
