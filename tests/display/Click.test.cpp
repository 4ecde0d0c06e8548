// Clicks Jinan's marker in a real window with xdotool (under Xvfb in CI) and checks the card the
// application opened, through the JSON it writes with --ui-dump.
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace aimap::test;

namespace {
const std::string kTitle = "aimap - AI industry map";
} // namespace

TEST(Click, ClickingJinanOpensItsCardWithFiguresAndSources) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const std::string exe = AIMAP_EXE;
    const auto pos = run(quote(exe) + " --size 1280x720 --print-marker Jinan");
    ASSERT_EQ(pos.exitCode, 0) << pos.err;
    int x = 0, y = 0;
    std::istringstream(pos.out) >> x >> y;

    const std::string dump = testing::TempDir() + "aimap_click_dump.json";
    std::remove(dump.c_str());
    // Wait for the window, then click Jinan (coordinates relative to the window).
    const AppWindow window(
        {exe, "--size", "1280x720", "--ui-dump", dump, "--exit-after-frames", "3000"}, kTitle);
    ASSERT_FALSE(window.id.empty());
    const std::string& wid = window.id;
    // One click, once the window draws (its first dump): no retry (a lost click is a bug).
    waitForDump(
        dump, [](const nlohmann::json& d) { return d.contains("selected"); }, 20);
    run("xdotool mousemove --window " + wid + " " + std::to_string(x) + " " + std::to_string(y) +
        " sleep 0.2 click 1");
    const nlohmann::json j = waitForDump(
        dump,
        [](const nlohmann::json& d) { return d.value("selected", nlohmann::json()) == "jinan"; },
        10);
    ASSERT_TRUE(j.is_object());
    ASSERT_EQ(j["selected"], "jinan") << j.dump(1);
    const auto& card = j["card"];
    std::map<std::string, std::vector<std::string>> texts;
    for (const auto& m : card["metrics"]) {
        for (const auto& f : m["figures"]) {
            texts[m["id"]].push_back(std::to_string(f["year"].get<int>()) + " " +
                                     f["text"].get<std::string>());
            EXPECT_FALSE(f["sources"].empty()) << m["id"];
        }
    }
    EXPECT_EQ(texts["ai_industry_scale_cny"],
              (std::vector<std::string>{"2018 41.7 bn CNY", "2020 70 bn CNY"}));
    EXPECT_EQ(texts["ai_enterprises_count"], (std::vector<std::string>{"2018 89", "2020 281"}));
    EXPECT_EQ(texts["ai_rd_investment_cny"],
              (std::vector<std::string>{"2018 623 m CNY", "2020 1.05 bn CNY"}));
    EXPECT_EQ(texts["ai_core_industry_scale_cny"], (std::vector<std::string>{"2022 27.1 bn CNY"}));
}

// Issue 14: with a card open the controls fold to one line (the map keeps 70% of the window);
// their arrow unfolds them. Regression: the click on the arrow also reached the map and closed
// the card (3 runs in 8) when the move onto the panel and the click came in one batch of events.
TEST(Click, FoldedControlsUnfoldWithTheirArrow) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const std::string exe = AIMAP_EXE;
    const std::string dump = testing::TempDir() + "aimap_fold_dump.json";
    std::remove(dump.c_str());
    const AppWindow window({exe, "--size", "1280x720", "--select", "shanghai", "--ui-dump", dump,
                            "--exit-after-frames", "3000"},
                           kTitle);
    ASSERT_FALSE(window.id.empty());
    const std::string& wid = window.id;
    const auto controlsHeight = [](const nlohmann::json& d) {
        return d.contains("panel_rects") && !d["panel_rects"].empty()
                   ? d["panel_rects"][0][3].get<double>()
                   : -1.0;
    };
    // Folded: one line.
    const auto folded = waitForDump(
        dump,
        [&](const nlohmann::json& d) {
            return d.value("selected", nlohmann::json()) == "shanghai" && controlsHeight(d) > 0 &&
                   controlsHeight(d) < 80;
        },
        20);
    ASSERT_EQ(folded.value("selected", nlohmann::json()), "shanghai") << folded.dump(1);
    ASSERT_LT(controlsHeight(folded), 80) << folded["panel_rects"].dump();
    // The arrow is the first thing in the bar: inside the window padding, at its left.
    const auto& bar = folded["panel_rects"][0];
    const int x = static_cast<int>(bar[0].get<double>() + 18);
    const int y = static_cast<int>(bar[1].get<double>() + bar[3].get<double>() / 2);
    run("xdotool mousemove --window " + wid + " " + std::to_string(x) + " " + std::to_string(y) +
        " sleep 0.2 click 1");
    const auto open = waitForDump(
        dump, [&](const nlohmann::json& d) { return controlsHeight(d) > 200; }, 10);
    EXPECT_GT(controlsHeight(open), 200) << open.dump(1);
    EXPECT_EQ(open.value("selected", nlohmann::json()), "shanghai"); // the card stays open
}
