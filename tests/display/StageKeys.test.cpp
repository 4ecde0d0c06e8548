// The presenter's keys on a real window (issue 15), pressed with xdotool under Xvfb and read
// back through --ui-dump: B blanks the screen to black (any key returns), L locks the mouse out
// of the map, F5 goes full screen through the window manager (openbox, when installed).
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace aimap::test;
using nlohmann::json;

namespace {

const std::string kExe = AIMAP_EXE;

struct Window {
    pid_t pid = -1;
    std::string id;
    std::string dump;
    ~Window() {
        if (pid > 0)
            stop(pid);
    }
    void key(const std::string& k) const { run("xdotool key --window " + id + " " + k); }
    json waitFor(const std::function<bool(const json&)>& pred, double seconds = 10) const {
        return waitForDump(dump, pred, seconds);
    }
};

// The colour of the window's centre pixel, as "r,g,b" (imagemagick's import reads the window).
std::string centrePixel(const std::string& wid) {
    const auto r =
        run("import -window " + wid + " -gravity center -crop 1x1+0+0 -depth 8 txt:- | tail -1");
    const auto open = r.out.find('(');
    const auto close = r.out.find(')', open);
    return open == std::string::npos ? r.out : r.out.substr(open + 1, close - open - 1);
}

} // namespace

TEST(StageKeys, BlankScreenAndMouseLock) {
    if (!haveProgram("xdotool") || !haveProgram("import"))
        GTEST_SKIP() << "xdotool or imagemagick not installed";
    Window w;
    w.dump = testing::TempDir() + "aimap_stage_dump.json";
    std::remove(w.dump.c_str());
    const auto pos = run(quote(kExe) + " --size 1280x720 --print-marker Jinan");
    ASSERT_EQ(pos.exitCode, 0) << pos.err;
    int x = 0, y = 0;
    std::istringstream(pos.out) >> x >> y;
    w.pid = spawn({kExe, "--size", "1280x720", "--ui-dump", w.dump, "--exit-after-frames", "6000"});
    ASSERT_GT(w.pid, 0);
    const auto win = run("xdotool search --sync --name \"aimap - AI industry map\"", 20);
    ASSERT_EQ(win.exitCode, 0) << win.err;
    w.id = win.out.substr(0, win.out.find('\n'));
    ASSERT_TRUE(w.waitFor([](const json& d) { return d.contains("blank"); }).contains("blank"));

    // B: black; the picture is black; any key brings the map back.
    w.key("b");
    auto d = w.waitFor([](const json& j) { return j.value("blank", json()) == "black"; });
    ASSERT_EQ(d.value("blank", json()), "black");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(centrePixel(w.id), "0,0,0");
    w.key("x");
    d = w.waitFor([](const json& j) { return j.contains("blank") && j["blank"].is_null(); });
    EXPECT_TRUE(d["blank"].is_null()) << d.dump();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_NE(centrePixel(w.id), "0,0,0");
    // W: white.
    w.key("w");
    d = w.waitFor([](const json& j) { return j.value("blank", json()) == "white"; });
    EXPECT_EQ(d.value("blank", json()), "white");
    w.key("space");
    w.waitFor([](const json& j) { return j.contains("blank") && j["blank"].is_null(); });

    // L: a click on Jinan opens nothing while locked; unlocked, it opens Jinan's card.
    w.key("l");
    d = w.waitFor([](const json& j) { return j.value("input_locked", false); });
    ASSERT_TRUE(d.value("input_locked", false));
    run("xdotool mousemove --window " + w.id + " " + std::to_string(x) + " " + std::to_string(y) +
        " sleep 0.2 click 1");
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    d = w.waitFor([](const json&) { return true; }, 1);
    EXPECT_TRUE(d["selected"].is_null()) << "a locked mouse selected " << d["selected"];
    w.key("l");
    w.waitFor([](const json& j) { return j.contains("input_locked") && !j["input_locked"]; });
    run("xdotool mousemove --window " + w.id + " " + std::to_string(x) + " " + std::to_string(y) +
        " sleep 0.2 click 1");
    d = w.waitFor([](const json& j) { return j.value("selected", json()) == "jinan"; });
    EXPECT_EQ(d.value("selected", json()), "jinan");
}

