// Search (issue 16) on a real window: Ctrl+F or / opens the box, text typed with xdotool (Chinese,
// English, pinyin with and without tones), Up/Down/Enter or a click goes to the place; read back
// through --ui-dump. Every wait is on a condition of the dump (never a sleep as an assertion), so
// a loaded machine only makes it slower.
#include "support/ImageCompare.hpp"
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <SFML/Graphics/Image.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <memory>
#include <sstream>
#include <vector>

using namespace aimap::test;
using nlohmann::json;

namespace {

constexpr double kWait = 20; // seconds: generous, for a machine busy with other builds

// What the tests type beyond ASCII. xdotool types a character missing from the keyboard map by
// remapping a key for a moment; SFML keeps the map it read first (it does not refresh it on
// MappingNotify), so such characters were lost or came out as others. They are mapped to unused
// keycodes before aimap starts, and unmapped afterwards.
const char32_t kTyped[] = {U'济', U'南', U'拉', U'萨', U'ǐ', U'á', U'é', U'ū'};

struct KeyMap {
    std::vector<std::string> codes; // the keycodes mapped here
    KeyMap() {
        std::istringstream lines(run("xmodmap -pke").out);
        std::vector<std::string> free;
        for (std::string line; std::getline(lines, line);) {
            std::istringstream words(line);
            std::string keycode, code, eq, sym;
            if (words >> keycode >> code >> eq && keycode == "keycode" && code != "8" &&
                !(words >> sym))
                free.push_back(code);
        }
        for (std::size_t i = 0; i < std::size(kTyped) && i < free.size(); ++i) {
            char sym[16];
            std::snprintf(sym, sizeof sym, "U%04X", static_cast<unsigned>(kTyped[i]));
            run("xmodmap -e " + quote("keycode " + free[i] + " = " + sym + " " + sym));
            codes.push_back(free[i]);
        }
    }
    ~KeyMap() {
        for (const std::string& c : codes)
            run("xmodmap -e " + quote("keycode " + c + " ="));
    }
    bool complete() const { return codes.size() == std::size(kTyped); }
};

struct SearchWindow {
    KeyMap keys; // before the window: SFML reads the map once
    std::string dump;
    std::unique_ptr<AppWindow> window;

    explicit SearchWindow(const std::string& name) {
        dump = testing::TempDir() + "aimap_search_" + name + ".json";
        std::remove(dump.c_str());
        window = std::make_unique<AppWindow>(
            std::vector<std::string>{
                "/usr/bin/env", "AIMAP_CONFIG_DIR=" + testing::TempDir() + "aimap_search_config",
                AIMAP_EXE, "--size", "1280x720", "--ui-dump", dump, "--exit-after-frames", "20000"},
            "aimap - AI industry map");
        if (window->id.empty())
            return;
        // The pointer over the window (keys go where it is without a window manager), focus.
        run("xdotool mousemove --window " + window->id + " 200 650");
        run("xdotool windowfocus --sync " + window->id);
        waitFor([](const json& j) { return j.contains("search"); });
    }
    json waitFor(const std::function<bool(const json&)>& pred, double seconds = kWait) const {
        return waitForDump(dump, pred, seconds);
    }
    void key(const std::string& keys) const { run("xdotool key --delay 80 " + keys); }
    void type(const std::string& text) const { run("xdotool type --delay 80 " + quote(text)); }
    // Opens the box with `keys` and waits until it has the keyboard.
    json open(const std::string& keys) const {
        key(keys);
        return waitFor([](const json& j) { return j["search"].value("typing", false); });
    }
    // Types `text` and waits until the list is found for it.
    json typeAndWait(const std::string& text, const std::string& firstZh) const {
        type(text);
        return waitFor([&](const json& j) {
            const json& r = j["search"]["results"];
            return j["search"]["query"] == text && !r.empty() && r[0]["name_zh"] == firstZh;
        });
    }
    // Waits for the flight to `went` to land (the search closed, the camera still).
    json landed(const std::function<bool(const json&)>& went) const {
        return waitFor([&](const json& j) {
            return !j["search"].value("open", true) && j["search"]["went"].is_object() &&
                   went(j["search"]["went"]) && !j.value("flying", true);
        });
    }
};

// The place gone to is in the map left of the card, and the camera came close (zoom 2: about a
// province across the window).
void expectInView(const json& d, double maxX = 1280 - 420) {
    const json& s = d["search"]["went"]["screen"];
    ASSERT_TRUE(s.is_array()) << d["search"].dump();
    EXPECT_GT(s[0].get<double>(), 100) << s.dump();
    EXPECT_LT(s[0].get<double>(), maxX) << s.dump();
    EXPECT_GT(s[1].get<double>(), 100) << s.dump();
    EXPECT_LT(s[1].get<double>(), 620) << s.dump();
}

} // namespace

