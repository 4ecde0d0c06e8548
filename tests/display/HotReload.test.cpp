// Editing the data file while aimap runs: a good edit shows (the goal is within a second; the
// time is printed, not asserted), a broken one shows its errors and keeps the previous data, the
// selection survives. Observed through --ui-dump.
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace aimap::test;
using Clock = std::chrono::steady_clock;

namespace {

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Saves like many editors do: write a temporary file, then rename it over the original.
void saveByRename(const std::string& path, const std::string& text) {
    writeFile(path + ".swp", text);
    std::filesystem::rename(path + ".swp", path);
}

} // namespace

TEST(HotReload, EditsShowAndBrokenSavesKeepTheLastGoodData) {
    const std::string dir = testing::TempDir() + "aimap_reload";
    std::filesystem::create_directories(dir);
    const std::string data = dir + "/talk.json";
    const std::string original = readFile(AIMAP_FIXTURES "/datasets/minimal.json");
    writeFile(data, original);
    const std::string dump = dir + "/dump.json";
    std::remove(dump.c_str());
    const pid_t pid = spawn({AIMAP_EXE, "--data", data, "--select", "jinan", "--size", "1280x720",
                             "--ui-dump", dump, "--exit-after-frames", "3000"});
    struct Guard {
        pid_t pid;
        ~Guard() { stop(pid); }
    } guard{pid};
    double took = 0;
    auto j = waitForDump(dump, [](const nlohmann::json& d) { return d.value("dataset_title", "") == "Minimal test dataset"; },
                     20, &took);
    ASSERT_EQ(j["dataset_title"], "Minimal test dataset");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));

    // 1. A good edit, saved in place.
    std::string edited = original;
    edited.replace(edited.find("Minimal test dataset"), 20, "Edited during the talk");
    writeFile(data, edited);
    j = waitForDump(dump, [](const nlohmann::json& d) { return d.value("dataset_title", "") == "Edited during the talk"; },
                5, &took);
    EXPECT_EQ(j["dataset_title"], "Edited during the talk");
    // The time is reported, not asserted (shared machines are noisy); the goal is under 1 s.
    RecordProperty("reload_seconds", std::to_string(took));
    std::printf("edit shown after %.2f s\n", took);
    EXPECT_EQ(j["selected"], "jinan"); // the view survives a reload
    EXPECT_EQ(j["load_errors"], 0);

    // 2. A broken save (by rename): errors shown, previous data kept.
    std::string broken = edited;
    broken.replace(broken.find("\"kind\""), 6, "\"kind\" \"");
    saveByRename(data, broken);
    j = waitForDump(dump, [](const nlohmann::json& d) { return d.value("load_errors", 0) > 0; }, 5,
                &took);
    EXPECT_GT(j["load_errors"].get<int>(), 0);
    EXPECT_EQ(j["dataset_title"], "Edited during the talk");
    EXPECT_EQ(j["selected"], "jinan");

    // 3. Fixed again (by rename): the errors go away.
    saveByRename(data, original);
    j = waitForDump(dump, [](const nlohmann::json& d) {
        return d.value("load_errors", -1) == 0 && d.value("dataset_title", "") == "Minimal test dataset";
    }, 5, &took);
    EXPECT_EQ(j["load_errors"], 0);
    std::printf("fixed file shown after %.2f s\n", took);
}

// A large file (over 8 MB) loads while the window is already open: the selection given on the
// command line is applied once it is there, and the enterprises are grouped into clusters.
TEST(LargeFile, LoadsBehindTheOpenWindowThenSelectsAndClusters) {
    const std::string dir = testing::TempDir() + "aimap_large";
    std::filesystem::create_directories(dir);
    const std::string data = dir + "/many.csv";
    {
        std::ofstream out(data, std::ios::binary | std::ios::trunc);
        out << "#aimap kind=synthetic title=\"Large test table\"\n";
        out << "name,lon,lat,sector,revenue (CNY),year,source\n";
        // 120 000 enterprises around Jinan and Qingdao, padded names: ~11 MB.
        for (int i = 0; i < 120000; ++i) {
            const bool jinan = i % 3 != 0;
            const double lon = (jinan ? 117.0 : 120.38) + (i % 97) * 0.001;
            const double lat = (jinan ? 36.65 : 36.07) + (i % 89) * 0.001;
            out << "Enterprise number " << i << " with a long padded test name," << lon << ','
                << lat << ",iot," << (1000 + i % 500) << ",2022,test fixture generator\n";
        }
    }
    ASSERT_GT(std::filesystem::file_size(data), 8u << 20);
    const std::string dump = dir + "/dump.json";
    std::remove(dump.c_str());
    const pid_t pid = spawn({AIMAP_EXE, "--data", data, "--select", "jinan", "--size", "1280x720",
                             "--ui-dump", dump, "--exit-after-frames", "3000"});
    struct Guard {
        pid_t pid;
        ~Guard() { stop(pid); }
    } guard{pid};
    double took = 0;
    auto j = waitForDump(dump, [](const nlohmann::json& d) { return d.value("dataset_title", "") == "Large test table"; },
                     60, &took);
    ASSERT_EQ(j["dataset_title"], "Large test table");
    std::printf("large file shown after %.2f s\n", took);
    EXPECT_EQ(j["selected"], "370100"); // Jinan, by its division code in an enterprise table
    EXPECT_EQ(j["load_errors"], 0);
    j = waitForDump(dump, [](const nlohmann::json& d) { return d.value("clusters_on_screen", 0) > 0; }, 30, &took);
    EXPECT_GT(j["clusters_on_screen"].get<int>(), 0);
}
