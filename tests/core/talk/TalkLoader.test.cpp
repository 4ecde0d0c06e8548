// Talk files: every mistake pinpointed (file, JSON pointer or line:column, what and how to fix),
// limits against hostile input, loading linear in the input.
#include "core/talk/TalkLoader.hpp"
#include "core/data/Suggest.hpp"
#include "core/talk/TalkTestData.hpp"
#include "core/talk/TalkWriter.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using namespace aimap;
using namespace aimap::test;

namespace {

// The first error of a load, formatted ("file:location: error: ...").
std::string firstError(const Diagnostics& d) {
    for (const Diagnostic& item : d.items())
        if (item.severity == Severity::Error)
            return item.format();
    return "(no error)";
}

struct BadTalk {
    const char* file;     ///< in tests/fixtures/talks/bad
    const char* location; ///< JSON pointer or line:column of the first error
    const char* says;     ///< part of its message or hint
};

// One per kind of mistake: each is a regression test for the message and where it points.
const BadTalk kBadTalks[] = {
    {"wrong-version.json", "/aimap_talk", "unsupported talk format version 2"},
    {"no-scenes.json", "/scenes", "the talk has no scene"},
    {"unknown-metric.json", "/scenes/0/metric", "did you mean \"ai_enterprises_count\"?"},
    {"rank-as-metric.json", "/scenes/0/metric", "\"ranks\": \"idc_inspur_ai_city_rank\""},
    {"year-without-figures.json", "/scenes/0/year", "years with figures: 2018 2020 2022"},
    {"year-as-string.json", "/scenes/0/year", "write it without quotes"},
    {"unknown-city.json", "/scenes/0/select", "did you mean \"jinan\"?"},
    {"unknown-fit-city.json", "/scenes/0/camera/fit/cities/1", "did you mean \"qingdao\"?"},
    {"unknown-province.json", "/scenes/0/spotlight/provinces/0", "did you mean \"Shandong\"?"},
    {"unknown-sector.json", "/scenes/0/sectors/0", "did you mean \"ai_chips\"?"},
    {"unknown-programme.json", "/scenes/0/zones/0", "did you mean \"MOST\"?"},
    {"unknown-ranking.json", "/scenes/0/ranks",
     "idc_inspur_ai_city_rank:2019 idc_inspur_ai_city_rank:2021"},
    {"card-without-selection.json", "/scenes/0/cards", "no city is selected"},
    {"city-and-cluster-cards.json", "/scenes/0/cards", "share one panel"},
    {"step-moves-camera.json", "/scenes/0/steps/0/camera", "start a new scene to move it"},
    {"step-year-of-other-metric.json", "/scenes/0/steps/1/year",
     "\"ai_rd_investment_cny\" has no figures for 2022"},
    {"too-many-focus.json", "/scenes/0/spotlight/focus", "at most 3 focus cities"},
    {"camera-zoom-out-of-range.json", "/scenes/0/camera/zoom", "between -1 and 6"},
    {"camera-latitude-first.json", "/scenes/0/camera/centre", "longitude first"},
    {"hold-zero.json", "/scenes/0/hold_seconds", "more than 0"},
    {"timeline-backwards.json", "/scenes/0/timeline/to", "must be a later year than \"from\""},
    {"timeline-year-without-figures.json", "/scenes/0/steps/0/timeline/to",
     "years with figures: 2018 2020 2022"},
    {"timeline-year-is-not-to.json", "/scenes/0/year", "the frame ends on \"to\""},
    {"timeline-not-an-object.json", "/scenes/0/timeline", "{\"from\": 2018, \"to\": 2020}"},
    {"timeline-without-to.json", "/scenes/0/steps/1/timeline", "needs both \"from\" and \"to\""},
    {"trailing-comma.json", "5:3", "remove the comma"},
    {"duplicate-key.json", "4:56", "duplicate key \"caption\""},
};

class BadTalkFile : public testing::TestWithParam<BadTalk> {};

} // namespace

