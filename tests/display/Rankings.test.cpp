// The rankings table (issue 16) in a real window: T opens it, a click on a row (xdotool) flies to
// the city and opens its card, Down and Enter do the same from the keyboard; and its picture.
// Read through --ui-dump's "rankings" (rows with their rectangles, the selected city and where it
// is on screen).
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <SFML/Graphics/Image.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

using namespace aimap::test;

namespace {

// The selected city is on screen, in the map left of the card, and the camera is still.
void expectFlownTo(const nlohmann::json& d, const std::string& city) {
    EXPECT_EQ(d["selected"], city) << "the card of the row's city";
    EXPECT_EQ(d["rankings"]["selected"], city);
    EXPECT_FALSE(d["flying"].get<bool>());
    const auto& at = d["rankings"]["selected_at"];
    ASSERT_TRUE(at.is_array()) << d["rankings"].dump();
    const double w = d["window"][0].get<double>(), h = d["window"][1].get<double>();
    EXPECT_GT(at[0].get<double>(), 0);
    EXPECT_LT(at[0].get<double>(), w * 0.7) << "left of the card";
    EXPECT_GT(at[1].get<double>(), 0);
    EXPECT_LT(at[1].get<double>(), h);
    EXPECT_GT(d["camera"]["zoom"].get<double>(), 1.2) << "zoomed in on it";
}

} // namespace

TEST(Rankings, TOpensTheTableAndARowClickFliesToTheCity) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const std::string dump = testing::TempDir() + "aimap_rankings_window.json";
    std::remove(dump.c_str());
    const AppWindow window({"/usr/bin/env",
                            "AIMAP_CONFIG_DIR=" + testing::TempDir() + "aimap_rankings_config",
                            AIMAP_EXE, "--size", "1280x720", "--metric", "ai_enterprises_count",
                            "--year", "2020", "--ui-dump", dump, "--exit-after-frames", "40000"},
                           "aimap - AI industry map");
    ASSERT_FALSE(window.id.empty());
    auto d = waitForDump(
        dump, [](const nlohmann::json& j) { return j.contains("rankings"); }, 30);
    ASSERT_TRUE(d.contains("rankings")) << "no dump";
    EXPECT_FALSE(d["rankings"]["open"].get<bool>()) << "closed until asked for";
    run("xdotool key --window " + window.id + " t");
    const auto rowsDrawn = [](const nlohmann::json& j) {
        if (!j["rankings"]["open"].get<bool>() || j["rankings"]["rows"].empty())
            return false;
        for (const auto& r : j["rankings"]["rows"])
            if (!r["rect"].is_array())
                return false;
        return true;
    };
    d = waitForDump(dump, rowsDrawn, 20);
    ASSERT_TRUE(rowsDrawn(d)) << "T did not open the table: " << d["rankings"].dump();
    EXPECT_EQ(d["rankings"]["metric"], "ai_enterprises_count");
    EXPECT_EQ(d["rankings"]["year"], 2020);
    const nlohmann::json rows = d["rankings"]["rows"]; // a copy: d is read again below
    ASSERT_GE(rows.size(), 3u) << rows.dump();
    // Place order: the figures descend.
    for (std::size_t i = 1; i < rows.size(); ++i)
        EXPECT_GE(rows[i - 1]["value"].get<double>(), rows[i]["value"].get<double>()) << i;
    EXPECT_TRUE(d["selected"].is_null());

    // Click the last row (in its left part, on the name).
    const nlohmann::json last = rows.back();
    const std::string city = last["city"];
    const long x = std::lround(last["rect"][0].get<double>() + 20);
    const long y = std::lround((last["rect"][1].get<double>() + last["rect"][3].get<double>()) / 2);
    run("xdotool mousemove --window " + window.id + " " + std::to_string(x) + " " +
        std::to_string(y) + " sleep 0.2 click 1");
    const auto landed = [&](const std::string& c) {
        return [c](const nlohmann::json& j) {
            return j["selected"] == c && j["rankings"]["selected"] == c && !j["flying"].get<bool>();
        };
    };
    d = waitForDump(dump, landed(city), 30);
    expectFlownTo(d, city);
    EXPECT_TRUE(d["rankings"]["focused"].get<bool>()) << "the click gave the table the keyboard";

    // The keyboard: Up selects the row above, Enter flies there.
    const std::string above = rows[rows.size() - 2]["city"];
    run("xdotool key --window " + window.id + " Up");
    d = waitForDump(
        dump, [&](const nlohmann::json& j) { return j["rankings"]["selected"] == above; }, 20);
    ASSERT_EQ(d["rankings"]["selected"], above);
    EXPECT_EQ(d["selected"], city) << "Up alone only selects the row";
    run("xdotool key --window " + window.id + " Return");
    d = waitForDump(dump, landed(above), 30);
    expectFlownTo(d, above);

    // S reverses the order; T closes the table.
    run("xdotool key --window " + window.id + " s");
    d = waitForDump(
        dump, [](const nlohmann::json& j) { return j["rankings"]["ascending"] == false; }, 20);
    ASSERT_EQ(d["rankings"]["ascending"], false);
    EXPECT_EQ(d["rankings"]["rows"][0]["city"], city) << "the last place first";
    run("xdotool key --window " + window.id + " t");
    d = waitForDump(
        dump, [](const nlohmann::json& j) { return j["rankings"]["open"] == false; }, 20);
    EXPECT_EQ(d["rankings"]["open"], false);
}

TEST(Rankings, TheTablesPictureShowsItsRowsAndLeavesTheMapVisible) {
    for (const char* size : {"1280x720", "1920x1080"}) {
        std::string err;
        const std::string name = std::string("rankings_") + size;
        const auto j =
            shootDump("--rankings idc_inspur_ai_city_rank:2021 --labels both", name, size, &err);
        ASSERT_TRUE(j.contains("rankings")) << err;
        ASSERT_EQ(j["rankings"]["open"], true) << err;
        EXPECT_EQ(j["rankings"]["metric"], "idc_inspur_ai_city_rank");
        EXPECT_EQ(j["rankings"]["earlier"], 2019);
        const auto& rows = j["rankings"]["rows"];
        ASSERT_EQ(rows.size(), 10u);
        // Published ranks, as published: 1..10.
        for (std::size_t i = 0; i < rows.size(); ++i) {
            EXPECT_EQ(rows[i]["rank"], std::to_string(i + 1)) << i;
            EXPECT_TRUE(rows[i]["rect"].is_array()) << size << ": row " << i << " not in view";
        }
        sf::Image png;
        ASSERT_TRUE(png.loadFromFile(testing::TempDir() + "aimap_" + name + ".png"));
        const double w = png.getSize().x, h = png.getSize().y;
        // The table stays in the upper part of the window: the rows end above 70% of its height
        // and the map shows below them.
        const auto& lastRect = rows.back()["rect"];
        EXPECT_LT(lastRect[3].get<double>(), h * 0.7) << size;
        EXPECT_LT(lastRect[2].get<double>(), w) << size;
    }
}
