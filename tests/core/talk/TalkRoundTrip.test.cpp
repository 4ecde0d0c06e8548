// Saving a talk and loading it back gives the same talk; the example talk loads and plays; the
// resume record survives a restart.
#include "core/io/AtomicFile.hpp"
#include "core/talk/TalkResume.hpp"
#include "core/talk/TalkTestData.hpp"
#include "core/talk/TalkWriter.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace aimap;
using namespace aimap::test;
namespace fs = std::filesystem;

namespace {

const std::string kExample = AIMAP_ROOT "/data/talks/ai-industrial-map-2020.json";

TalkContext exampleContext() {
    // The example names its data relative to itself: "../ai-cities.json".
    TalkContext ctx = bundledContext();
    ctx.datasetPath = resolveTalkDataset(kExample, "../ai-cities.json", "");
    return ctx;
}

Talk loadExample() {
    const TalkLoadResult r = loadTalk(kExample, exampleContext());
    EXPECT_TRUE(r.talk) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.warningCount(), 0u) << r.diagnostics.format();
    return r.talk.value_or(Talk{});
}

// A talk that sets every field the format has, each away from its default.
Talk everyField() {
    const Dataset& ds = bundledData();
    Talk t;
    t.title = "Every field";
    t.dataset = "../ai-cities.json";
    TalkScene a;
    a.title = "A";
    a.view = defaultView(ds);
    a.view.dataset = kBundledData;
    a.view.metric = *ds.metricIndex("ai_enterprises_count");
    a.view.year = 2018;
    a.view.selectedCity = ds.cityIndex("jinan");
    a.view.labels = LabelMode::English;
    a.view.clustering = false;
    a.view.sectors = 5;
    a.view.zones = 3;
    a.view.ranks = RankLayerChoice{*ds.metricIndex("idc_inspur_ai_city_rank"), 2019, 0};
    a.camera.kind = TalkCamera::Kind::Centre;
    a.camera.centre = {117.1205, 36.6519};
    a.camera.zoom = 2.75;
    a.cards = {false, true, true};
    a.spotlight.cities = {*ds.cityIndex("qingdao"), *ds.cityIndex("jinan")};
    a.spotlight.provinces = {"370000", "410000"};
    a.spotlight.focus = {*ds.cityIndex("jinan")};
    a.caption = "Caption \"quoted\" — with a dash";
    a.captionZh = "中文标题";
    a.notes = "Line one.\nLine two.";
    a.holdSeconds = 4.25;
    TalkStep s1;
    s1.metric = *ds.metricIndex("ai_rd_investment_cny");
    s1.year = 2020;
    s1.sectors = 511;
    s1.zones = 0;
    s1.ranks = std::optional<RankLayerChoice>();
    s1.select = std::optional<std::size_t>();
    s1.cards = TalkCards{false, false, true};
    s1.spotlight = Spotlight{};
    s1.caption = "Step";
    s1.captionZh = "步骤";
    s1.holdSeconds = 1.5;
    TalkStep s2;
    s2.select = ds.cityIndex("zhengzhou");
    s2.cards = TalkCards{true, false, false};
    a.steps = {s1, s2};
    TalkScene b;
    b.view = a.view;
    b.view.selectedCity.reset();
    b.cards = {};
    b.camera.kind = TalkCamera::Kind::Fit;
    b.camera.cities = {*ds.cityIndex("shanghai")};
    b.camera.provinces = {"320000"};
    t.scenes = {a, b};
    return t;
}

} // namespace

TEST(TalkRoundTrip, SaveThenLoadGivesTheSameTalk) {
    const Talk t = everyField();
    const fs::path dir = freshTalkDir("roundtrip");
    const std::string path = (dir / "talk.json").string();
    std::string error;
    ASSERT_TRUE(saveTalk(path, t, bundledData(), &bundledProvinces(), error)) << error;
    const TalkLoadResult r = loadTalk(path, bundledContext());
    ASSERT_TRUE(r.talk) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.warningCount(), 0u) << r.diagnostics.format();
    EXPECT_TRUE(*r.talk == t) << talkText(*r.talk, bundledData()) << "\n---\n"
                              << talkText(t, bundledData());
    // Nothing but the talk is left in the folder (the atomic write's temporary is gone).
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
}

