// The timeline (issue 15) in the real viewer: P plays the metric's years with figures only, the
// camera and the selection stay, the UI dump follows the play (year, playing, progress); a
// picture mid-transition differs from both ends, whose circles are the two years' figures.
#include "support/ImageCompare.hpp"
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <SFML/Graphics/Image.hpp>

#include <chrono>
#include <cmath>
#include <thread>

using namespace aimap;
using namespace aimap::test;
using nlohmann::json;

namespace {

/// Jinan's marker in a dump (null when not drawn).
json jinanMarker(const json& d) {
    for (const auto& m : d.value("markers", json::array()))
        if (m.value("city", "") == "jinan")
            return m;
    return nullptr;
}

} // namespace

TEST(Timeline, PPlaysOnlyTheYearsWithFiguresAndTheCameraAndSelectionStay) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const std::string dump = testing::TempDir() + "aimap_timeline_dump.json";
    std::remove(dump.c_str());
    // AI enterprises: figures in 2018, 2020 and 2022 only.
    const AppWindow window({AIMAP_EXE, "--size", "1280x720", "--metric", "ai_enterprises_count",
                            "--year", "2018", "--select", "jinan", "--ui-dump", dump,
                            "--exit-after-frames", "20000"},
                           "aimap - AI industry map");
    ASSERT_FALSE(window.id.empty());
    const json first = waitForDump(
        dump, [](const json& d) { return d.value("year", 0) == 2018 && !jinanMarker(d).is_null(); },
        20);
    ASSERT_EQ(first.value("year", 0), 2018) << first.dump();
    EXPECT_EQ(first["timeline"]["years"], json::array({2018, 2020, 2022}));
    EXPECT_FALSE(first["timeline"]["playing"].get<bool>());
    EXPECT_TRUE(first["timeline"]["badges"].empty()); // not reached through the timeline
    const json jinan0 = jinanMarker(first);
    ASSERT_EQ(run("xdotool windowfocus --sync " + window.id).exitCode, 0);
    run("xdotool key p");

    std::vector<int> years{2018};
    int midTransitions = 0;
    double lastProgress = -1;
    std::pair<int, int> lastLeg{0, 0};
    std::vector<std::string> badges2020;
    const auto start = std::chrono::steady_clock::now();
    json d;
    while (std::chrono::steady_clock::now() - start < std::chrono::seconds(30)) {
        d = json::parse(readFile(dump), nullptr, false);
        if (d.is_discarded() || !d.is_object()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        const json& t = d["timeline"];
        const int year = d.value("year", 0);
        if (year != years.back())
            years.push_back(year);
        // The camera and the selection never move: Jinan's marker stays where it was (to a
        // hundredth of a pixel).
        EXPECT_EQ(d["selected"], "jinan");
        const json m = jinanMarker(d);
        ASSERT_FALSE(m.is_null()) << d.dump();
        EXPECT_NEAR(m["x"].get<double>(), jinan0["x"].get<double>(), 0.01);
        EXPECT_NEAR(m["y"].get<double>(), jinan0["y"].get<double>(), 0.01);
        EXPECT_FALSE(d.value("flying", false));
        if (t["transitioning"].get<bool>()) {
            const std::pair<int, int> leg{t["from"].get<int>(), t["to"].get<int>()};
            const double p = t["progress"].get<double>();
            if (leg == lastLeg)
                EXPECT_GE(p, lastProgress) << "progress went back";
            lastLeg = leg;
            lastProgress = p;
            if (p > 0 && p < 1)
                ++midTransitions;
        }
        if (year == 2020 && !t["transitioning"].get<bool>())
            badges2020 = t["badges"].get<std::vector<std::string>>();
        if (year == 2022 && !t["playing"].get<bool>())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_EQ(years, (std::vector<int>{2018, 2020, 2022})) << d.dump();
    EXPECT_FALSE(d["timeline"]["playing"].get<bool>()) << "it stops on the last year";
    EXPECT_GT(midTransitions, 0) << "no frame caught mid-transition";
    EXPECT_EQ(badges2020, std::vector<std::string>{"+216% since 2018"});
    // The card stays open through the play.
    ASSERT_TRUE(d["card"].is_object());
    EXPECT_EQ(d["card"]["city"], "jinan");
}

TEST(Timeline, APictureMidTransitionDiffersFromBothEndsWhichAreTheYearsFigures) {
    const std::string args =
        "--metric ai_enterprises_count --select jinan --timeline 2018:2020 --timeline-at ";
    const json at0 = shootDump(args + "0", "timeline_start");
    const json mid = shootDump(args + "0.6", "timeline_mid");
    const json end = shootDump(args + "100", "timeline_end");
    ASSERT_FALSE(at0.empty());
    ASSERT_FALSE(mid.empty());
    ASSERT_FALSE(end.empty());
    const double r0 = jinanMarker(at0)["r"], rMid = jinanMarker(mid)["r"],
                 r1 = jinanMarker(end)["r"];
    // Areas, not radii, are interpolated on the one scale: 89 -> 281 enterprises.
    EXPECT_NEAR(r1 / r0, std::sqrt(281.0 / 89.0), 1e-6);
    EXPECT_GT(rMid, r0);
    EXPECT_LT(rMid, r1);
    EXPECT_TRUE(mid["timeline"]["transitioning"].get<bool>());
    EXPECT_FALSE(end["timeline"]["transitioning"].get<bool>());
    // Beijing has no 2018 figure: never drawn at an in-between size; its marker is the "no
    // figure" ring until the transition ends (its 2020 circle fades in apart).
    for (const json* d : {&at0, &mid})
        for (const auto& m : (*d)["markers"])
            if (m.value("city", "") == "beijing")
                EXPECT_FALSE(m["filled"].get<bool>());
    sf::Image a, b, c;
    ASSERT_TRUE(a.loadFromFile(testing::TempDir() + "aimap_timeline_start.png"));
    ASSERT_TRUE(b.loadFromFile(testing::TempDir() + "aimap_timeline_mid.png"));
    ASSERT_TRUE(c.loadFromFile(testing::TempDir() + "aimap_timeline_end.png"));
    EXPECT_GT(compareImages(a, b, 2).differing, 500u);
    EXPECT_GT(compareImages(c, b, 2).differing, 500u);
}