// F5 asks the window manager for full screen (EWMH), and again to leave it. Under openbox on the
// test's 1920x1080 Xvfb screen the window then fills the screen.
TEST(StageKeys, F5TogglesFullScreenThroughTheWindowManager) {
    if (!haveProgram("xdotool") || !haveProgram("openbox"))
        GTEST_SKIP() << "xdotool or openbox not installed";
    const std::string found = run("sh -c 'command -v openbox'").out; // `timeout` needs a program
    const pid_t wm = spawn({found.substr(0, found.find('\n')), "--sm-disable"}); // spawn: a path
    ASSERT_GT(wm, 0);
    // The window manager leaves with the test, and so do the root window's EWMH properties it
    // set: openbox leaves _NET_SUPPORTING_WM_CHECK naming its dead window, and xdotool of the
    // next tests then fails on it (BadWindow).
    struct WmGuard {
        pid_t pid;
        ~WmGuard() {
            stop(pid);
            for (const char* prop : {"_NET_SUPPORTING_WM_CHECK", "_NET_SUPPORTED",
                                     "_NET_ACTIVE_WINDOW", "_NET_CLIENT_LIST",
                                     "_NET_CLIENT_LIST_STACKING"})
                run(std::string("xprop -root -remove ") + prop);
        }
    } wmGuard{wm};
    // openbox announces itself on the root window (_NET_SUPPORTING_WM_CHECK) once it manages.
    for (int i = 0; i < 100; ++i) {
        if (run("xprop -root _NET_SUPPORTING_WM_CHECK").out.find("window id") != std::string::npos)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    Window w;
    w.dump = testing::TempDir() + "aimap_fullscreen_dump.json";
    std::remove(w.dump.c_str());
    w.pid = spawn({kExe, "--size", "1280x720", "--ui-dump", w.dump, "--exit-after-frames", "6000"});
    ASSERT_GT(w.pid, 0);
    const auto win = run("xdotool search --sync --name \"aimap - AI industry map\"", 20);
    ASSERT_EQ(win.exitCode, 0) << win.err;
    w.id = win.out.substr(0, win.out.find('\n'));
    auto d = w.waitFor([](const json& j) { return j.contains("fullscreen"); });
    ASSERT_FALSE(d.value("fullscreen", true));
    // A request for a window the manager does not manage yet is lost: wait until openbox has
    // framed it (it sets _NET_FRAME_EXTENTS then).
    bool managed = false;
    for (int i = 0; i < 100 && !managed; ++i) {
        managed =
            run("xprop -id " + w.id + " _NET_FRAME_EXTENTS").out.find('=') != std::string::npos;
        if (!managed)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_TRUE(managed) << "openbox never managed the window";
    w.key("F5");
    d = w.waitFor([](const json& j) {
        return j.value("fullscreen", false) && j["window"][0] == 1920 && j["window"][1] == 1080;
    });
    EXPECT_TRUE(d.value("fullscreen", false)) << d.dump();
    EXPECT_EQ(d["window"], json::array({1920, 1080}));
    w.key("F5");
    d = w.waitFor([](const json& j) { return j.contains("fullscreen") && !j["fullscreen"]; });
    EXPECT_FALSE(d.value("fullscreen", true)) << d.dump();
    EXPECT_NE(d["window"], json::array({1920, 1080}));
    // Esc leaves full screen too (and closes nothing else on the way).
    w.key("F5");
    w.waitFor([](const json& j) { return j.value("fullscreen", false); });
    w.key("Escape");
    d = w.waitFor([](const json& j) { return j.contains("fullscreen") && !j["fullscreen"]; });
    EXPECT_FALSE(d.value("fullscreen", true)) << d.dump();
}