TEST(TalkRoundTrip, TheExampleTalkSurvivesASaveUnchanged) {
    const Talk t = loadExample();
    const fs::path dir = freshTalkDir("example");
    // Saved beside a copy of its data, so that its relative "dataset" still names it.
    const std::string path = (dir / "talks" / "example.json").string();
    fs::create_directories(dir / "talks");
    std::string error;
    ASSERT_TRUE(saveTalk(path, t, bundledData(), &bundledProvinces(), error)) << error;
    const TalkLoadResult r = loadTalk(path, exampleContext());
    ASSERT_TRUE(r.talk) << r.diagnostics.format();
    EXPECT_TRUE(*r.talk == t);
    // And saving the reloaded talk writes the same bytes: the writer is deterministic.
    EXPECT_EQ(talkText(*r.talk, bundledData(), &bundledProvinces()),
              talkText(t, bundledData(), &bundledProvinces()));
}

TEST(TalkRoundTrip, AChangedFieldIsNotEqual) {
    // The round trip compares with operator==: it must see each kind of change.
    const Talk t = everyField();
    Talk u = t;
    u.scenes[0].steps[1].select = bundledData().cityIndex("beijing");
    EXPECT_FALSE(u == t);
    u = t;
    u.scenes[0].spotlight.focus.clear();
    EXPECT_FALSE(u == t);
    u = t;
    u.scenes[1].camera.provinces = {"330000"};
    EXPECT_FALSE(u == t);
    u = t;
    u.scenes[0].view.ranks.reset();
    EXPECT_FALSE(u == t);
}

TEST(TalkRoundTrip, SaveFailureLeavesTheOldFile) {
    const fs::path dir = freshTalkDir("readonly");
    std::string error;
    EXPECT_FALSE(saveTalk((dir / "no-such-folder" / "talk.json").string(), everyField(),
                          bundledData(), nullptr, error));
    EXPECT_FALSE(error.empty());
}

// [Example talk] data/talks/ai-industrial-map-2020.json: the story it tells, frame by frame.

