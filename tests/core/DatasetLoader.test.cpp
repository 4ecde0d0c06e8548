#include "core/data/DatasetLoader.hpp"

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>

#include <string>

using namespace aimap;

namespace {

const std::string kFixtures = AIMAP_FIXTURES "/datasets/";

std::string allMessages(const Diagnostics& d) {
    return d.format();
}

} // namespace

TEST(DatasetLoader, BundledDatasetLoadsWithoutErrorsOrWarnings) {
    const auto r = loadDataset(AIMAP_ROOT "/data/ai-cities.json");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.errorCount(), 0u);
    EXPECT_EQ(r.diagnostics.warningCount(), 0u) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    EXPECT_EQ(ds.kind, "cited");
    EXPECT_FALSE(ds.isSynthetic());
    EXPECT_GE(ds.cities.size(), 11u);
    // Every value carries at least one defined source.
    for (const auto& v : ds.values) {
        ASSERT_FALSE(v.sources.empty());
        for (const auto& s : v.sources)
            EXPECT_NE(ds.source(s), nullptr) << s;
    }
    // Both pilot-zone programmes are there.
    EXPECT_EQ(ds.programmes.size(), 2u);
    // Every metric has its Chinese name (the Chinese interface shows it; label_zh).
    for (const auto& m : ds.metrics) {
        EXPECT_FALSE(m.labelZh.empty()) << m.id;
        EXPECT_EQ(&m.labelIn(true), &m.labelZh);
        EXPECT_EQ(&m.labelIn(false), &m.label);
    }
    EXPECT_EQ(ds.metrics[*ds.metricIndex("ai_industry_scale_cny")].labelZh,
              "\xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE8\x83\xBD\xE4\xBA\xA7\xE4\xB8\x9A"
              "\xE8\xA7\x84\xE6\xA8\xA1"); // 人工智能产业规模
}

TEST(DatasetLoader, BundledSuzhouIsTheJiangsuOne) {
    // Regression: two prefectures are called Suzhou in English (苏州 Jiangsu, 宿州 Anhui); the
    // first data build matched the Anhui one.
    const auto r = loadDataset(AIMAP_ROOT "/data/ai-cities.json");
    ASSERT_TRUE(r.dataset);
    const auto i = r.dataset->cityIndex("suzhou");
    ASSERT_TRUE(i);
    EXPECT_EQ(r.dataset->cities[*i].nameZh, "\xE8\x8B\x8F\xE5\xB7\x9E"); // 苏州
    EXPECT_EQ(r.dataset->cities[*i].code, "320500");
}

TEST(DatasetLoader, MinimalFixture) {
    const auto r = loadDataset(kFixtures + "minimal.json");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    EXPECT_TRUE(ds.isSynthetic());                              // kind "example"
    const auto jinan = ds.findCity("\xE6\xB5\x8E\xE5\x8D\x97"); // 济南
    ASSERT_TRUE(jinan);
    EXPECT_EQ(ds.findCity("Jinan"), jinan);
    EXPECT_EQ(ds.findCity("jinan"), jinan);
    const auto m = ds.metricIndex("m_count");
    ASSERT_TRUE(m);
    EXPECT_EQ(ds.years(*m), (std::vector<int>{2018, 2020}));
    EXPECT_DOUBLE_EQ(ds.maxValue(*m), 281);
    ASSERT_NE(ds.value(*jinan, *m, 2018), nullptr);
    EXPECT_DOUBLE_EQ(ds.value(*jinan, *m, 2018)->value, 89);
    EXPECT_EQ(ds.value(*jinan, *m, 2019), nullptr);
    EXPECT_EQ(ds.value(*jinan, *ds.metricIndex("m_money"), 2020), nullptr); // absent, not zero
}

struct BadCase {
    const char* file;
    const char* location; // expected in the formatted diagnostics: "file:LOCATION: error"
    const char* message;  // expected substring
};

class BadDataset : public testing::TestWithParam<BadCase> {};

