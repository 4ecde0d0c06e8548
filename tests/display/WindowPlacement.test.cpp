// Where the real window opens: each test starts its own Xvfb (screen size and monitors of its
// choosing), runs aimap on it and reads the window's geometry with xdotool. The window must be
// fully inside the primary monitor, centred on it, at 80% of its size (or the --size asked for).
// Regressions: SFML 2.5.1 centred windows using the display's width for y as well (SFML #1951):
// the 1600x900 default opened at y = 510 on 1920x1080, its bottom 330 px below the screen; on a
// 3200x1080 screen (laptop + projector) at y = 1150, entirely below it, where SFML then waited
// forever for the window to become visible (no frame was ever drawn).
#include "support/Process.hpp"
#include "support/UiDump.hpp"
#include "support/XvfbServer.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <vector>

using namespace aimap::test;

namespace {

bool haveTool(const std::string& name) {
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

struct Rect {
    int x = 0, y = 0, width = 0, height = 0;
};

std::string str(const Rect& r) {
    return std::to_string(r.width) + "x" + std::to_string(r.height) + "+" + std::to_string(r.x) +
           "+" + std::to_string(r.y);
}

/// Opens aimap on the server and returns its window's geometry (client area, root coordinates)
/// once the first frame is drawn; a zero rectangle (and a test failure) otherwise.
Rect openedWindow(const XvfbServer& x, const std::string& name,
                  const std::vector<std::string>& extraArgs = {}) {
    const std::string dump = testing::TempDir() + "aimap_placement_" + name + ".json";
    std::remove(dump.c_str());
    std::vector<std::string> argv{"/usr/bin/env", "DISPLAY=" + x.display(),
                                  "LIBGL_ALWAYS_SOFTWARE=1", AIMAP_EXE, "--ui-dump", dump,
                                  // A safety net: the test stops the window itself.
                                  "--exit-after-frames", "3000"};
    argv.insert(argv.end(), extraArgs.begin(), extraArgs.end());
    const pid_t pid = spawn(argv);
    struct Guard {
        pid_t pid;
        ~Guard() { stop(pid); }
    } guard{pid};
    // The window is moved right after it is created, before the first frame; the dump is
    // written at the end of the first frame, so once it exists the move has been sent (and the
    // frame's GL round trips to the server have flushed it).
    const auto first = waitForDump(
        dump, [](const nlohmann::json& j) { return j.contains("metric"); }, 60);
    EXPECT_TRUE(first.contains("metric")) << "aimap drew no frame within 60 s";
    const auto win = x.run("xdotool search --sync --onlyvisible --name 'aimap - AI industry map'");
    EXPECT_EQ(win.exitCode, 0) << win.err;
    const std::string wid = win.out.substr(0, win.out.find('\n'));
    const XvfbServer::Geometry g = x.windowGeometry(wid);
    EXPECT_GT(g.width, 0) << "xdotool getwindowgeometry " << wid;
    return Rect{g.x, g.y, g.width, g.height};
}

/// The window is inside `monitor`, centred on it (to the pixel), and has the expected size.
void expectPlaced(const Rect& w, const Rect& monitor, int width, int height) {
    SCOPED_TRACE("window " + str(w) + " on monitor " + str(monitor));
    std::printf("measured: window %s on monitor %s\n", str(w).c_str(), str(monitor).c_str());
    EXPECT_EQ(w.width, width);
    EXPECT_EQ(w.height, height);
    EXPECT_GE(w.x, monitor.x);
    EXPECT_GE(w.y, monitor.y);
    EXPECT_LE(w.x + w.width, monitor.x + monitor.width);
    EXPECT_LE(w.y + w.height, monitor.y + monitor.height);
    EXPECT_EQ(w.x, monitor.x + (monitor.width - w.width) / 2);
    EXPECT_EQ(w.y, monitor.y + (monitor.height - w.height) / 2);
}

/// Splits the server's one screen into two XRandR monitors: the laptop (primary: the '*') takes
/// over the screen's output, the projector has none. Checks that the server lists them so.
testing::AssertionResult setLaptopAndProjector(const XvfbServer& x, const Rect& laptop,
                                               const Rect& projector) {
    // xrandr geometry: w/mmw x h/mmh + x + y (the millimetres only matter for DPI).
    const auto geometry = [](const Rect& r) {
        return std::to_string(r.width) + "/" + std::to_string(r.width * 254 / 1440) + "x" +
               std::to_string(r.height) + "/" + std::to_string(r.height * 254 / 1440) + "+" +
               std::to_string(r.x) + "+" + std::to_string(r.y);
    };
    const std::string laptopLine = "*laptop " + geometry(laptop);
    const std::string projectorLine = "projector " + geometry(projector);
    const auto a = x.run("xrandr --setmonitor '*laptop' " + geometry(laptop) + " screen");
    const auto b = x.run("xrandr --setmonitor projector " + geometry(projector) + " none");
    const auto list = x.run("xrandr --listactivemonitors");
    if (a.exitCode != 0 || b.exitCode != 0 || list.out.find(laptopLine) == std::string::npos ||
        list.out.find(projectorLine) == std::string::npos)
        return testing::AssertionFailure()
               << "xrandr --setmonitor did not give two monitors: " << a.err << b.err << list.out
               << list.err;
    return testing::AssertionSuccess();
}

struct Screen {
    const char* name;
    int width, height;                 ///< the X screen, pixels
    Rect primary;                      ///< the monitor the window must open on
    std::optional<Rect> projector;     ///< a second, non-primary monitor
    std::vector<std::string> args;     ///< extra command-line arguments
    int expectedWidth, expectedHeight; ///< the window's client area
};

// The case's name in test names (CTest shows it in place of the index).
void PrintTo(const Screen& s, std::ostream* os) {
    *os << s.name;
}

} // namespace

class WindowPlacement : public testing::TestWithParam<Screen> {};

TEST_P(WindowPlacement, OpensInsideThePrimaryMonitorAndCentredOnIt) {
    if (!haveTool("Xvfb") || !haveTool("xdotool") || !haveTool("xrandr"))
        GTEST_SKIP()
            << "needs Xvfb, xdotool and xrandr (packages xvfb, xdotool, x11-xserver-utils)";
    const Screen& s = GetParam();
    XvfbServer x(s.width, s.height);
    ASSERT_FALSE(x.display().empty()) << "Xvfb did not start";
    if (s.projector) {
        ASSERT_TRUE(setLaptopAndProjector(x, s.primary, *s.projector));
    }
    expectPlaced(openedWindow(x, s.name, s.args), s.primary, s.expectedWidth, s.expectedHeight);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Screens, WindowPlacement, testing::Values(
    Screen{"FullHd", 1920, 1080, {0, 0, 1920, 1080}, std::nullopt, {}, 1536, 864},
    Screen{"Qhd", 2560, 1440, {0, 0, 2560, 1440}, std::nullopt, {}, 2048, 1152},
    // The presenter's laptop with the old default size asked for: y = 90, not 510.
    Screen{"FullHdSize1600x900", 1920, 1080, {0, 0, 1920, 1080}, std::nullopt,
           {"--size", "1600x900"}, 1600, 900},
    // A laptop and a projector side by side on one 3200x1080 screen, the laptop primary.
    Screen{"LaptopThenProjector", 3200, 1080, {0, 0, 1920, 1080}, Rect{1920, 0, 1280, 720}, {},
           1536, 864},
    Screen{"ProjectorThenLaptop", 3200, 1080, {1280, 0, 1920, 1080}, Rect{0, 0, 1280, 720}, {},
           1536, 864}));
// clang-format on