TEST_P(BadTalkFile, FirstErrorIsPinpointed) {
    const BadTalk& bad = GetParam();
    const std::string path = std::string(AIMAP_FIXTURES "/talks/bad/") + bad.file;
    const TalkLoadResult r = loadTalk(path, bundledContext());
    EXPECT_FALSE(r.talk);
    const std::string first = firstError(r.diagnostics);
    EXPECT_EQ(first.rfind(path + ":" + bad.location + ": error: ", 0), 0u) << first;
    EXPECT_NE(first.find(bad.says), std::string::npos) << first;
}

INSTANTIATE_TEST_SUITE_P(Talks, BadTalkFile, testing::ValuesIn(kBadTalks),
                         [](const testing::TestParamInfo<BadTalk>& info) {
                             return fixtureTestName(info.param.file);
                         });

TEST(TalkLoader, EveryBadFixtureHasAnExpectation) {
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(AIMAP_FIXTURES "/talks/bad"))
        if (e.path().filename() != "missing-dataset.json") // the dataset is the caller's: CLI test
            ++files;
    EXPECT_EQ(files, std::size(kBadTalks));
}

TEST(TalkLoader, NamesResolveAsOnTheCommandLine) {
    // Ids, English and Chinese names, short programme names: as --select, --zones, --sectors.
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{
        "metric": "ai_enterprises_count", "select": "济南", "zones": ["MIIT"],
        "sectors": ["chips", "AI servers"], "ranks": "idc_inspur_ai_city_rank",
        "spotlight": {"cities": ["Xi'an", "qingdao"], "provinces": ["山东", "370000", "shandong"]},
        "labels": "zh", "grouping": false}]})");
    ASSERT_TRUE(r.talk) << r.diagnostics.format();
    const Dataset& ds = bundledData();
    const TalkScene& s = r.talk->scenes[0];
    EXPECT_EQ(s.view.metric, *ds.metricIndex("ai_enterprises_count"));
    EXPECT_EQ(s.view.year, 2022); // a metric alone shows its latest year, as --metric does
    EXPECT_EQ(s.view.selectedCity, ds.cityIndex("jinan"));
    EXPECT_TRUE(s.cards.city); // selecting a city opens its card unless "cards" says otherwise
    EXPECT_EQ(s.view.zones, 2u);
    EXPECT_EQ(s.view.sectors, 3u);
    ASSERT_TRUE(s.view.ranks);
    EXPECT_EQ(s.view.ranks->year, 2021); // the latest year of the ranking
    EXPECT_EQ(s.view.labels, LabelMode::Chinese);
    EXPECT_FALSE(s.view.clustering);
    EXPECT_EQ(s.view.dataset, kBundledData);
    EXPECT_EQ(s.spotlight.cities,
              (std::vector<std::size_t>{*ds.cityIndex("xian"), *ds.cityIndex("qingdao")}));
    EXPECT_EQ(s.spotlight.provinces, (std::vector<std::string>{"370000", "370000", "370000"}));
    EXPECT_EQ(s.camera.kind, TalkCamera::Kind::China);
}

TEST(TalkLoader, SceneWithoutViewFieldsShowsTheDefaultView) {
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"caption": "hello"}]})");
    ASSERT_TRUE(r.talk) << r.diagnostics.format();
    ViewState expected = defaultView(bundledData());
    expected.dataset = kBundledData;
    EXPECT_EQ(r.talk->scenes[0].view, expected);
    EXPECT_EQ(r.talk->scenes[0].holdSeconds, TalkScene::kDefaultHoldSeconds);
}

