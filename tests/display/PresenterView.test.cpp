// A talk on two monitors (issue 15): on an Xvfb screen of its own split by XRandR into a laptop
// (primary) and a projector, under openbox, --audience-monitor 2 fills the projector with the
// audience view, borderless, and --presenter-view opens on the laptop; keys in either window
// move the talk, and both show the same frame.
#include "support/ImageCompare.hpp"
#include "support/Process.hpp"
#include "support/UiDump.hpp"
#include "support/XvfbServer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <thread>

using namespace aimap::test;
using nlohmann::json;

namespace {

std::string firstLine(const std::string& s) {
    return s.substr(0, s.find('\n'));
}

// The part `box` ([x, y, width, height], window pixels) of `image`, as a PNG file.
std::string crop(const std::string& image, const json& box, const std::string& out) {
    const auto i = [&](int k) {
        return std::to_string(static_cast<int>(std::lround(box[k].get<double>())));
    };
    run("convert " + quote(image) + " -crop " + i(2) + "x" + i(3) + "+" + i(0) + "+" + i(1) +
        " +repage " + quote(out));
    return out;
}

} // namespace

TEST(PresenterView, TheAudienceFillsTheProjectorAndThePresenterViewOpensOnTheLaptop) {
    for (const char* tool : {"Xvfb", "xdotool", "xrandr", "openbox"})
        if (!haveProgram(tool))
            GTEST_SKIP() << tool << " not installed";
    XvfbServer x(3200, 1080);
    ASSERT_FALSE(x.display().empty()) << "Xvfb did not start";
    // The laptop 1920x1080 (primary), the projector 1280x720 right of it.
    ASSERT_EQ(x.run("xrandr --setmonitor '*laptop' 1920/339x1080/191+0+0 screen").exitCode, 0);
    ASSERT_EQ(x.run("xrandr --setmonitor projector 1280/226x720/127+1920+0 none").exitCode, 0);
    const std::string openbox = firstLine(run("sh -c 'command -v openbox'").out);
    const pid_t wm = spawn({"/usr/bin/env", "DISPLAY=" + x.display(), openbox, "--sm-disable"});
    struct Guard {
        pid_t pid;
        ~Guard() { stop(pid); }
    } wmGuard{wm};
    for (int i = 0; i < 100; ++i) { // openbox manages once it announces itself
        if (x.run("xprop -root _NET_SUPPORTING_WM_CHECK").out.find("window id") !=
            std::string::npos)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    const std::string dump = testing::TempDir() + "aimap_presenter_view_dump.json";
    const std::string config = testing::TempDir() + "aimap_presenter_view_config";
    std::remove(dump.c_str());
    const pid_t app = spawn({"/usr/bin/env", "DISPLAY=" + x.display(), "LIBGL_ALWAYS_SOFTWARE=1",
                             "AIMAP_CONFIG_DIR=" + config, AIMAP_EXE, "--talk",
                             std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json",
                             "--audience-monitor", "2", "--presenter-view", "--ui-dump", dump,
                             "--exit-after-frames", "20000"});
    Guard appGuard{app};
    json d = waitForDump(
        dump,
        [](const json& j) {
            return j.contains("presenter") && j["presenter"].is_object() &&
                   j["presenter"].value("frames", 0) > 0;
        },
        60);
    ASSERT_TRUE(d.contains("presenter") && d["presenter"].is_object()) << d.dump();
    // Where the windows are, as the X server has them.
    const std::string audience =
        firstLine(x.run("xdotool search --sync --name 'aimap - AI industry map'").out);
    const std::string presenter =
        firstLine(x.run("xdotool search --sync --name 'aimap - presenter view'").out);
    ASSERT_FALSE(audience.empty());
    ASSERT_FALSE(presenter.empty());
    // openbox may take a moment to place them: wait for the audience on the projector.
    XvfbServer::Geometry a, p;
    for (int i = 0; i < 50; ++i) {
        a = x.windowGeometry(audience);
        p = x.windowGeometry(presenter);
        if (a.x == 1920 && a.width == 1280)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(a.x, 1920);
    EXPECT_EQ(a.y, 0);
    EXPECT_EQ(a.width, 1280) << "the whole projector";
    EXPECT_EQ(a.height, 720);
    EXPECT_GE(p.x, 0); // the presenter view inside the laptop's monitor
    EXPECT_GE(p.y, 0);
    EXPECT_LE(p.x + p.width, 1920);
    EXPECT_LE(p.y + p.height, 1080);
    EXPECT_EQ(p.width, 1536) << "80% of the laptop";
    EXPECT_EQ(d["window"][0], 1280);
    EXPECT_EQ(d["presenter"]["position"], "Scene 1 of 4, click 1 of 2");
    EXPECT_EQ(d["presenter"]["next"], "Next (1.1)");
    EXPECT_NE(d["presenter"]["notes"].get<std::string>().find("CAICT"), std::string::npos);

    // Pictures of the frames: "now" is what the audience's window shows (scaled down), "next"
    // is another frame. They are made while nothing moves, one at a time.
    d = waitForDump(
        dump,
        [](const json& j) {
            return j["presenter"].is_object() && j["presenter"]["pictures"].value("now", false) &&
                   j["presenter"]["pictures"].value("next", false);
        },
        60);
    const json& pictures = d["presenter"]["pictures"];
    ASSERT_TRUE(pictures.value("now", false) && pictures.value("next", false)) << d.dump();
    EXPECT_GE(pictures["made_ms"].size(), 2u);
    const json& nowBox = pictures["now_box"];
    EXPECT_NEAR(nowBox[2].get<double>() / nowBox[3].get<double>(), 1280.0 / 720, 0.01)
        << "the audience's aspect";
    if (haveProgram("import") && haveProgram("compare")) {
        const std::string dir = testing::TempDir();
        const std::string shot = dir + "aimap_presenter_view_window.png";
        const std::string stage = dir + "aimap_presenter_view_audience.png";
        ASSERT_EQ(x.run("import -window " + presenter + " " + quote(shot)).exitCode, 0);
        ASSERT_EQ(x.run("import -window " + audience + " " + quote(stage)).exitCode, 0);
        const std::string now = crop(shot, nowBox, dir + "aimap_presenter_view_now.png");
        const std::string next =
            crop(shot, pictures["next_box"], dir + "aimap_presenter_view_next.png");
        const std::string small = dir + "aimap_presenter_view_audience_small.png";
        const auto size = [&](const json& b) {
            return std::to_string(static_cast<int>(std::lround(b[2].get<double>()))) + "x" +
                   std::to_string(static_cast<int>(std::lround(b[3].get<double>())));
        };
        run("convert " + quote(stage) + " -resize " + size(nowBox) + "! " + quote(small));
        const double toNow = magickRmse(now, small);
        EXPECT_GE(toNow, 0.0) << "compare failed";
        EXPECT_LT(toNow, 0.08) << "the picture of now is not what the audience sees";
        const std::string smallNext = dir + "aimap_presenter_view_audience_next.png";
        run("convert " + quote(stage) + " -resize " + size(pictures["next_box"]) + "! " +
            quote(smallNext));
        EXPECT_GT(magickRmse(next, smallNext), toNow) << "the picture of next shows now";
    }

    // A key in the presenter view moves the talk; the audience follows.
    ASSERT_EQ(x.run("xdotool windowfocus --sync " + presenter).exitCode, 0);
    x.run("xdotool key Right");
    d = waitForDump(
        dump,
        [](const json& j) {
            return j.value("step", -1) == 1 && j["presenter"].is_object() &&
                   j["presenter"].value("position", "") == "Scene 1 of 4, click 2 of 2";
        },
        20);
    EXPECT_EQ(d.value("scene", 0), 1);
    EXPECT_EQ(d.value("step", -1), 1);
    EXPECT_EQ(d["presenter"]["next"], "Next (2)");
    EXPECT_EQ(d["presenter"]["now"], d["caption"]) << "both show the same frame";
    // ...and one in the audience's window too.
    ASSERT_EQ(x.run("xdotool windowfocus --sync " + audience).exitCode, 0);
    x.run("xdotool key Right");
    d = waitForDump(
        dump,
        [](const json& j) {
            return j.value("scene", 0) == 2 && j["presenter"].is_object() &&
                   j["presenter"].value("next", "") == "Next (2.1)";
        },
        20);
    EXPECT_EQ(d.value("scene", 0), 2);
    EXPECT_EQ(d["presenter"]["position"], "Scene 2 of 4, click 1 of 3");
    EXPECT_EQ(d["presenter"]["now"], d["caption"]);
}

TEST(PresenterView, AMonitorTheScreenDoesNotHaveIsAClearError) {
    const auto r = run(quote(AIMAP_EXE) + " --talk " +
                       quote(std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json") +
                       " --audience-monitor 5 --presenter-view --exit-after-frames 1");
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("--audience-monitor 5: no such monitor; 1: "), std::string::npos) << r.err;
    const auto noTalk = run(quote(AIMAP_EXE) + " --presenter-view --exit-after-frames 1");
    EXPECT_EQ(noTalk.exitCode, 2);
    EXPECT_NE(noTalk.err.find("add --talk FILE"), std::string::npos) << noTalk.err;
}
