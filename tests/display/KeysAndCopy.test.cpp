// Issue 16: the keyboard help overlay (? F1), copy with citation (Ctrl+C), and the panel's
// controls reachable without the mouse, driven with xdotool in a real window.
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <memory>

using namespace aimap::test;
using nlohmann::json;

namespace {

struct Window {
    std::string dump;
    std::unique_ptr<AppWindow> app;
    explicit Window(const std::string& name, const std::vector<std::string>& args) {
        dump = testing::TempDir() + "aimap_keys_" + name + ".json";
        std::remove(dump.c_str());
        std::vector<std::string> argv{
            AIMAP_EXE, "--size", "1280x720", "--ui-dump", dump, "--exit-after-frames", "20000"};
        argv.insert(argv.end(), args.begin(), args.end());
        app = std::make_unique<AppWindow>(argv, "aimap - AI industry map");
    }
    void keys(const std::string& keys) const {
        run("xdotool windowfocus --sync " + app->id + " key --delay 80 " + keys);
    }
    json until(const std::function<bool(const json&)>& pred) const {
        return waitForDump(dump, pred, 20);
    }
};

} // namespace

TEST(KeysAndCopy, CtrlCCopiesTheSelectedCitysFigureWithItsSource) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const Window w("copy",
                   {"--select", "jinan", "--metric", "ai_enterprises_count", "--year", "2020"});
    ASSERT_FALSE(w.app->id.empty());
    json d = w.until([](const json& j) { return j.value("selected", json()) == "jinan"; });
    ASSERT_EQ(d["selected"], "jinan");
    w.keys("ctrl+c");
    d = w.until([](const json& j) { return !j.value("copied", std::string()).empty(); });
    const std::string copied = d.value("copied", std::string());
    EXPECT_EQ(copied.rfind("\xE6\xB5\x8E\xE5\x8D\x97 Jinan \xC2\xB7 Number of AI enterprises "
                           "(count), 2020: 281\n",
                           0),
              0u)
        << copied;
    EXPECT_NE(copied.find("Source: [S01] Jinan sees bright future for AI industry"),
              std::string::npos)
        << copied;
    // What another program pastes (the X clipboard aimap owns while it runs).
    if (haveProgram("xclip")) {
        const RunResult paste = run("xclip -o -selection clipboard", 10);
        EXPECT_EQ(paste.out, copied);
    }
}

TEST(KeysAndCopy, HelpOpensWithQuestionMarkOrF1AndEscClosesIt) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const Window w("help", {"--select", "jinan"});
    ASSERT_FALSE(w.app->id.empty());
    w.until([](const json& j) { return j.value("selected", json()) == "jinan"; });
    w.keys("F1");
    json d = w.until([](const json& j) { return j.value("key_help", false); });
    EXPECT_TRUE(d.value("key_help", false)) << "F1";
    w.keys("Escape");
    d = w.until([](const json& j) { return !j.value("key_help", true); });
    EXPECT_FALSE(d.value("key_help", true)) << "Esc closes the help";
    EXPECT_EQ(d["selected"], "jinan") << "...and only the help";
    w.keys("question");
    d = w.until([](const json& j) { return j.value("key_help", false); });
    EXPECT_TRUE(d.value("key_help", false)) << "?";
    w.keys("question");
    d = w.until([](const json& j) { return !j.value("key_help", true); });
    EXPECT_FALSE(d.value("key_help", true)) << "? again closes it";
}

TEST(KeysAndCopy, ThePanelsControlsAnswerToKeys) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const Window w("controls",
                   {"--select", "jinan", "--metric", "ai_enterprises_count", "--year", "2020"});
    ASSERT_FALSE(w.app->id.empty());
    json d = w.until([](const json& j) { return j.value("selected", json()) == "jinan"; });
    ASSERT_EQ(d["metric"], "ai_enterprises_count");
    w.keys("y");
    d = w.until([](const json& j) { return j.value("year", 0) != 2020; });
    EXPECT_NE(d.value("year", 0), 2020) << "Y: another year";
    w.keys("m");
    d = w.until([](const json& j) { return j.value("metric", "") != "ai_enterprises_count"; });
    EXPECT_NE(d["metric"], "ai_enterprises_count") << "M: another metric";
    w.keys("shift+m");
    d = w.until([](const json& j) { return j.value("metric", "") == "ai_enterprises_count"; });
    EXPECT_EQ(d["metric"], "ai_enterprises_count") << "Shift+M: back";
    const bool grouping = d.value("grouping", true);
    w.keys("g");
    d = w.until([&](const json& j) { return j.value("grouping", grouping) != grouping; });
    EXPECT_NE(d.value("grouping", grouping), grouping) << "G";
    w.keys("h");
    d = w.until([](const json& j) { return j.value("contrast", "") == "high"; });
    EXPECT_EQ(d["contrast"], "high") << "H";
    w.keys("ctrl+l");
    d = w.until([](const json& j) { return j.value("labels_mode", "") == "zh"; });
    EXPECT_EQ(d["labels_mode"], "zh") << "Ctrl+L: Chinese after both";
    w.keys("n");
    d = w.until([](const json& j) { return j["radius"].is_object(); });
    ASSERT_TRUE(d["radius"].is_object()) << "N: the radius tool";
    EXPECT_EQ(d["radius"]["km"], 300.0);
    w.keys("bracketright");
    d = w.until([](const json& j) {
        return j["radius"].is_object() && j["radius"]["km"].get<double>() > 300;
    });
    EXPECT_NEAR(d["radius"]["km"].get<double>(), 300 * std::pow(10.0, 1.0 / 12), 1e-6) << "]";
    w.keys("n");
    d = w.until([](const json& j) { return j["radius"].is_null(); });
    EXPECT_TRUE(d["radius"].is_null()) << "N again: off";
}

// Ctrl+C over a row of the rankings table copies that row's figure, with its source.
TEST(KeysAndCopy, CtrlCOverARankingRowCopiesItsFigure) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    const Window w("rankrow", {"--rankings", "ai_enterprises_count:2020"});
    ASSERT_FALSE(w.app->id.empty());
    json d = w.until([](const json& j) {
        return j.contains("rankings") && j["rankings"].value("open", false) &&
               !j["rankings"]["rows"].empty() && j["rankings"]["rows"][0]["rect"].is_array();
    });
    ASSERT_TRUE(d.contains("rankings") && !d["rankings"]["rows"].empty()) << d.dump(1).substr(0, 400);
    const json& row = d["rankings"]["rows"][0];
    const json& r = row["rect"]; // [x0, y0, x1, y1]
    const std::string city = row["city"].get<std::string>();
    run("xdotool mousemove --window " + w.app->id + " " +
        std::to_string(std::lround((r[0].get<double>() + r[2].get<double>()) / 2)) + " " +
        std::to_string(std::lround((r[1].get<double>() + r[3].get<double>()) / 2)) +
        " sleep 0.3");
    w.keys("ctrl+c");
    d = w.until([](const json& j) { return !j.value("copied", std::string()).empty(); });
    const std::string copied = d.value("copied", std::string());
    EXPECT_NE(copied.find("Number of AI enterprises (count), 2020"), std::string::npos) << copied;
    EXPECT_NE(copied.find("Source: ["), std::string::npos) << copied;
    // The row's city (its id is the English name in lower case, e.g. beijing).
    std::string first = copied.substr(0, copied.find(" \xC2\xB7 "));
    for (char& c : first)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_NE(first.find(city), std::string::npos) << copied;
    EXPECT_EQ(d["selected"], nullptr) << "copying opens nothing";
}
