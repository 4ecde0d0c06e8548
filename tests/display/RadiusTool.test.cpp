// The radius tool (issue 16): --select CITY --radius KM lists the cities of the data within KM of
// it along the ellipsoid, nearest first, and draws the geodesic circle on the map.
//
// Reference distances: GeodSolve (geographiclib-tools 2.1.2) between the data's points, e.g.
//   echo "36.6683 116.9972 39.1422 117.1767" | GeodSolve -i -p 3   ->  275043.060 (Tianjin)
#include "support/ImageCompare.hpp"
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <SFML/Graphics/Image.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

using namespace aimap::test;

TEST(RadiusTool, ListsTheCitiesWithinTheRadiusNearestFirstWithGeodSolvesDistances) {
    std::string err;
    const auto j = shootDump("--select jinan --radius 400", "radius_400", "1280x720", &err);
    ASSERT_TRUE(j["radius"].is_object()) << err << j.dump(1).substr(0, 400);
    EXPECT_EQ(j["radius"]["km"], 400.0);
    EXPECT_EQ(j["radius"]["city"], "jinan");
    const struct {
        const char* id;
        double metres;
    } expected[] = {{"tianjin", 275043.060},
                    {"qingdao", 310900.166},
                    {"beijing", 363366.351},
                    {"zhengzhou", 369756.666}};
    const auto& within = j["radius"]["within"];
    ASSERT_EQ(within.size(), std::size(expected)) << within.dump();
    for (std::size_t i = 0; i < within.size(); ++i) {
        EXPECT_EQ(within[i]["city"], expected[i].id) << i;
        EXPECT_NEAR(within[i]["metres"].get<double>(), expected[i].metres, 0.001) << i;
    }
    // 300 km leaves out Qingdao (310.9 km), Beijing and Zhengzhou.
    const auto small = shootDump("--select jinan --radius 300", "radius_300", "1280x720", &err);
    ASSERT_TRUE(small["radius"].is_object()) << err;
    ASSERT_EQ(small["radius"]["within"].size(), 1u);
    EXPECT_EQ(small["radius"]["within"][0]["city"], "tianjin");
}

TEST(RadiusTool, DrawsTheCircleOnTheMapAndNothingWithoutIt) {
    std::string err;
    const auto on = shootDump("--select jinan --radius 400", "radius_ring_on", "1280x720", &err);
    ASSERT_TRUE(on["radius"].is_object()) << err;
    const auto off = shootDump("--select jinan", "radius_ring_off", "1280x720", &err);
    EXPECT_TRUE(off["radius"].is_null());
    sf::Image a, b;
    ASSERT_TRUE(a.loadFromFile(testing::TempDir() + "aimap_radius_ring_on.png"));
    ASSERT_TRUE(b.loadFromFile(testing::TempDir() + "aimap_radius_ring_off.png"));
    // The map differs along the ring (and the card's list), not elsewhere: compare the map left
    // of the card only, where only the ring can differ.
    sf::Image mapOn, mapOff;
    mapOn.create(700, 720);
    mapOff.create(700, 720);
    mapOn.copy(a, 0, 0, sf::IntRect(0, 0, 700, 720));
    mapOff.copy(b, 0, 0, sf::IntRect(0, 0, 700, 720));
    const ImageDiff d = compareImages(mapOff, mapOn, 8);
    EXPECT_GT(d.differing, 300u) << describe(d, 8) << ": no ring drawn";
    EXPECT_LT(d.fraction(), 0.05) << describe(d, 8) << ": more than a ring changed";
}

TEST(RadiusTool, RadiusWithoutACityIsAClearError) {
    const auto r = run(quote(AIMAP_EXE) + " --radius 300 --exit-after-frames 1");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--radius needs --select CITY"), std::string::npos) << r.err;
    const auto big = run(quote(AIMAP_EXE) + " --select jinan --radius 5000 --exit-after-frames 1");
    EXPECT_EQ(big.exitCode, 2) << "at most 2000 km";
}

TEST(RadiusTool, TheCardsCheckboxTurnsItOnAndOffInTheWindow) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const std::string dump = testing::TempDir() + "aimap_radius_window.json";
    std::remove(dump.c_str());
    const AppWindow window({"/usr/bin/env",
                            "AIMAP_CONFIG_DIR=" + testing::TempDir() + "aimap_radius_config",
                            AIMAP_EXE, "--size", "1280x720", "--select", "jinan", "--ui-dump", dump,
                            "--exit-after-frames", "20000"},
                           "aimap - AI industry map");
    ASSERT_FALSE(window.id.empty());
    auto d = waitForDump(
        dump,
        // Docked at the right: the first frame draws the card where ImGui first puts a window
        // (regression: the click went there once the card had moved, and closed it).
        [](const nlohmann::json& j) {
            return j.contains("radius_toggle") && j["radius_toggle"].is_array() &&
                   j["radius_toggle"][0].get<double>() > 640;
        },
        20);
    ASSERT_TRUE(d["radius_toggle"].is_array()) << "the card's checkbox is not drawn";
    EXPECT_TRUE(d["radius"].is_null()) << "off until asked for";
    const nlohmann::json at = d["radius_toggle"];
    const auto click = [&] {
        run("xdotool mousemove --window " + window.id + " " +
            std::to_string(std::lround(at[0].get<double>())) + " " +
            std::to_string(std::lround(at[1].get<double>())) + " sleep 0.2 click 1");
    };
    click();
    d = waitForDump(
        dump, [](const nlohmann::json& j) { return j["radius"].is_object(); }, 10);
    ASSERT_TRUE(d["radius"].is_object()) << "the click did not turn it on";
    EXPECT_EQ(d["radius"]["km"], 300.0) << "300 km to begin with";
    ASSERT_EQ(d["radius"]["within"].size(), 1u);
    EXPECT_EQ(d["radius"]["within"][0]["city"], "tianjin");
    click();
    d = waitForDump(
        dump, [](const nlohmann::json& j) { return j["radius"].is_null(); }, 10);
    EXPECT_TRUE(d["radius"].is_null()) << "the second click did not turn it off";
}
