// The palette in the real executable (issue 14, item 6): --contrast, the saved "High contrast"
// setting, and a switch at run time, observed through --ui-dump's "contrast".
#include "support/Process.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace aimap::test;

namespace {

// A settings folder of its own, saying "high contrast" (as after a talk in a hall).
struct SavedHigh {
    std::string dir = testing::TempDir() + "aimap_contrast_" +
                      testing::UnitTest::GetInstance()->current_test_info()->name();
    SavedHigh() {
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        std::ofstream(dir + "/settings.json") << R"({"recent_files": [], "contrast": "high"})";
    }
    ~SavedHigh() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

std::string contrastOf(const SavedHigh& cfg, const std::string& args) {
    const std::string dump = cfg.dir + "/dump.json";
    std::remove(dump.c_str());
    const auto r = run("env AIMAP_CONFIG_DIR=" + quote(cfg.dir) + " " + quote(AIMAP_EXE) +
                       " --clock 09:30:00 --size 1280x720 --ui-dump " + quote(dump) + " " + args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(readFile(dump), nullptr, false);
    return j.is_object() && j["contrast"].is_string() ? j["contrast"].get<std::string>() : "?";
}

} // namespace

// Screenshots (slides, expected images) never depend on the settings file: normal unless
// --contrast says otherwise.
TEST(Contrast, ScreenshotsFollowTheCommandLineNotTheSettings) {
    SavedHigh cfg;
    const std::string png = " --screenshot " + quote(cfg.dir + "/shot.png");
    EXPECT_EQ(contrastOf(cfg, png), "normal");
    EXPECT_EQ(contrastOf(cfg, png + " --contrast high"), "high");
    EXPECT_EQ(contrastOf(cfg, png + " --contrast normal"), "normal");
}

// A window opens in the saved palette; --bench-contrast 1 switches it once at run time (as the
// checkbox does), and the window's last frames are in the other palette.
TEST(Contrast, AWindowOpensInTheSavedPaletteAndSwitchesAtRunTime) {
    SavedHigh cfg;
    EXPECT_EQ(contrastOf(cfg, "--exit-after-frames 3"), "high");
    EXPECT_EQ(contrastOf(cfg, "--bench-contrast 1"), "normal");
    EXPECT_EQ(contrastOf(cfg, "--contrast normal --bench-contrast 1"), "high");
}

TEST(Contrast, AnUnknownPaletteIsACommandLineError) {
    const auto r = run(quote(AIMAP_EXE) + " --contrast bright --print-marker jinan");
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("--contrast"), std::string::npos) << r.err;
}
