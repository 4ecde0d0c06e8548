#include "app/Settings.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using aimap::Settings;

namespace {
// A folder of its own per test: ctest runs these tests as parallel processes, and a shared
// folder let one test delete the file another had just written (a flaky failure).
struct ConfigDir {
    std::string dir = testing::TempDir() + "aimap_settings_test_" +
                      testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
                      std::to_string(getpid());
    ConfigDir() {
        std::filesystem::remove_all(dir);
        setenv("AIMAP_CONFIG_DIR", dir.c_str(), 1);
    }
    ~ConfigDir() {
        unsetenv("AIMAP_CONFIG_DIR");
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};
} // namespace

TEST(Settings, RecentFilesRoundTripMostRecentFirstWithoutDuplicates) {
    ConfigDir cfg;
    Settings s;
    s.addRecent("/data/a.json");
    s.addRecent("/data/b.csv");
    s.addRecent("/data/a.json");
    ASSERT_TRUE(s.save());
    const Settings back = Settings::load();
    EXPECT_EQ(back.recentFiles, (std::vector<std::string>{"/data/a.json", "/data/b.csv"}));
    EXPECT_FALSE(std::filesystem::exists(Settings::path() + ".tmp")); // renamed into place
}

TEST(Settings, ListIsBounded) {
    ConfigDir cfg;
    Settings s;
    for (int i = 0; i < 20; ++i)
        s.addRecent("/data/" + std::to_string(i) + ".json");
    EXPECT_EQ(s.recentFiles.size(), Settings::kMaxRecent);
    EXPECT_EQ(s.recentFiles.front(), "/data/19.json");
}

TEST(Settings, BrokenFileGivesDefaultsNotACrash) {
    ConfigDir cfg;
    std::filesystem::create_directories(cfg.dir);
    std::ofstream(Settings::path()) << "{\"recent_files\": [1, 2, {";
    EXPECT_TRUE(Settings::load().recentFiles.empty());
    std::ofstream(Settings::path()) << "{\"recent_files\": [\"/ok.json\", 5]}";
    EXPECT_EQ(Settings::load().recentFiles, (std::vector<std::string>{"/ok.json"}));
}

// Regression: a recent file whose path is not valid UTF-8 made the JSON dump throw
// (type_error.316: "unexpected error" and a 0-byte settings.json.tmp left behind).
// Regression: a recent file whose path is not UTF-8 made the settings write throw (type_error.316),
// then came back with U+FFFD in place of its byte, a path that no longer opened.
TEST(Settings, APathThatIsNotUtf8IsSavedAndOpensAgain) {
    ConfigDir config;
    Settings s;
    s.addRecent("/data/caf\xE9.csv"); // Latin-1 é
    s.addRecent("/data/plain.csv");
    ASSERT_TRUE(s.save());
    const Settings back = Settings::load();
    ASSERT_EQ(back.recentFiles.size(), 2u);
    EXPECT_EQ(back.recentFiles[0], "/data/plain.csv");
    EXPECT_EQ(back.recentFiles[1], "/data/caf\xE9.csv"); // the same bytes
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(config.dir))
        ++files;
    EXPECT_EQ(files, 1u); // no temporary left
}

// Issue 14, item 6: "High contrast" is remembered with the recent files; an unknown or missing
// value is the normal palette.
TEST(Settings, PaletteRoundTripsAndUnknownIsNormal) {
    ConfigDir cfg;
    EXPECT_EQ(Settings::load().palette, aimap::Palette::Normal); // no file yet
    Settings s;
    s.addRecent("/data/a.json");
    s.palette = aimap::Palette::HighContrast;
    ASSERT_TRUE(s.save());
    const Settings back = Settings::load();
    EXPECT_EQ(back.palette, aimap::Palette::HighContrast);
    EXPECT_EQ(back.recentFiles, (std::vector<std::string>{"/data/a.json"}));
    std::ofstream(Settings::path()) << "{\"contrast\": \"bright\"}";
    EXPECT_EQ(Settings::load().palette, aimap::Palette::Normal);
    std::ofstream(Settings::path()) << "{\"contrast\": 1}";
    EXPECT_EQ(Settings::load().palette, aimap::Palette::Normal);
}

TEST(Settings, LanguageTalkAndWindowSizeRoundTrip) {
    ConfigDir cfg;
    Settings s;
    s.labels = "zh";
    s.lastTalk = "/talks/summit.json";
    s.windowSize = std::make_pair(1366u, 768u);
    ASSERT_TRUE(s.save());
    const Settings back = Settings::load();
    EXPECT_EQ(back.labels, "zh");
    EXPECT_EQ(back.lastTalk, "/talks/summit.json");
    ASSERT_TRUE(back.windowSize.has_value());
    EXPECT_EQ(*back.windowSize, std::make_pair(1366u, 768u));
    EXPECT_TRUE(back.problems.empty());
}

TEST(Settings, ABrokenFileIsReportedWithLineAndColumnAndKeptAside) {
    ConfigDir cfg;
    std::filesystem::create_directories(cfg.dir);
    std::ofstream(Settings::path()) << "{\"contrast\": \"high\",\n \"labels\": zh}\n";
    const Settings s = Settings::load();
    EXPECT_EQ(s.palette, aimap::Palette::Normal);
    EXPECT_TRUE(s.labels.empty());
    ASSERT_FALSE(s.problems.empty());
    EXPECT_EQ(s.problems.front().file, Settings::path());
    EXPECT_EQ(s.problems.front().location.rfind("2:", 0), 0u) << s.problems.front().format();
    EXPECT_FALSE(std::filesystem::exists(Settings::path()));
    EXPECT_TRUE(std::filesystem::exists(Settings::path() + ".broken"));
    // Saving then writes a good file in its place.
    ASSERT_TRUE(s.save());
    EXPECT_TRUE(Settings::load().problems.empty());
}

TEST(Settings, AFieldOfTheWrongKindIsReportedByItsPointerAndTheOthersKept) {
    ConfigDir cfg;
    std::filesystem::create_directories(cfg.dir);
    std::ofstream(Settings::path())
        << R"({"contrast": "high", "labels": 3, "window": {"width": 10, "height": 700},)"
        << R"( "recent_files": ["/a.json", 7]})";
    const Settings s = Settings::load();
    EXPECT_EQ(s.palette, aimap::Palette::HighContrast);
    EXPECT_TRUE(s.labels.empty());
    EXPECT_FALSE(s.windowSize.has_value());
    EXPECT_EQ(s.recentFiles, (std::vector<std::string>{"/a.json"}));
    std::vector<std::string> pointers;
    for (const auto& p : s.problems)
        pointers.push_back(p.location);
    EXPECT_EQ(pointers, (std::vector<std::string>{"/labels", "/window", "/recent_files/1"}));
}

TEST(Settings, TheLastDataFileIsTheMostRecentIfItStillExists) {
    ConfigDir cfg;
    std::filesystem::create_directories(cfg.dir);
    const std::string real = cfg.dir + "/real.json";
    std::ofstream(real) << "{}";
    Settings s;
    s.addRecent(real);
    EXPECT_EQ(s.lastDataFile(), std::filesystem::absolute(real).lexically_normal().string());
    s.addRecent(cfg.dir + "/gone.json");
    EXPECT_EQ(s.lastDataFile(), ""); // the bundled data then, not an older file
}
