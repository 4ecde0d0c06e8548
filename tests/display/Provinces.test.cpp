// Provinces (issue 16) in a real window under Xvfb, driven with xdotool and read through
// --ui-dump: hovering a province names it, clicking one (where no marker is) opens its card with
// its cities of the data and its pilot zones, Esc closes it. The choropleth's pictures are
// expected-image scenes of RenderScenes (choropleth_*); here its classes through the dump.
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace aimap::test;
using nlohmann::json;

namespace {

// Generous waits: the whole suite runs two tests at once on a software renderer.
constexpr double kWait = 30;

std::vector<std::string> ids(const json& list, const char* key) {
    std::vector<std::string> out;
    for (const auto& e : list)
        out.push_back(e[key].get<std::string>());
    return out;
}

} // namespace

TEST(Provinces, ClickingAProvinceOpensItsCardAndEscClosesIt) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const std::string dump = testing::TempDir() + "aimap_provinces_window.json";
    std::remove(dump.c_str());
    const AppWindow window({"/usr/bin/env",
                            "AIMAP_CONFIG_DIR=" + testing::TempDir() + "aimap_provinces_config",
                            AIMAP_EXE, "--size", "1280x720", "--metric", "ai_enterprises_count",
                            "--year", "2020", "--ui-dump", dump, "--exit-after-frames", "40000"},
                           "aimap - AI industry map");
    ASSERT_FALSE(window.id.empty());
    const auto hasPick = [](const char* code) {
        return [code](const json& j) {
            return j.contains("province") && j["province"]["pick"].contains(code) &&
                   !j["flying"].get<bool>();
        };
    };
    json d = waitForDump(dump, hasPick("370000"), kWait);
    // The first frame has the panels where ImGui first puts windows: let them settle.
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    d = waitForDump(dump, hasPick("370000"), kWait);
    ASSERT_TRUE(d.contains("province")) << "no province key in the dump";
    ASSERT_TRUE(d["province"]["pick"].contains("370000")) << d["province"].dump();
    EXPECT_TRUE(d["province"]["selected"].is_null());
    const auto moveTo = [&](const json& at) {
        return "xdotool mousemove --window " + window.id + " " + std::to_string(at[0].get<long>()) +
               " " + std::to_string(at[1].get<long>());
    };
    // Hover: Sichuan's point names Sichuan (no marker there).
    ASSERT_TRUE(d["province"]["pick"].contains("510000"));
    run(moveTo(d["province"]["pick"]["510000"]));
    d = waitForDump(
        dump, [](const json& j) { return j["province"]["hover"] == "510000"; }, kWait);
    EXPECT_EQ(d["province"]["hover"], "510000") << "hovering Sichuan";
    EXPECT_TRUE(d["province"]["selected"].is_null()) << "hovering opens nothing";
    // Click Shandong where no marker is.
    d = waitForDump(dump, hasPick("370000"), kWait);
    run(moveTo(d["province"]["pick"]["370000"]) + " sleep 0.2 click 1");
    d = waitForDump(
        dump,
        [](const json& j) {
            return j["province"]["selected"] == "370000" && j["province"]["card_shown"] == true;
        },
        kWait);
    ASSERT_EQ(d["province"]["selected"], "370000") << "the click did not open Shandong";
    EXPECT_TRUE(d["selected"].is_null()) << "no city card: the click was not on a marker";
    const json& card = d["province"]["card"];
    ASSERT_TRUE(card.is_object());
    EXPECT_EQ(ids(card["cities"], "city"), (std::vector<std::string>{"jinan", "qingdao"}));
    EXPECT_EQ(card["cities"][0]["value"], 281.0) << "Jinan's AI enterprises, 2020";
    EXPECT_TRUE(card["cities"][1]["value"].is_null()) << "Qingdao: n/a";
    EXPECT_EQ(card["cities"][1]["figure"], "n/a");
    EXPECT_EQ(ids(card["zones"], "programme"), (std::vector<std::string>{"MOST", "MIIT"}));
    EXPECT_GT(card["area_km2"].get<double>(), 150000);
    EXPECT_LT(card["area_km2"].get<double>(), 165000);
    // Esc closes it.
    run("xdotool key --window " + window.id + " Escape");
    d = waitForDump(
        dump, [](const json& j) { return j["province"]["selected"].is_null(); }, kWait);
    EXPECT_TRUE(d["province"]["selected"].is_null()) << "Esc did not close the province card";
    EXPECT_TRUE(d["province"]["card"].is_null());
}

TEST(Provinces, TheChoroplethsClassesAndBreaksAreInTheDump) {
    std::string err;
    const auto j = shootDump(
        "--choropleth cingai_regional_ai_competitiveness_index_province:2018 --province 山东",
        "provinces_choropleth", "1280x720", &err);
    ASSERT_TRUE(j.contains("choropleth")) << err;
    const json& c = j["choropleth"];
    ASSERT_TRUE(c.is_object()) << err;
    EXPECT_EQ(c["id"], "cingai_regional_ai_competitiveness_index_province:2018");
    EXPECT_EQ(c["method"], "jenks");
    ASSERT_EQ(c["breaks"].size(), 6u) << "5 classes";
    EXPECT_EQ(c["breaks"][0], 3.2);
    EXPECT_EQ(c["breaks"][5], 80.3);
    EXPECT_EQ(c["classes"]["110000"], 4) << "Beijing";
    EXPECT_EQ(c["classes"].size(), 15u);
    EXPECT_EQ(c["no_data"], 34 - 15);
    // --province opened Shandong's card, with its score among its figures.
    EXPECT_EQ(j["province"]["selected"], "370000");
    ASSERT_EQ(j["province"]["card"]["figures"].size(), 1u);
    EXPECT_EQ(j["province"]["card"]["figures"][0]["sources"][0], "X09");
    // An unknown choropleth is a clear error listing the choices.
    const auto r = run(quote(AIMAP_EXE) + " --choropleth nonsense --exit-after-frames 1");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("density"), std::string::npos) << r.err;
}

TEST(Provinces, ADensityCoversOnlyProvincesWithCityFigures) {
    std::string err;
    const auto j = shootDump("--choropleth density --metric ai_enterprises_count --year 2020",
                             "provinces_density", "1280x720", &err);
    ASSERT_TRUE(j["choropleth"].is_object()) << err;
    // Beijing, Sichuan (Chengdu) and Shandong (Jinan) have 2020 counts; nothing else.
    std::vector<std::string> codes;
    for (const auto& [code, cls] : j["choropleth"]["classes"].items())
        codes.push_back(code);
    EXPECT_EQ(codes, (std::vector<std::string>{"110000", "370000", "510000"}));
    // Beijing: 1,500 enterprises over about 16,400 km².
    const double beijing = j["choropleth"]["values"]["110000"].get<double>();
    EXPECT_GT(beijing, 1500 / 1.75);
    EXPECT_LT(beijing, 1500 / 1.55);
}