TEST_P(BadDataset, IsRejectedWithLocationAndMessage) {
    const BadCase& c = GetParam();
    const std::string path = kFixtures + "bad/" + c.file;
    const auto r = loadDataset(path);
    EXPECT_FALSE(r.dataset);
    ASSERT_TRUE(r.diagnostics.hasErrors());
    const std::string text = allMessages(r.diagnostics);
    EXPECT_NE(text.find(path + std::string(c.location) + ": error"), std::string::npos) << text;
    EXPECT_NE(text.find(c.message), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BadDataset,
    testing::Values(
        BadCase{"missing-comma.json", ":5:3", "expected '}'"},
        BadCase{"curly-quotes.json", ":3:3", "curly quotes"},
        BadCase{"fullwidth-colon.json", ":3:10", "full-width punctuation"},
        BadCase{"trailing-comma.json", ":4:1", "remove the comma"},
        BadCase{"truncated.json", ":1:57", "unexpected end of input"},
        BadCase{"depth-bomb.json", ":1:65", "nesting deeper than 64"},
        BadCase{"top-level-array.json", "", "top level must be an object"},
        BadCase{"no-version.json", "", "missing \"aimap\": 1"},
        BadCase{"future-version.json", ":/aimap", "unsupported format version 2"},
        BadCase{"lon-as-string.json", ":/cities/0/lon", "write the number without quotes"},
        BadCase{"unknown-city.json", ":/values/0/city", "unknown city \"b\""},
        BadCase{"negative-value.json", ":/values/0/value", "negative value"},
        BadCase{"huge-number.json", ":1:223", "number overflow parsing '1e400'"},
        BadCase{"undefined-source.json", ":/values/0/sources/0", "source \"S9\" is not defined"},
        BadCase{"duplicate-value.json", ":/values/1", "a second value for a / m / 2020 (the first is /values/0)"},
        BadCase{"duplicate-city.json", ":/cities/1/id", "duplicate city id \"a\""},
        BadCase{"latitude-out-of-range.json", ":/cities/0", "coordinates out of range"},
        BadCase{"year-out-of-range.json", ":/values/0/year", "year must be a whole number"},
        BadCase{"nul-byte.json", ":1:132", "NUL byte"},
        BadCase{"invalid-utf8.json", ":1:24", "not valid UTF-8 text"},
        BadCase{"trailing-garbage.json", ":1:30", "expected end of input"},
        BadCase{"bad-kind.json", ":/kind", "\"kind\" must be"},
        BadCase{"empty.json", ":1:1", "the file is empty"},
        BadCase{"duplicate-key.json", ":5:3", "duplicate key \"title\""},
        BadCase{"misspelt-metric.json", ":/values/0/metric",
                "unknown metric \"ai_enterprise_count\" (hint: did you mean \"ai_enterprises_count\"?)"}),
    [](const testing::TestParamInfo<BadCase>& info) {
        return aimap::test::fixtureTestName(info.param.file);
    });

TEST(DatasetLoader, MissingFileSaysSo) {
    const auto r = loadDataset(kFixtures + "does-not-exist.json");
    EXPECT_FALSE(r.dataset);
    EXPECT_NE(r.diagnostics.format().find("does-not-exist.json: error: file not found"),
              std::string::npos);
}

TEST(DatasetLoader, DirectoryIsNotAFile) {
    const auto r = loadDataset(kFixtures);
    EXPECT_FALSE(r.dataset);
    EXPECT_NE(r.diagnostics.format().find("not a regular file"), std::string::npos);
}

TEST(DatasetLoader, FileSizeIsCheckedBeforeReading) {
    Limits limits;
    limits.maxFileBytes = 100;
    const auto r = loadDataset(kFixtures + "minimal.json", limits);
    EXPECT_FALSE(r.dataset);
    EXPECT_NE(r.diagnostics.format().find("over the limit of 100"), std::string::npos);
}

// Regression (issue 13): "too many values" did not say how many, nor the limit.
TEST(DatasetLoader, TooManyValuesSaysHowManyAndTheLimit) {
    const nlohmann::json doc = nlohmann::json::parse(R"({
      "aimap": 1, "title": "t", "kind": "cited",
      "metrics": {"m": {"label": "M", "unit": "count"}},
      "cities": [{"id": "a", "name_en": "A", "lon": 117, "lat": 36}],
      "values": [{"city": "a", "metric": "m", "year": 2020, "value": 3},
                 {"city": "a", "metric": "m", "year": 2021, "value": 3},
                 {"city": "a", "metric": "m", "year": 2022, "value": 3}]})");
    Limits limits;
    limits.maxValues = 2;
    const auto r = buildDataset(doc, "mem.json", limits);
    EXPECT_FALSE(r.dataset);
    EXPECT_NE(
        r.diagnostics.format().find("mem.json:/values: error: too many values: 3 (the limit is 2)"),
        std::string::npos)
        << r.diagnostics.format();
}

