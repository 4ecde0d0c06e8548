// Clicks the largest cluster of an enterprise table in a real window with xdotool (under Xvfb in
// CI): the cluster card opens with its sum, sectors, members and sources; a double-click flies to
// the zoom where it splits. Observed through --ui-dump.
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace aimap::test;


TEST(ClusterClick, ClickOpensTheClusterCardAndDoubleClickSplitsIt) {
    if (std::system("command -v xdotool >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "xdotool not installed";
    const std::string dir = testing::TempDir() + "aimap_cluster_click";
    std::filesystem::create_directories(dir);
    const std::string data = dir + "/enterprises.csv";
    {
        // 600 enterprises in three groups a few km apart near Jinan: one cluster at national zoom.
        std::ofstream out(data, std::ios::binary | std::ios::trunc);
        out << "#aimap kind=synthetic title=\"Cluster click test\"\n";
        out << "name,lon,lat,sector,revenue (CNY),year,source\n";
        const char* sectors[] = {"iot", "cloud", "ai_chips"};
        for (int i = 0; i < 600; ++i) {
            const int g = i % 3;
            out << "E" << i << "," << 116.95 + 0.08 * g + (i % 7) * 0.001 << ","
                << 36.6 + 0.05 * g + (i % 5) * 0.001 << "," << sectors[g] << "," << 100 + i
                << ",2022,test\n";
        }
    }
    const std::string dump = dir + "/dump.json";
    std::remove(dump.c_str());
    const pid_t pid = spawn({AIMAP_EXE, "--data", data, "--metric", "enterprise_weight", "--size",
                             "1280x720", "--ui-dump", dump, "--exit-after-frames", "3000"});
    struct Guard {
        pid_t pid;
        ~Guard() { stop(pid); }
    } guard{pid};
    auto j = waitForDump(dump, [](const nlohmann::json& d) { return d.value("clusters_on_screen", 0) > 0; }, 20);
    ASSERT_GT(j.value("clusters_on_screen", 0), 0) << j.dump(1);
    const auto cluster = j["clusters"][0];
    EXPECT_EQ(cluster["count"], 600);
    const int zoomBefore = j["cluster_zoom"];
    const auto win = run("xdotool search --sync --name \"aimap - AI industry map\"", 20);
    ASSERT_EQ(win.exitCode, 0) << win.err;
    const std::string wid = win.out.substr(0, win.out.find('\n'));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const std::string at = std::to_string(cluster["x"].get<long>()) + " " +
                           std::to_string(cluster["y"].get<long>());

    // One click: no retry (a lost click is a bug).
    run("xdotool mousemove --window " + wid + " " + at + " sleep 0.2 click 1");
    j = waitForDump(
        dump,
        [](const nlohmann::json& d) {
            return d.contains("cluster_card") && !d["cluster_card"].is_null();
        },
        10);
    ASSERT_FALSE(j["cluster_card"].is_null()) << j.dump(1);
    const auto& card = j["cluster_card"];
    EXPECT_EQ(card["title"], "600 enterprises");
    EXPECT_EQ(card["count"], 600);
    double expected = 0;
    for (int i = 0; i < 600; ++i)
        expected += 100 + i;
    EXPECT_DOUBLE_EQ(card["sum"].get<double>(), expected);
    EXPECT_EQ(card["top"], 10);
    EXPECT_FALSE(card["sources"].empty());

    // The card may have moved the map (a short flight that keeps the cluster visible beside
    // it): click where it is once the flight is over.
    j = waitForDump(
        dump, [](const nlohmann::json& d) { return !d.value("flying", true); }, 10);
    ASSERT_FALSE(j.value("flying", true)) << j.dump(1);
    const auto now = j["clusters"][0];
    const std::string there = std::to_string(now["x"].get<long>()) + " " + std::to_string(now["y"].get<long>());
    run("xdotool mousemove --window " + wid + " " + there + " sleep 0.3 click --repeat 2 --delay 80 1");
    j = waitForDump(dump, [&](const nlohmann::json& d) { return d.value("cluster_zoom", -1) > zoomBefore; }, 10);
    EXPECT_GT(j["cluster_zoom"].get<int>(), zoomBefore)
        << "double-click zooms to where it splits; clicked at " << there << ", now: flying "
        << j["flying"] << ", camera " << j["camera"].dump() << ", cluster card "
        << j["cluster_card"].dump() << ", clusters " << j["clusters"].dump();
}

// --select-cluster in a window (not only in screenshots): the card opens once the clusters are on
// screen. Regression: after the App split it was applied by the screenshot mode only.
TEST(ClusterClick, SelectClusterOpensTheCardInAWindowToo) {
    const std::string dump = testing::TempDir() + "aimap_select_cluster_window.json";
    std::remove(dump.c_str());
    const pid_t pid = spawn({AIMAP_EXE, "--data", AIMAP_FIXTURES "/scenes/enterprises-2000.csv",
                             "--metric", "enterprise_weight", "--select-cluster", "Nanjing",
                             "--size", "1920x1080", "--ui-dump", dump, "--exit-after-frames",
                             "3000"});
    struct Guard {
        pid_t pid;
        ~Guard() { stop(pid); }
    } guard{pid};
    const auto j = waitForDump(
        dump, [](const nlohmann::json& d) { return d.contains("cluster_card") && !d["cluster_card"].is_null(); },
        20);
    ASSERT_TRUE(j.contains("cluster_card") && !j["cluster_card"].is_null()) << j.dump(1);
    // The cluster that the expected image cluster_card.png shows: 20 enterprises near Nanjing.
    EXPECT_EQ(j["cluster_card"]["title"], "20 enterprises");
    EXPECT_EQ(j["data_file"], AIMAP_FIXTURES "/scenes/enterprises-2000.csv");
}
