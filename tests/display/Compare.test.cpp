// Compare (issue 16): cities pinned with Ctrl+click on their markers in a real window (xdotool
// under Xvfb), C and Esc, read back through --ui-dump's "compare"; --compare for screenshots, its
// panel and the marks on the map. The expected images are RenderScenes' compare_* scenes.
#include "support/ImageCompare.hpp"
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <SFML/Graphics/Image.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <thread>

using namespace aimap::test;

namespace {

const nlohmann::json* markerOf(const nlohmann::json& dump, const std::string& city) {
    if (!dump.contains("markers"))
        return nullptr;
    for (const auto& m : dump["markers"])
        if (m.value("city", "") == city)
            return &m;
    return nullptr;
}

std::size_t pinnedCount(const nlohmann::json& j) {
    return j.contains("compare") && j["compare"].is_object() ? j["compare"]["pinned"].size() : 0;
}

// The map at rest: no flight, no panel of a pin on the way.
bool settled(const nlohmann::json& j) {
    return j.contains("flying") && !j["flying"].get<bool>() && j.contains("markers");
}

const nlohmann::json* metric(const nlohmann::json& j, const std::string& id) {
    for (const auto& m : j["compare"]["metrics"])
        if (m["id"] == id)
            return &m;
    return nullptr;
}

struct Window {
    std::unique_ptr<AppWindow> app;
    std::string dump;
    Window(const std::string& name, std::vector<std::string> extra) {
        dump = testing::TempDir() + "aimap_compare_" + name + ".json";
        std::remove(dump.c_str());
        std::vector<std::string> argv{
            "/usr/bin/env", "AIMAP_CONFIG_DIR=" + testing::TempDir() + "aimap_compare_config",
            AIMAP_EXE,      "--size",
            "1280x720",     "--ui-dump",
            dump,           "--exit-after-frames",
            "20000"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        app = std::make_unique<AppWindow>(argv, "aimap - AI industry map");
    }
    nlohmann::json waitFor(const std::function<bool(const nlohmann::json&)>& pred,
                           double seconds = 20) const {
        return waitForDump(dump, pred, seconds);
    }
    // Ctrl+click where the city's marker is now (the dump's last frame).
    bool ctrlClick(const nlohmann::json& j, const std::string& city) const {
        const nlohmann::json* m = markerOf(j, city);
        if (!m)
            return false;
        const std::string at = std::to_string(std::lround((*m)["x"].get<double>())) + " " +
                               std::to_string(std::lround((*m)["y"].get<double>()));
        run("xdotool mousemove --window " + app->id + " " + at + " sleep 0.2 keydown --window " +
            app->id + " ctrl sleep 0.1 click 1 sleep 0.1 keyup --window " + app->id + " ctrl");
        return true;
    }
    void key(const std::string& k) const { run("xdotool key --window " + app->id + " " + k); }
};

} // namespace

TEST(Compare, CtrlClickOnMarkersPinsThemAndEscAndCUnpin) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const Window w("ctrl_click", {});
    ASSERT_FALSE(w.app->id.empty());
    const char* cities[] = {"jinan", "hefei", "chengdu"};
    nlohmann::json j = w.waitFor([&](const nlohmann::json& d) {
        return settled(d) && markerOf(d, "jinan") && markerOf(d, "hefei") && markerOf(d, "chengdu");
    });
    ASSERT_TRUE(markerOf(j, "jinan")) << "no marker for Jinan in the dump";
    EXPECT_TRUE(j["compare"].is_null()) << "nothing pinned to begin with";
    for (std::size_t i = 0; i < std::size(cities); ++i) {
        ASSERT_TRUE(w.ctrlClick(j, cities[i])) << cities[i];
        // Under load the pin may take a few frames, and the map may fly to keep the pins clear
        // of the panel: wait until it has landed before reading the next marker's position.
        j = w.waitFor(
            [&](const nlohmann::json& d) { return settled(d) && pinnedCount(d) == i + 1; });
        ASSERT_EQ(pinnedCount(j), i + 1) << "Ctrl+click on " << cities[i] << " did not pin it";
        EXPECT_TRUE(j["selected"].is_null()) << "Ctrl+click pins; it does not open the card";
    }
    const auto& pinned = j["compare"]["pinned"];
    for (std::size_t i = 0; i < std::size(cities); ++i) {
        EXPECT_EQ(pinned[i]["city"], cities[i]);
        EXPECT_EQ(pinned[i]["slot"], i + 1);
        // The mark sits on the city's marker as drawn in the same frame.
        const nlohmann::json* m = markerOf(j, cities[i]);
        ASSERT_TRUE(m && pinned[i]["marker_centre"].is_array()) << cities[i];
        EXPECT_NEAR(pinned[i]["marker_centre"][0].get<double>(), (*m)["x"].get<double>(), 0.5);
        EXPECT_NEAR(pinned[i]["marker_centre"][1].get<double>(), (*m)["y"].get<double>(), 0.5);
    }
    EXPECT_TRUE(j["compare"]["panel_rect"].is_array()) << "the panel shows with two or more";
    // Jinan 89 (2018) and 281 (2020), Hefei n/a both years, Chengdu n/a then "> 550".
    const nlohmann::json* e = metric(j, "ai_enterprises_count");
    ASSERT_TRUE(e);
    EXPECT_EQ((*e)["years"], nlohmann::json::array({2018, 2020}));
    EXPECT_EQ((*e)["values"]["jinan"], nlohmann::json::array({89.0, 281.0}));
    EXPECT_EQ((*e)["values"]["hefei"], nlohmann::json::array({nullptr, nullptr}));
    EXPECT_EQ((*e)["values"]["chengdu"], nlohmann::json::array({nullptr, 550.0}));
    EXPECT_EQ((*e)["texts"]["chengdu"][1], "> 550");
    const nlohmann::json* r = metric(j, "idc_inspur_ai_city_rank");
    ASSERT_TRUE(r);
    EXPECT_EQ((*r)["kind"], "ranks");
    // Esc (no card open) unpins the last pinned.
    w.key("Escape");
    j = w.waitFor([](const nlohmann::json& d) { return pinnedCount(d) == 2; }, 10);
    ASSERT_EQ(pinnedCount(j), 2u) << "Esc did not unpin Chengdu";
    EXPECT_EQ(j["compare"]["pinned"][1]["city"], "hefei");
    // A plain click opens Hefei's card; C then unpins it.
    const nlohmann::json* h = markerOf(j, "hefei");
    ASSERT_TRUE(h);
    run("xdotool mousemove --window " + w.app->id + " " +
        std::to_string(std::lround((*h)["x"].get<double>())) + " " +
        std::to_string(std::lround((*h)["y"].get<double>())) + " sleep 0.2 click 1");
    j = w.waitFor([](const nlohmann::json& d) { return d["selected"] == "hefei"; }, 10);
    ASSERT_EQ(j["selected"], "hefei");
    EXPECT_EQ(pinnedCount(j), 2u) << "a plain click does not pin";
    w.key("c");
    j = w.waitFor([](const nlohmann::json& d) { return pinnedCount(d) == 1; }, 10);
    ASSERT_EQ(pinnedCount(j), 1u) << "C did not unpin the selected city";
    EXPECT_EQ(j["compare"]["pinned"][0]["city"], "jinan");
    EXPECT_TRUE(j["compare"]["panel_rect"].is_null()) << "one pinned city: no panel";
    w.key("c");
    j = w.waitFor([](const nlohmann::json& d) { return pinnedCount(d) == 2; }, 10);
    EXPECT_EQ(pinnedCount(j), 2u) << "C pins the selected city again";
}