TEST(DatasetLoader, UnsourcedValueAndUnknownFieldWarnButLoad) {
    const nlohmann::json doc = nlohmann::json::parse(R"({
      "aimap": 1, "title": "t", "kind": "cited", "colour": "red",
      "metrics": {"m": {"label": "M", "unit": "count"}},
      "cities": [{"id": "a", "name_en": "A", "lon": 117, "lat": 36}],
      "values": [{"city": "a", "metric": "m", "year": 2020, "value": 3}]})");
    const auto r = buildDataset(doc, "mem.json");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const std::string text = r.diagnostics.format();
    EXPECT_NE(text.find("mem.json:/values/0: warning: value has no source"), std::string::npos);
    EXPECT_NE(text.find("mem.json:/colour: warning: unknown field"), std::string::npos);
}

TEST(DatasetLoader, SwappedLonLatGetsAHint) {
    const nlohmann::json doc = nlohmann::json::parse(R"({
      "aimap": 1, "title": "t", "kind": "cited",
      "metrics": {"m": {"label": "M", "unit": "count"}},
      "cities": [{"id": "a", "name_en": "A", "lon": 36.6, "lat": 117.0}],
      "values": []})");
    const auto r = buildDataset(doc, "mem.json");
    EXPECT_NE(r.diagnostics.format().find("coordinates out of range"), std::string::npos);
    const nlohmann::json doc2 = nlohmann::json::parse(R"({
      "aimap": 1, "title": "t", "kind": "cited",
      "metrics": {"m": {"label": "M", "unit": "count"}},
      "cities": [{"id": "a", "name_en": "A", "lon": 36.6, "lat": 80.0}],
      "values": []})");
    EXPECT_NE(buildDataset(doc2, "mem.json").diagnostics.format().find("lon and lat look swapped"),
              std::string::npos);
}

TEST(DatasetLoader, Utf8BomIsAccepted) {
    const std::string path = testing::TempDir() + "aimap_bom.json";
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fputs("\xEF\xBB\xBF", f);
        std::FILE* in = std::fopen((kFixtures + "minimal.json").c_str(), "rb");
        ASSERT_NE(in, nullptr);
        char buf[4096];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, in)) > 0)
            std::fwrite(buf, 1, n, f);
        std::fclose(in);
        std::fclose(f);
    }
    const auto r = loadDataset(path);
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
}

// The JSON Schema for editors must describe the same fields the loader reads: every field the
// bundled dataset uses is declared, and the loader accepts the "$schema" key editors add.
TEST(DatasetLoader, SchemaDeclaresEveryFieldOfTheBundledDataset) {
    std::ifstream in(AIMAP_ROOT "/data/aimap-dataset.schema.json");
    const auto schema = nlohmann::json::parse(in);
    std::ifstream din(AIMAP_ROOT "/data/ai-cities.json");
    const auto data = nlohmann::json::parse(din);
    const auto& props = schema["properties"];
    for (auto it = data.begin(); it != data.end(); ++it)
        EXPECT_TRUE(props.contains(it.key())) << it.key();
    for (const char* array : {"cities", "values", "specialisations", "programmes", "sector_figures",
                              "quotations", "province_figures"}) {
        const auto& itemProps = props[array]["items"]["properties"];
        for (const auto& item : data.value(array, nlohmann::json::array()))
            for (auto it = item.begin(); it != item.end(); ++it)
                EXPECT_TRUE(itemProps.contains(it.key())) << array << "/" << it.key();
    }
    const auto& metricProps = props["metrics"]["additionalProperties"]["properties"];
    for (const auto& m : data["metrics"])
        for (auto it = m.begin(); it != m.end(); ++it)
            EXPECT_TRUE(metricProps.contains(it.key())) << "metrics/" << it.key();
    const auto& figureProps = props["national"]["properties"]["figures"]["items"]["properties"];
    for (const auto& f :
         data.value("national", nlohmann::json::object()).value("figures", nlohmann::json::array()))
        for (auto it = f.begin(); it != f.end(); ++it)
            EXPECT_TRUE(figureProps.contains(it.key())) << "national/figures/" << it.key();
    nlohmann::json withSchema = data;
    withSchema["$schema"] = "../data/aimap-dataset.schema.json";
    const auto r = buildDataset(withSchema, "mem.json");
    EXPECT_TRUE(r.dataset);
    EXPECT_EQ(r.diagnostics.warningCount(), 0u) << r.diagnostics.format();
}
