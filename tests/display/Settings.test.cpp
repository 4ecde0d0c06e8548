// Settings (issue 16): a window opens as the last one left it (language, palette, data file,
// size) and remembers the talk presented for `--talk last`; screenshots ignore the settings; a
// broken settings file is reported on the banner, kept aside and replaced by defaults.
#include "support/Process.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace aimap::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kMinimal = std::string(AIMAP_FIXTURES) + "/datasets/minimal.json";
const std::string kTalk = std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json";

/// A settings folder of this test's own, with `settings` (JSON text) in it unless empty.
struct Config {
    std::string dir;
    explicit Config(const std::string& name, const std::string& settings = "") {
        dir = testing::TempDir() + "aimap_settings_" + name;
        fs::remove_all(dir);
        fs::create_directories(dir);
        if (!settings.empty())
            std::ofstream(dir + "/settings.json") << settings;
    }
    ~Config() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string file() const { return dir + "/settings.json"; }
    json saved() const { return json::parse(readFile(file()), nullptr, false); }
    /// aimap with this folder's settings; returns the UI dump of its last frame.
    json run(const std::string& args, RunResult* result = nullptr) const {
        const std::string dump = dir + "/dump.json";
        std::remove(dump.c_str());
        const RunResult r =
            aimap::test::run("env AIMAP_CONFIG_DIR=" + quote(dir) + " " + quote(AIMAP_EXE) +
                                 " --clock 09:30:00 --ui-dump " + quote(dump) + " " + args,
                             120);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        if (result)
            *result = r;
        return json::parse(readFile(dump), nullptr, false);
    }
};

std::string absolute(const std::string& path) {
    return fs::absolute(path).lexically_normal().string();
}

} // namespace

TEST(SettingsWindow, AWindowOpensInTheSavedLanguagePaletteAndDataFile) {
    const Config cfg("window", R"({"recent_files": [")" + absolute(kMinimal) +
                                   R"("], "contrast": "high", "labels": "zh"})");
    const json d = cfg.run("--size 1280x720 --exit-after-frames 3");
    EXPECT_EQ(d["labels_mode"], "zh");
    EXPECT_EQ(d["contrast"], "high");
    EXPECT_EQ(d["data_file"], absolute(kMinimal));
    // The command line wins for its run.
    const json en = cfg.run("--size 1280x720 --exit-after-frames 3 --labels en --data " +
                            quote(std::string(AIMAP_ROOT) + "/data/ai-cities.json"));
    EXPECT_EQ(en["labels_mode"], "en");
    EXPECT_NE(en["data_file"], absolute(kMinimal));
}

TEST(SettingsWindow, ScreenshotsIgnoreTheSettingsAndLeaveThemAlone) {
    const std::string text = R"({"recent_files": [")" + absolute(kMinimal) +
                             R"("], "contrast": "high", "labels": "zh"})";
    const Config cfg("screenshot", text);
    const json d = cfg.run("--size 1280x720 --screenshot " + quote(cfg.dir + "/shot.png"));
    EXPECT_EQ(d["labels_mode"], "both");
    EXPECT_EQ(d["contrast"], "normal");
    EXPECT_NE(d["data_file"], absolute(kMinimal)); // the bundled data
    EXPECT_EQ(readFile(cfg.file()), text);         // not rewritten
}

TEST(SettingsWindow, AWindowRemembersItsSizeAndTheTalkForTalkLast) {
    const Config cfg("remember");
    // Without --size the window's size is remembered; then it opens at that size again.
    const json first = cfg.run("--exit-after-frames 3");
    const json saved = cfg.saved();
    ASSERT_TRUE(saved.is_object()) << readFile(cfg.file());
    ASSERT_TRUE(saved.contains("window")) << saved.dump();
    EXPECT_EQ(saved["window"]["width"], first["window"][0]);
    EXPECT_EQ(saved["window"]["height"], first["window"][1]);
    {
        json edited = saved;
        edited["window"] = {{"width", 1000}, {"height", 700}};
        std::ofstream(cfg.file()) << edited.dump();
    }
    const json again = cfg.run("--exit-after-frames 3");
    EXPECT_EQ(again["window"], json::array({1000, 700}));
    // A talk presented in a window is the one `--talk last` presents.
    RunResult r;
    cfg.run("--size 1280x720 --talk " + quote(kTalk) + " --exit-after-frames 3");
    EXPECT_EQ(cfg.saved().value("last_talk", ""), absolute(kTalk));
    const json last = cfg.run("--size 1280x720 --talk last --exit-after-frames 3", &r);
    EXPECT_EQ(last.value("scene", 0), 1) << last.dump().substr(0, 300);
}

TEST(SettingsWindow, TalkLastWithoutATalkSaysSo) {
    const Config cfg("nolast");
    const RunResult r = run("env AIMAP_CONFIG_DIR=" + quote(cfg.dir) + " " + quote(AIMAP_EXE) +
                            " --talk last --exit-after-frames 3");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--talk last"), std::string::npos) << r.err;
}

// Regression test for issue 16: a settings file that is not JSON was silently replaced.
TEST(SettingsWindow, ABrokenSettingsFileIsReportedKeptAsideAndReplacedByDefaults) {
    const Config cfg("broken", "{\"contrast\": \"high\",\n \"labels\": zh}\n");
    RunResult r;
    const json d = cfg.run("--size 1280x720 --exit-after-frames 3", &r);
    EXPECT_EQ(d["contrast"], "normal"); // defaults
    EXPECT_EQ(d["labels_mode"], "both");
    EXPECT_GE(d["load_warnings"].get<int>(), 1);
    EXPECT_NE(r.err.find(cfg.file() + ":2:"), std::string::npos) << r.err; // line:column
    EXPECT_TRUE(fs::exists(cfg.file() + ".broken"));
    // A field of the wrong kind: reported by its JSON pointer, the others kept.
    const Config wrong("wrongfield", R"({"contrast": "high", "labels": "klingon"})");
    const json w = wrong.run("--size 1280x720 --exit-after-frames 3", &r);
    EXPECT_EQ(w["contrast"], "high");
    EXPECT_EQ(w["labels_mode"], "both");
    EXPECT_NE(r.err.find(wrong.file() + ":/labels"), std::string::npos) << r.err;
}