TEST(TalkLoader, MisspeltFieldIsAWarningWithASuggestion) {
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"captoin": "x"}]})");
    ASSERT_TRUE(r.talk);
    ASSERT_EQ(r.diagnostics.warningCount(), 1u);
    const std::string w = r.diagnostics.items()[0].format();
    EXPECT_NE(w.find("talk.json:/scenes/0/captoin: warning: unknown field"), std::string::npos)
        << w;
    EXPECT_NE(w.find("did you mean \"caption\"?"), std::string::npos) << w;
}

TEST(TalkLoader, StepChangingOnlyTheEnglishCaptionWarnsAboutTheChineseOne) {
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"caption": "a",
        "caption_zh": "甲", "steps": [{"caption": "b"}]}]})");
    ASSERT_TRUE(r.talk);
    EXPECT_NE(r.diagnostics.format().find("/scenes/0/steps/0/caption: warning:"), std::string::npos)
        << r.diagnostics.format();
}

TEST(TalkLoader, ChineseCaptionStartedByAStepIsExpectedOnTheStepsAfterIt) {
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"caption": "a",
        "steps": [{"caption": "b", "caption_zh": "乙"}, {"caption": "c"}]}]})");
    ASSERT_TRUE(r.talk);
    EXPECT_EQ(r.diagnostics.warningCount(), 1u) << r.diagnostics.format();
    EXPECT_NE(r.diagnostics.format().find("/scenes/0/steps/1/caption: warning:"), std::string::npos)
        << r.diagnostics.format();
}

TEST(TalkLoader, EveryErrorOfAFileIsReportedNotOnlyTheFirst) {
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"select": "nowhere"},
        {"metric": "no_such_metric"}, {"zones": ["nothing"]}]})");
    EXPECT_FALSE(r.talk);
    EXPECT_EQ(r.diagnostics.errorCount(), 3u) << r.diagnostics.format();
}

TEST(TalkLoader, TopLevelArrayIsRejectedAsAWhole) {
    const auto r = talkFromText("[1, 2]");
    EXPECT_FALSE(r.talk);
    EXPECT_NE(firstError(r.diagnostics).find("talk.json: error: the top level must be an object"),
              std::string::npos);
}

// [Limits] Hostile input fails fast with a message, never exhausts memory or stack.

TEST(TalkLimits, TooManyScenes) {
    TalkLimits limits;
    limits.maxScenes = 5;
    std::string text = R"({"aimap_talk": 1, "scenes": [{})";
    for (int i = 0; i < 5; ++i)
        text += ", {}";
    const auto r = talkFromText(text + "]}", limits);
    EXPECT_FALSE(r.talk);
    EXPECT_NE(firstError(r.diagnostics)
                  .find("talk.json:/scenes: error: too many scenes: 6 (the "
                        "limit is 5)"),
              std::string::npos)
        << r.diagnostics.format();
}

TEST(TalkLimits, TooManyStepsAndListItems) {
    TalkLimits limits;
    limits.maxSteps = 2;
    limits.maxListItems = 2;
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"steps": [{}, {}, {}],
        "spotlight": {"cities": ["jinan", "jinan", "jinan"]}}]})",
                                limits);
    EXPECT_FALSE(r.talk);
    const std::string all = r.diagnostics.format();
    EXPECT_NE(all.find("/scenes/0/steps: error: too many build steps: 3"), std::string::npos)
        << all;
    EXPECT_NE(all.find("/scenes/0/spotlight/cities: error: too many cities: 3"), std::string::npos)
        << all;
}

TEST(TalkLimits, DeepNestingIsRejectedBeforeParsing) {
    // nlohmann 3.11.2 parses recursively: a bracket bomb must never reach it.
    const std::string bomb = R"({"aimap_talk": 1, "scenes": [{"notes": )" +
                             std::string(100000, '[') + std::string(100000, ']') + "}]}";
    const auto r = talkFromText(bomb);
    EXPECT_FALSE(r.talk);
    EXPECT_NE(firstError(r.diagnostics).find("talk.json:1:"), std::string::npos)
        << firstError(r.diagnostics);
}