TEST(Search, CtrlFChineseThenEnterFliesToJinanAndOpensItsCard) {
    if (!haveProgram("xdotool") || !haveProgram("xmodmap"))
        GTEST_SKIP() << "xdotool or xmodmap not installed";
    SearchWindow w("zh");
    ASSERT_FALSE(w.window->id.empty());
    ASSERT_TRUE(w.keys.complete()) << "too few unused keycodes for the characters typed";
    json d = w.open("ctrl+f");
    ASSERT_TRUE(d["search"].value("typing", false)) << "Ctrl+F did not open the box";
    d = w.typeAndWait("济南", "济南");
    ASSERT_EQ(d["search"]["results"].size(), 1u) << d["search"].dump();
    EXPECT_EQ(d["search"]["results"][0]["city"], "jinan");
    EXPECT_EQ(d["search"]["chosen"], 0);
    w.key("Return");
    d = w.landed([](const json& went) { return went["city"] == "jinan"; });
    EXPECT_EQ(d["selected"], "jinan") << "Enter opens Jinan's card";
    EXPECT_GE(d["camera"]["zoom"].get<double>(), 1.9) << "the camera came close";
    expectInView(d);
    bool marked = false;
    for (const json& m : d["markers"])
        marked |= m.value("city", "") == "jinan" && m.value("selected", false);
    EXPECT_TRUE(marked) << "Jinan's marker is drawn selected";
}

TEST(Search, SlashEnglishAndPinyinWithAndWithoutTones) {
    if (!haveProgram("xdotool") || !haveProgram("xmodmap"))
        GTEST_SKIP() << "xdotool or xmodmap not installed";
    SearchWindow w("latin");
    ASSERT_FALSE(w.window->id.empty());
    ASSERT_TRUE(w.keys.complete()) << "too few unused keycodes for the characters typed";
    const struct {
        const char* typed;
        const char* zh;
        const char* city;
    } cases[] = {{"Hefei", "合肥", "hefei"},
                 {"chéngdū", "成都", "chengdu"},
                 {"wu han", "武汉", "wuhan"},
                 {"Jǐnán", "济南", "jinan"}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.typed);
        json d = w.open("slash");
        ASSERT_TRUE(d["search"].value("typing", false)) << "/ did not open the box";
        // The box keeps the last query selected: typing replaces it; the / is not typed.
        d = w.typeAndWait(c.typed, c.zh);
        ASSERT_EQ(d["search"]["query"], c.typed) << d["search"].dump();
        w.key("Return");
        d = w.landed([&](const json& went) { return went["city"] == c.city; });
        EXPECT_EQ(d["selected"], c.city);
        expectInView(d);
    }
}

