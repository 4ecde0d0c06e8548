// Presentation mode (issue 15): the example talk played with a clicker's keys (xdotool under
// Xvfb), each frame checked in the UI dump against the talk as the core reads it — scene, step,
// metric, year, selection, caption — and the camera: a "fit" scene shows its cities.
#include "core/data/DatasetLoader.hpp"
#include "core/talk/TalkLoader.hpp"
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace aimap;
using namespace aimap::test;
using nlohmann::json;

namespace {

const std::string kTalk = std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json";

} // namespace

TEST(TalkPlay, TheExampleTalkPlaysFrameByFrameWithTheClickerKeys) {
    if (!haveProgram("xdotool"))
        GTEST_SKIP() << "xdotool not installed";
    // The talk as the core reads it: what each frame must show.
    const auto data = loadDataset(std::string(AIMAP_ROOT) + "/data/ai-cities.json");
    ASSERT_TRUE(data.dataset);
    Diagnostics diags;
    const auto provinces =
        loadProvinceNames(std::string(AIMAP_ROOT) + "/data/basemap/provinces.json", diags);
    ASSERT_TRUE(provinces);
    const TalkContext ctx{data.dataset.get(), std::string(AIMAP_ROOT) + "/data/ai-cities.json",
                          &*provinces};
    const TalkLoadResult loaded = loadTalk(kTalk, ctx);
    ASSERT_TRUE(loaded.talk) << loaded.diagnostics.format();
    const Talk& talk = *loaded.talk;
    const Dataset& ds = *data.dataset;

    const std::string dump = testing::TempDir() + "aimap_talk_dump.json";
    std::remove(dump.c_str());
    const AppWindow window({AIMAP_EXE, "--size", "1280x720", "--talk", kTalk, "--ui-dump", dump,
                            "--exit-after-frames", "20000"},
                           "aimap - AI industry map");
    ASSERT_FALSE(window.id.empty());
    const std::string& wid = window.id;
    // Real key presses (XTEST) to the focused window, as a clicker's: not XSendEvent's synthetic
    // events to a window (--window).
    ASSERT_EQ(run("xdotool windowfocus --sync " + wid).exitCode, 0);
    const auto press = [&](const std::string& keys) { run("xdotool key --delay 60 " + keys); };
    const auto at = [&](std::size_t scene, std::size_t step) {
        return waitForDump(
            dump,
            [&](const json& d) {
                return d.value("scene", 0) == static_cast<int>(scene + 1) &&
                       d.value("step", -1) == static_cast<int>(step) && !d.value("flying", true);
            },
            20);
    };
    const auto check = [&](const json& d, std::size_t scene, std::size_t step) {
        const std::string where =
            "scene " + std::to_string(scene + 1) + " step " + std::to_string(step);
        ASSERT_EQ(d.value("scene", 0), static_cast<int>(scene + 1)) << where << d.dump();
        ASSERT_EQ(d.value("step", -1), static_cast<int>(step)) << where;
        const TalkFrame f = frameAt(ds, talk.scenes[scene], step);
        EXPECT_TRUE(d.value("presenting", false)) << where;
        EXPECT_EQ(d["scene_count"], talk.scenes.size());
        EXPECT_EQ(d["metric"], ds.metrics[f.view.metric].id) << where;
        EXPECT_EQ(d["year"], f.view.year) << where;
        EXPECT_EQ(d["caption"], f.caption) << where;
        if (f.cards.city && f.view.selectedCity)
            EXPECT_EQ(d["selected"], ds.cities[*f.view.selectedCity].id) << where;
        else
            EXPECT_TRUE(d["selected"].is_null()) << where;
        // The spotlight: what the frame lights, the rest dimmed; its focus cities pulse.
        if (f.spotlight.empty()) {
            EXPECT_TRUE(d["spotlight"].is_null()) << where;
        } else if (!d["spotlight"].is_object()) {
            ADD_FAILURE() << where << ": no spotlight " << d["spotlight"].dump();
        } else {
            const json& sp = d["spotlight"];
            const auto litIds = sp["cities"].get<std::vector<std::string>>();
            const auto isLit = [&](const std::string& id) {
                return std::find(litIds.begin(), litIds.end(), id) != litIds.end();
            };
            for (std::size_t c : f.spotlight.cities)
                EXPECT_TRUE(isLit(ds.cities[c].id)) << where << " " << ds.cities[c].id;
            std::vector<std::string> focus;
            for (std::size_t c : f.spotlight.focus) {
                focus.push_back(ds.cities[c].id);
                EXPECT_TRUE(isLit(ds.cities[c].id)) << where << " " << ds.cities[c].id;
            }
            EXPECT_EQ(sp["focus"].get<std::vector<std::string>>(), focus) << where;
            EXPECT_EQ(sp["pulsing"].size(), focus.size()) << where << " " << sp.dump();
            // Shandong (370000) lights its cities, Jinan and Qingdao, and not Beijing's.
            if (std::find(f.spotlight.provinces.begin(), f.spotlight.provinces.end(), "370000") !=
                f.spotlight.provinces.end()) {
                EXPECT_TRUE(isLit("jinan") && isLit("qingdao")) << where << " " << sp.dump();
                EXPECT_FALSE(isLit("beijing")) << where;
            }
            std::size_t dimmed = 0;
            for (const auto& m : d["markers"]) {
                if (!m.contains("city"))
                    continue;
                const bool lit = isLit(m["city"]) || m.value("selected", false);
                EXPECT_EQ(m.value("dimmed", lit), !lit) << where << " " << m.dump();
                dimmed += !lit;
            }
            EXPECT_GT(dimmed, 0u) << where << ": a spotlight dims something";
        }
        // A "fit" camera shows each of its cities inside the window, left of an open card.
        const TalkCamera& cam = talk.scenes[scene].camera;
        if (cam.kind == TalkCamera::Kind::Fit) {
            const double right =
                d["card"].is_null() ? 1280.0 : d["panel_rects"].back()[0].get<double>();
            for (std::size_t c : cam.cities) {
                bool seen = false;
                for (const auto& m : d["markers"])
                    if (m.value("city", "") == ds.cities[c].id) {
                        seen = true;
                        EXPECT_GT(m["x"].get<double>(), 0) << where << " " << ds.cities[c].id;
                        EXPECT_LT(m["x"].get<double>(), right) << where << " " << ds.cities[c].id;
                        EXPECT_GT(m["y"].get<double>(), 0) << where;
                        EXPECT_LT(m["y"].get<double>(), 720) << where;
                    }
                bool clustered = false;
                for (const auto& m : d["markers"])
                    if (m.value("cluster", false))
                        for (const auto& id : m["members"])
                            clustered = clustered || id == ds.cities[c].id;
                EXPECT_TRUE(seen || clustered)
                    << where << ": " << ds.cities[c].id << " not drawn " << d["markers"].dump();
            }
        }
    };
    // Every frame in order with Right (and Space, PageDown, Enter for the others).
    check(at(0, 0), 0, 0);
    const char* keys[] = {"Right", "space", "Next", "Return"};
    std::size_t pressed = 0;
    for (std::size_t s = 0; s < talk.scenes.size(); ++s)
        for (std::size_t k = 0; k < frameCount(talk.scenes[s]); ++k) {
            if (s == 0 && k == 0)
                continue;
            press(keys[pressed++ % 4]);
            check(at(s, k), s, k);
        }
    // Back one frame, then Home, End, a scene number, and Esc out of presentation mode.
    const std::size_t lastScene = talk.scenes.size() - 1;
    const std::size_t lastStep = frameCount(talk.scenes[lastScene]) - 1;
    press("Left");
    check(at(lastScene, lastStep - 1), lastScene, lastStep - 1);
    press("Home");
    check(at(0, 0), 0, 0);
    press("End");
    check(at(lastScene, 0), lastScene, 0);
    press("3 Return");
    check(at(2, 0), 2, 0);
    press("Escape");
    const json out = waitForDump(
        dump, [](const json& d) { return d.contains("presenting") && !d["presenting"]; }, 10);
    EXPECT_FALSE(out.value("presenting", true));
}
