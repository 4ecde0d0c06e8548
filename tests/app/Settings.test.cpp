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