TEST(ExampleTalk, LoadsWithoutWarningsAndTellsItsFourStories) {
    const Talk t = loadExample();
    ASSERT_EQ(t.scenes.size(), 4u);
    const Dataset& ds = bundledData();
    for (const TalkScene& s : t.scenes) {
        EXPECT_FALSE(s.caption.empty());
        EXPECT_FALSE(s.captionZh.empty()) << s.title;
        EXPECT_FALSE(s.notes.empty()) << s.title;
        for (const TalkStep& st : s.steps)
            EXPECT_EQ(st.caption.has_value(), st.captionZh.has_value()) << s.title;
    }
    // 1. The headline: national figures card; the quotation's cities lit.
    const TalkScene& headline = t.scenes[0];
    EXPECT_TRUE(headline.cards.national);
    EXPECT_FALSE(ds.national.figures.empty());
    const TalkFrame quoted = frameAt(ds, headline, 1);
    EXPECT_EQ(quoted.spotlight.cities.size(), 5u);
    EXPECT_NE(quoted.caption.find("Shanghai, Shenzhen, Qingdao, and Chengdu"), std::string::npos);
    EXPECT_NE(ds.quotations.at(0).text.find("Shanghai, Shenzhen, Qingdao, and Chengdu"),
              std::string::npos); // the caption quotes the dataset's quotation

    // 2. Pilot zones by approval date: every programme shown, the year moving on per click.
    const TalkScene& zones = t.scenes[1];
    EXPECT_EQ(zones.view.zones, (ProgrammeMask{1} << ds.programmes.size()) - 1);
    std::vector<int> years;
    for (std::size_t i = 0; i < frameCount(zones); ++i)
        years.push_back(frameAt(ds, zones, i).view.year);
    EXPECT_EQ(years, (std::vector<int>{2018, 2020, 2022}));
    EXPECT_EQ(countZones(ds.programmes[0], 2020).approved, 13u);
    EXPECT_EQ(countZones(ds.programmes[1], 2020).approved, 3u);
    EXPECT_EQ(countZones(ds.programmes[0], 2018).approved, 0u);

    // 3. Jinan 2018 -> 2020: each figure of the seed article, in order.
    const TalkScene& jinan = t.scenes[2];
    const std::size_t city = *ds.cityIndex("jinan");
    std::vector<double> shown;
    for (std::size_t i = 0; i < frameCount(jinan); ++i) {
        const TalkFrame f = frameAt(ds, jinan, i);
        EXPECT_EQ(f.view.selectedCity, city);
        const Value* v = ds.value(city, f.view.metric, f.view.year);
        ASSERT_TRUE(v) << i;
        shown.push_back(v->value);
    }
    EXPECT_EQ(shown, (std::vector<double>{89, 281, 41.7e9, 70e9, 623e6, 1.05e9}));

    // 4. Sectors: each click one sector metric, on its own scale.
    const TalkScene& sectors = t.scenes[3];
    std::vector<std::string> metrics;
    for (std::size_t i = 0; i < frameCount(sectors); ++i) {
        const TalkFrame f = frameAt(ds, sectors, i);
        metrics.push_back(ds.metrics[f.view.metric].id);
        ASSERT_TRUE(f.view.selectedCity);
        EXPECT_TRUE(ds.value(*f.view.selectedCity, f.view.metric, f.view.year))
            << "the selected city has the figure the step shows: " << metrics.back();
    }
    EXPECT_EQ(metrics,
              (std::vector<std::string>{"ic_design_scale_cny_100m",
                                        "high_tech_zone_ai_related_industry_cny_100m",
                                        "smart_sensor_core_and_related_industry_cny_100m"}));
    EXPECT_TRUE(frameAt(ds, sectors, 1).view.ranks); // Inspur's AI-server rank as a badge
    EXPECT_FALSE(frameAt(ds, sectors, 2).view.ranks);
    EXPECT_EQ(frameAt(ds, sectors, 2).view.selectedCity, ds.cityIndex("zhengzhou"));
}

TEST(TalkFrames, StepsAccumulateAndAStepMetricKeepsTheYearItCan) {
    const Dataset& ds = bundledData();
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{
        "metric": "ai_enterprises_count", "year": 2020, "select": "jinan", "hold_seconds": 3,
        "steps": [{"metric": "ai_industry_scale_cny", "caption": "one", "hold_seconds": 9},
                  {"metric": "ai_core_industry_scale_cny"},
                  {"select": null, "cards": []}]}]})");
    ASSERT_TRUE(r.talk) << r.diagnostics.format();
    const TalkScene& s = r.talk->scenes[0];
    ASSERT_EQ(frameCount(s), 4u);
    const TalkFrame f1 = frameAt(ds, s, 1);
    EXPECT_EQ(f1.view.year, 2020); // ai_industry_scale_cny has 2020: kept
    EXPECT_EQ(f1.caption, "one");
    EXPECT_EQ(f1.holdSeconds, 9);
    const TalkFrame f2 = frameAt(ds, s, 2);
    EXPECT_EQ(f2.view.year, 2022); // ai_core_industry_scale_cny has no 2020: its latest
    EXPECT_EQ(f2.caption, "one");  // a caption stays until a step changes it
    EXPECT_EQ(f2.holdSeconds, 3);  // a step without a hold is held as long as the scene
    const TalkFrame f3 = frameAt(ds, s, 3);
    EXPECT_FALSE(f3.view.selectedCity);
    EXPECT_FALSE(f3.cards.city);
    EXPECT_EQ(frameAt(ds, s, 99).view, f3.view); // past the last step: the last frame
}

// [Resume] talk-resume.json beside the settings.