TEST(Compare, AFifthPinIsRefused) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const Window w("fifth", {"--compare", "beijing,shanghai,shenzhen,hangzhou"});
    ASSERT_FALSE(w.app->id.empty());
    nlohmann::json j = w.waitFor([](const nlohmann::json& d) {
        return settled(d) && pinnedCount(d) == 4 && markerOf(d, "jinan");
    });
    ASSERT_EQ(pinnedCount(j), 4u);
    ASSERT_TRUE(w.ctrlClick(j, "jinan"));
    // Give it the time a pin takes, then check nothing changed.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    j = w.waitFor([](const nlohmann::json& d) { return settled(d); }, 10);
    ASSERT_EQ(pinnedCount(j), 4u) << "a fifth city was pinned";
    for (const auto& p : j["compare"]["pinned"])
        EXPECT_NE(p["city"], "jinan");
}

TEST(Compare, ScreenshotShowsThePanelAndARingOnEachPinnedMarker) {
    std::string err;
    const auto on = shootDump("--compare jinan,hefei,chengdu", "compare_on", "1280x720", &err);
    ASSERT_TRUE(on["compare"].is_object()) << err;
    ASSERT_TRUE(on["compare"]["panel_rect"].is_array()) << "no panel with three pinned";
    const double panelLeft = on["compare"]["panel_rect"][0].get<double>();
    sf::Image a;
    ASSERT_TRUE(a.loadFromFile(testing::TempDir() + "aimap_compare_on.png"));
    for (const auto& p : on["compare"]["pinned"]) {
        ASSERT_TRUE(p["marker_centre"].is_array()) << p.dump();
        const double x = p["marker_centre"][0].get<double>(),
                     y = p["marker_centre"][1].get<double>();
        EXPECT_LT(x, panelLeft) << p["city"] << " is under the panel";
        // Some pixel around the marker wears the slot's colour (the ring or the badge).
        const sf::Color slot[] = {{238, 51, 119}, {0, 153, 136}, {51, 34, 136}};
        const sf::Color c = slot[p["slot"].get<int>() - 1];
        int found = 0;
        for (int dy = -30; dy <= 30; ++dy)
            for (int dx = -30; dx <= 30; ++dx) {
                const int px = static_cast<int>(x) + dx, py = static_cast<int>(y) + dy;
                if (px < 0 || py < 0 || px >= 1280 || py >= 720)
                    continue;
                const sf::Color q = a.getPixel(px, py);
                found += std::abs(q.r - c.r) + std::abs(q.g - c.g) + std::abs(q.b - c.b) < 30;
            }
        EXPECT_GT(found, 20) << p["city"] << ": no ring in its colour around the marker";
    }
}

TEST(Compare, CommandLineMistakesAreClearErrors) {
    const auto one = run(quote(AIMAP_EXE) + " --compare jinan --exit-after-frames 1");
    EXPECT_EQ(one.exitCode, 2);
    EXPECT_NE(one.err.find("--compare takes 2 to 4 cities"), std::string::npos) << one.err;
    const auto five = run(quote(AIMAP_EXE) +
                          " --compare jinan,hefei,chengdu,beijing,shanghai --exit-after-frames 1");
    EXPECT_EQ(five.exitCode, 2);
    const auto unknown = run(quote(AIMAP_EXE) + " --compare jinan,atlantis --exit-after-frames 1");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("unknown city 'atlantis'"), std::string::npos) << unknown.err;
    const auto twice = run(quote(AIMAP_EXE) + " --compare jinan,Jinan --exit-after-frames 1");
    EXPECT_EQ(twice.exitCode, 2);
}