TEST(Search, UpDownChooseEscClosesAndAClickGoes) {
    if (!haveProgram("xdotool") || !haveProgram("xmodmap"))
        GTEST_SKIP() << "xdotool or xmodmap not installed";
    SearchWindow w("keys");
    ASSERT_FALSE(w.window->id.empty());
    ASSERT_TRUE(w.keys.complete()) << "too few unused keycodes for the characters typed";
    json d = w.open("ctrl+f");
    // "jin": Jinan (data) first, then cities the data has no figures for.
    d = w.typeAndWait("jin", "济南");
    ASSERT_GE(d["search"]["results"].size(), 4u);
    w.key("Down Down Up"); // 0 -> 1 -> 2 -> 1
    d = w.waitFor([](const json& j) { return j["search"]["chosen"] == 1; });
    ASSERT_EQ(d["search"]["chosen"], 1);
    const json second = d["search"]["results"][1];
    EXPECT_TRUE(second["city"].is_null()) << "the data's cities come first";
    w.key("Escape");
    d = w.waitFor([](const json& j) { return !j["search"].value("open", true); });
    EXPECT_FALSE(d["search"]["open"]);
    EXPECT_TRUE(d["search"]["went"].is_null()) << "Esc goes nowhere";
    // Open again: the same list; a click on the second row goes there (a city the data has no
    // figures for: the map flies there, no card opens).
    d = w.open("ctrl+f");
    d = w.waitFor([](const json& j) { return j["search"]["rows"].size() >= 2; });
    ASSERT_GE(d["search"]["rows"].size(), 2u);
    const json at = d["search"]["rows"][1];
    run("xdotool mousemove --window " + w.window->id + " " +
        std::to_string(std::lround(at[0].get<double>())) + " " +
        std::to_string(std::lround(at[1].get<double>())) + " sleep 0.2 click 1");
    d = w.landed([&](const json& went) { return went["code"] == second["code"]; });
    EXPECT_TRUE(d["selected"].is_null()) << "no card: the data has no figures for it";
    EXPECT_GE(d["camera"]["zoom"].get<double>(), 1.9);
    expectInView(d);
}

TEST(Search, AProvinceIsFramedAndACityWithoutFiguresIsFlownTo) {
    if (!haveProgram("xdotool") || !haveProgram("xmodmap"))
        GTEST_SKIP() << "xdotool or xmodmap not installed";
    SearchWindow w("places");
    ASSERT_FALSE(w.window->id.empty());
    ASSERT_TRUE(w.keys.complete()) << "too few unused keycodes for the characters typed";
    json d = w.open("ctrl+f");
    d = w.typeAndWait("shandong", "山东");
    EXPECT_EQ(d["search"]["results"][0]["kind"], "province");
    w.key("Return");
    d = w.landed([](const json& went) { return went["code"] == "370000"; });
    EXPECT_EQ(d["search"]["went"]["kind"], "province");
    EXPECT_GT(d["camera"]["zoom"].get<double>(), 1.0) << "framed: closer than all of China";
    expectInView(d, 1280);
    // 拉萨 (Lhasa) is in the gazetteer, not in the data.
    d = w.open("ctrl+f");
    d = w.typeAndWait("拉萨", "拉萨");
    EXPECT_TRUE(d["search"]["results"][0]["city"].is_null());
    w.key("Return");
    d = w.landed([](const json& went) { return went["code"] == "540100"; });
    EXPECT_TRUE(d["selected"].is_null());
    expectInView(d);
}

TEST(Search, TheBoxAndItsListAreDrawnOverTheMap) {
    std::string err;
    const json d = shootDump("--search jin", "search_open", "1280x720", &err);
    ASSERT_TRUE(d.contains("search")) << err;
    EXPECT_TRUE(d["search"]["open"]);
    EXPECT_EQ(d["search"]["query"], "jin");
    EXPECT_GE(d["search"]["results"].size(), 4u);
    EXPECT_EQ(d["search"]["rows"].size(), d["search"]["results"].size());
    const json plain = shootDump("", "search_closed", "1280x720", &err);
    EXPECT_FALSE(plain["search"]["open"]);
    sf::Image a, b;
    ASSERT_TRUE(a.loadFromFile(testing::TempDir() + "aimap_search_open.png"));
    ASSERT_TRUE(b.loadFromFile(testing::TempDir() + "aimap_search_closed.png"));
    // The box at the top centre: the pixels there differ; the left third of the map does not.
    sf::Image topA, topB, leftA, leftB;
    const auto crop = [](const sf::Image& src, sf::Image& dst, int x, int y, int w, int h) {
        dst.create(static_cast<unsigned>(w), static_cast<unsigned>(h));
        dst.copy(src, 0, 0, sf::IntRect(x, y, w, h));
    };
    crop(a, topA, 440, 20, 400, 150);
    crop(b, topB, 440, 20, 400, 150);
    crop(a, leftA, 0, 300, 380, 420);
    crop(b, leftB, 0, 300, 380, 420);
    EXPECT_GT(compareImages(topB, topA, 8).fraction(), 0.2) << "no search box drawn";
    EXPECT_LT(compareImages(leftB, leftA, 8).fraction(), 0.01) << "the map changed elsewhere";
}