TEST(TalkResume, SavedAtomicallyBesideTheSettingsAndReadBack) {
    const fs::path dir = freshTalkDir("resume");
    const std::string path = talkResumePath((dir / "aimap" / "settings.json").string());
    EXPECT_EQ(path, (dir / "aimap" / "talk-resume.json").string());
    std::string error;
    ASSERT_TRUE(saveTalkResume(path, {kExample, 2, 1}, error)) << error;
    const auto back = loadTalkResume(path);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, (TalkResume{fs::path(kExample).lexically_normal().string(), 2, 1}));
    // The file says the scene as the screen does: 1-based.
    std::ifstream in(path);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(text.find("\"scene\": 3"), std::string::npos) << text;
}

TEST(TalkResume, OffersOnlyTheSameTalkPastItsStartWithinItsScenes) {
    const std::string talk = fs::path(kExample).lexically_normal().string();
    const TalkResume saved{talk, 6, 2};
    EXPECT_FALSE(resumePoint(saved, AIMAP_ROOT "/data/talks/other.json", 10));
    EXPECT_FALSE(resumePoint(std::nullopt, talk, 10));
    EXPECT_EQ(resumePoint(saved, talk, 10), saved);
    // The talk lost scenes since: its last scene, from its first frame.
    EXPECT_EQ(resumePoint(saved, talk, 4), (TalkResume{talk, 3, 0}));
    EXPECT_FALSE(resumePoint(TalkResume{talk, 0, 0}, talk, 4)); // the start: nothing to offer
}

TEST(TalkResume, BrokenOrMissingRecordIsNoRecord) {
    const fs::path dir = freshTalkDir("resume-broken");
    EXPECT_FALSE(loadTalkResume((dir / "none.json").string()));
    for (const char* text :
         {"{", "[]", R"({"talk": "/a.json", "scene": 0})", R"({"talk": "/a.json", "scene": -1})",
          R"({"talk": 5, "scene": 1})", R"({"talk": "/a.json", "scene": 1, "step": "x"})"}) {
        std::string error;
        ASSERT_TRUE(writeFileAtomically((dir / "r.json").string(), text, error));
        EXPECT_FALSE(loadTalkResume((dir / "r.json").string())) << text;
    }
}

TEST(TalkDataset, ReferenceForASavedTalkNamesTheSameFile) {
    const std::string bundled = "/opt/aimap/data/ai-cities.json";
    EXPECT_EQ(talkDatasetReferenceFor("/home/me/talks/a.json", bundled, bundled), "");
    EXPECT_EQ(resolveTalkDataset("/home/me/talks/a.json", "", bundled), bundled);
    for (const char* talk : {"/home/me/talks/a.json", "/home/me/a.json", "/tmp/x/y/z.json"}) {
        const std::string data = "/home/me/data/mine.json";
        const std::string ref = talkDatasetReferenceFor(talk, data, bundled);
        EXPECT_EQ(resolveTalkDataset(talk, ref, bundled), data) << talk << " " << ref;
    }
    EXPECT_EQ(talkDatasetReferenceFor("/home/me/talks/a.json", "/home/me/data/mine.json", bundled),
              "../data/mine.json");
}

// The JSON Schema for editors (data/aimap-talk.schema.json) declares every key the writer writes.
TEST(TalkSchema, DeclaresEveryKeyTheWriterWrites) {
    std::ifstream in(AIMAP_ROOT "/data/aimap-talk.schema.json");
    const auto schema = nlohmann::json::parse(in);
    const auto& defs = schema["definitions"];
    const auto written = talkToJson(everyField(), bundledData(), &bundledProvinces());
    for (auto it = written.begin(); it != written.end(); ++it)
        EXPECT_TRUE(schema["properties"].contains(it.key())) << it.key();
    std::size_t steps = 0;
    for (const auto& scene : written["scenes"]) {
        for (auto it = scene.begin(); it != scene.end(); ++it)
            EXPECT_TRUE(defs["scene"]["properties"].contains(it.key())) << "scene/" << it.key();
        for (const auto& step : scene.value("steps", nlohmann::ordered_json::array())) {
            ++steps;
            for (auto it = step.begin(); it != step.end(); ++it)
                EXPECT_TRUE(defs["step"]["properties"].contains(it.key())) << "step/" << it.key();
        }
    }
    EXPECT_EQ(steps, 2u);
}