TEST(TalkLimits, OversizedFileAndTextAreRefused) {
    TalkLimits limits;
    limits.maxFileBytes = 1000;
    const auto big = talkFromText(
        R"({"aimap_talk": 1, "scenes": [{"notes": ")" + std::string(2000, 'x') + "\"}]}", limits);
    EXPECT_FALSE(big.talk);
    EXPECT_NE(firstError(big.diagnostics).find("over the limit of 1000"), std::string::npos);

    const auto longNotes = talkFromText(R"({"aimap_talk": 1, "scenes": [{"notes": ")" +
                                        std::string(20000, 'x') + "\"}]}");
    EXPECT_FALSE(longNotes.talk);
    EXPECT_NE(
        firstError(longNotes.diagnostics).find("/scenes/0/notes: error: string of 20000 bytes"),
        std::string::npos)
        << firstError(longNotes.diagnostics);
}

TEST(TalkLimits, ThousandsOfUnknownNamesCostOneSuggestionSearchPerListedError) {
    // Loads are linear in the input: each name is resolved once, and the "did you mean" search
    // runs only for the errors that are listed (Diagnostics::kListed), not for every one.
    std::string text = R"({"aimap_talk": 1, "scenes": [)";
    for (int i = 0; i < 1000; ++i)
        text += std::string(i ? "," : "") + R"({"spotlight": {"cities": ["nowhere)" +
                std::to_string(i) + R"(", "jinna", "jinna"]}})";
    const SuggestWork before = suggestWork();
    const auto r = talkFromText(text + "]}");
    const SuggestWork after = suggestWork();
    EXPECT_FALSE(r.talk);
    EXPECT_EQ(r.diagnostics.errorCount(), 3000u);
    EXPECT_LE(after.searches - before.searches, Diagnostics::kListed);
}

TEST(TalkLoader, CityNamesResolveExactlyAsDatasetFindCity) {
    // The loader indexes the cities once (findCity scans them per name); same answers.
    const Dataset& ds = bundledData();
    std::vector<std::string> names = {"JINAN",    "Xi an",     "xi’an",  "济南市",  "Hong Kong",
                                      "hongkong", "hong-kong", "suzhou", "nowhere", "Jinan "};
    for (const City& c : ds.cities)
        for (const std::string& n : {c.id, c.nameEn, c.nameZh})
            names.push_back(n);
    for (const std::string& name : names) {
        const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"select": )" +
                                    nlohmann::json(name).dump() + "}]}");
        const auto expected = ds.findCity(name);
        ASSERT_EQ(r.talk.has_value(), expected.has_value()) << name;
        if (expected) {
            EXPECT_EQ(r.talk->scenes[0].view.selectedCity, expected) << name;
        }
    }
}

TEST(TalkLoader, BlankCityNameIsAnErrorNotTheFirstCityWithoutAName) {
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"select": " "}]})");
    EXPECT_FALSE(r.talk);
    EXPECT_NE(
        firstError(r.diagnostics).find("/scenes/0/select: error: a city name must not be empty"),
        std::string::npos);
}

TEST(TalkLoader, UnknownFieldWithoutASuggestionPointsToTheTalkFormat) {
    // Regression: the hint named the dataset format's document.
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"zzzzzzzz": 1}]})");
    ASSERT_TRUE(r.talk);
    EXPECT_NE(r.diagnostics.format().find("check its spelling against docs/talks.md"),
              std::string::npos)
        << r.diagnostics.format();
}

TEST(TalkLoader, ProvincesWithoutAProvinceListAreAnErrorWhereNamed) {
    TalkContext ctx = bundledContext();
    ctx.provinces = nullptr;
    Diagnostics d;
    const auto doc = parseJsonText(R"({"aimap_talk": 1, "scenes": [{"caption": "a"},
        {"camera": {"fit": {"provinces": ["Shandong"]}}}]})",
                                   "talk.json", Limits{}, d);
    ASSERT_TRUE(doc);
    const auto r = buildTalk(*doc, "talk.json", ctx);
    EXPECT_FALSE(r.talk);
    EXPECT_EQ(r.diagnostics.errorCount(), 1u);
    EXPECT_NE(firstError(r.diagnostics)
                  .find("talk.json:/scenes/1/camera/fit/provinces/0: error: province \"Shandong\" "
                        "cannot be checked"),
              std::string::npos)
        << firstError(r.diagnostics);
}

TEST(TalkLoader, OneMistakeIsOneError) {
    // An unknown selected city with its card open: the card's check would only repeat it.
    for (const char* text :
         {R"({"aimap_talk": 1, "scenes": [{"select": "jinna", "cards": ["city"]}]})",
          R"({"aimap_talk": 1, "scenes": [{"steps": [{"select": "jinna", "cards": ["city"]}]}]})",
          R"({"aimap_talk": 1, "scenes": [{"camera": {"fit": {"cities": ["jinna"]}}}]})"}) {
        const auto r = talkFromText(text);
        EXPECT_EQ(r.diagnostics.errorCount(), 1u) << text << "\n" << r.diagnostics.format();
    }
}

TEST(TalkTimeline, AFramePlaysItsOwnRangeAndEndsOnItsLastYear) {
    const auto r = talkFromText(R"({"aimap_talk": 1, "scenes": [{"caption": "a",
        "metric": "ai_enterprises_count", "timeline": {"from": 2018, "to": 2022},
        "steps": [{"caption": "b"}, {"metric": "ai_industry_scale_cny",
                   "timeline": {"from": 2018, "to": 2020}}, {"caption": "c"}]}]})");
    ASSERT_TRUE(r.talk) << firstError(r.diagnostics);
    const Dataset& ds = bundledData();
    const TalkScene& s = r.talk->scenes[0];
    EXPECT_EQ(s.view.year, 2022); // the scene ends on "to"
    TalkFrame f = frameAt(ds, s, 0);
    ASSERT_TRUE(f.timeline);
    EXPECT_EQ(f.timeline->from, 2018);
    EXPECT_EQ(f.timeline->to, 2022);
    f = frameAt(ds, s, 1); // a step without one plays nothing (not inherited)
    EXPECT_FALSE(f.timeline);
    EXPECT_EQ(f.view.year, 2022);
    f = frameAt(ds, s, 2);
    ASSERT_TRUE(f.timeline);
    EXPECT_EQ(f.timeline->to, 2020);
    EXPECT_EQ(f.view.year, 2020);
    f = frameAt(ds, s, 3); // and the next step starts from where it ended
    EXPECT_FALSE(f.timeline);
    EXPECT_EQ(f.view.year, 2020);
    // Saved and loaded again: the same talk.
    const auto again = talkFromText(talkText(*r.talk, ds));
    ASSERT_TRUE(again.talk) << firstError(again.diagnostics);
    EXPECT_EQ(*again.talk, *r.talk);
}

TEST(TalkTimeline, TheExampleTalkPlaysJinan2018To2020) {
    const auto r = loadTalk(AIMAP_ROOT "/data/talks/ai-industrial-map-2020.json", bundledContext());
    ASSERT_TRUE(r.talk);
    const Dataset& ds = bundledData();
    int played = 0;
    for (const TalkScene& s : r.talk->scenes)
        for (std::size_t k = 0; k < frameCount(s); ++k) {
            const TalkFrame f = frameAt(ds, s, k);
            if (!f.timeline)
                continue;
            ++played;
            EXPECT_EQ(f.timeline->from, 2018);
            EXPECT_EQ(f.timeline->to, 2020);
            EXPECT_EQ(f.view.year, 2020);
            EXPECT_EQ(f.view.selectedCity, ds.cityIndex("jinan"));
        }
    EXPECT_EQ(played, 3); // enterprises, industry scale, R&D investment
}
