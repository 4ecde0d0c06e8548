// Enterprise lists in JSON (docs/data-format.md, "Enterprise lists"): what is rejected, where the
// message points. Regressions of issue 13: wrong accepts and unclear messages.
#include "core/data/EnterpriseJsonLoader.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/data/JsonFile.hpp"

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace aimap;

namespace {

struct Case {
    const char* name;
    std::string text;
    bool loads;
    const char* expect; // substring of the formatted diagnostics ("" = none required)
};

std::string testName(const testing::TestParamInfo<Case>& info) {
    return info.param.name;
}

const std::string kOkEnterprise =
    R"({"name": "A", "city": "Jinan", "sectors": ["iot"], "year": 2020, "source": "R1"})";

// A valid list; @TOP@ adds top-level members, @E@ is the enterprise list's first element.
std::string list(const std::string& top, const std::string& enterprise = kOkEnterprise) {
    return R"({"aimap_enterprises": 1,)" + top +
           R"( "sources": {"R1": {"title": "Registry"}}, "enterprises": [)" + enterprise + "]}";
}

std::vector<Case> cases() {
    return {
        {"Valid", list(""), true, ""},
        {"VersionTwo", R"({"aimap_enterprises": 2, "enterprises": []})", false,
         "e.json:/aimap_enterprises: error: unsupported format version 2"},
        {"VersionBanana", R"({"aimap_enterprises": "banana", "enterprises": []})", false,
         "unsupported format version \"banana\""},
        {"VersionAsText", R"({"aimap_enterprises": "1", "enterprises": []})", false,
         "unsupported format version \"1\""},
        {"TitleNotAString", list(R"( "title": 5,)"), false,
         "e.json:/title: error: \"title\" must be a string, not a number"},
        {"WeightLabelNotAString", list(R"( "weight_label": ["Revenue"],)"), false,
         "e.json:/weight_label: error: \"weight_label\" must be a string, not an array"},
        {"SourceTitleNotAString",
         R"({"aimap_enterprises": 1, "sources": {"R1": {"title": 7}}, "enterprises": [)" +
             kOkEnterprise + "]}",
         false, "e.json:/sources/R1/title: error: \"title\" must be a string, not a number"},
        {"SourceNotAnObject",
         R"({"aimap_enterprises": 1, "sources": {"R1": "Registry"}, "enterprises": [)" +
             kOkEnterprise + "]}",
         false, "e.json:/sources/R1: error: a source must be an object, not a string"},
        {"NameOverTheLengthLimit",
         list("", R"({"name": ")" + std::string(100000, 'n') +
                      R"(", "city": "Jinan", "sectors": ["iot"], "year": 2020})"),
         false,
         "e.json:/enterprises/0/name: error: string of 100000 bytes is over the limit of 4096"},
        {"UnknownEnterpriseFieldWarns",
         list("",
              R"({"name": "A", "city": "Jinan", "sectors": ["iot"], "year": 2020, "wieght": 5})"),
         true,
         "e.json:/enterprises/0/wieght: warning: unknown field \"wieght\" ignored (hint: did you "
         "mean \"weight\"?)"},
        {"UnknownTopLevelFieldWarns", list(R"( "titel": "x",)"), true,
         "e.json:/titel: warning: unknown field \"titel\" ignored (hint: did you mean \"title\"?)"},
        {"UnknownSourceFieldWarns",
         R"({"aimap_enterprises": 1, "sources": {"R1": {"title": "t", "pubisher": "p"}}, "enterprises": [)" +
             kOkEnterprise + "]}",
         true, "e.json:/sources/R1/pubisher: warning: unknown field"},
        {"YearAsTextIsOneError",
         list("", R"({"name": "A", "city": "Jinan", "sectors": ["iot"], "year": "2020"})"), false,
         "e.json:/enterprises/0/year: error: \"year\" must be a number, not a string"},
        {"LonAsText",
         list("", R"({"name": "A", "lon": "117", "lat": 36.6, "sectors": ["iot"], "year": 2020})"),
         false, "e.json:/enterprises/0/lon: error: \"lon\" must be a number, not a string"},
        // Regression (found by fuzz_panels): a list with no "enterprises" member read through a
        // null pointer after reporting it.
        {"NoEnterprisesMember", R"({"aimap_enterprises": 1, "title": "t", "enterprisecity": []})",
         false, "e.json: error: missing top-level array \"enterprises\""},
        {"EnterprisesNotAnArray", R"({"aimap_enterprises": 1, "enterprises": {}})", false,
         "e.json:/enterprises: error: \"enterprises\" must be an array, not an object"},
        // Regression (issue 13): a weight of 1e300 made the sums infinite and the card's shares
        // "-nan%".
        {"WeightImplausiblyLarge",
         list(
             "",
             R"({"name": "A", "city": "Jinan", "sectors": ["iot"], "year": 2020, "weight": 1e300})"),
         false, "e.json:/enterprises/0/weight: error: \"weight\" is implausibly large (over 1e18)"},
        // Regression (issue 13): the fields after the first wrong one were called unknown.
        {"FieldsAfterAWrongOneAreNotUnknown",
         list("", R"({"name": "A", "lon": 500, "lat": 36, "sectors": ["iot"], "year": 2020,
                      "weight": 3, "source": "R1"})"),
         false, "e.json:/enterprises/0: error: lon/lat must both be numbers inside China"},
        {"NameOnlySpaces",
         list("", R"({"name": "  ", "city": "Jinan", "sectors": ["iot"], "year": 2020})"), false,
         "e.json:/enterprises/0/name: error: an enterprise needs a \"name\" string"},
        {"NoEnterprisesHasNothingToShow", R"({"aimap_enterprises": 1, "enterprises": []})", false,
         "e.json: error: no enterprises in the file"},
    };
}

} // namespace

class BadEnterpriseJson : public testing::TestWithParam<Case> {};

TEST_P(BadEnterpriseJson, OutcomeAndPointer) {
    const Case& c = GetParam();
    const auto r = loadDatasetBytes(c.text, "e.json", &aimap::test::bundledGazetteer());
    const std::string text = r.diagnostics.format();
    EXPECT_EQ(static_cast<bool>(r.dataset), c.loads) << text;
    if (*c.expect) {
        EXPECT_NE(text.find(c.expect), std::string::npos) << text;
    }
    EXPECT_EQ(text.find("internal error"), std::string::npos) << text;
    if (std::string(c.name).find("Unknown") == std::string::npos) {
        EXPECT_EQ(text.find("unknown field"), std::string::npos) << text;
    }
    if (!c.loads) {
        EXPECT_TRUE(r.diagnostics.hasErrors());
    }
}

INSTANTIATE_TEST_SUITE_P(Inline, BadEnterpriseJson, testing::ValuesIn(cases()), testName);

// Regression (issue 13): an enterprise without a weight added 1 to its city's weight sum when the
// others gave weights (the default of a list without weights). It adds nothing, and the figure
// says over how many enterprises it is summed.
TEST(EnterpriseJson, AMissingWeightAddsNothingAndTheSumSaysOverHowMany) {
    const std::string text =
        list("", R"({"name": "A", "city": "Jinan", "sectors": ["iot"], "year": 2020, "weight": 5,
                      "source": "R1"},
                     {"name": "B", "city": "Jinan", "sectors": ["ai_chips"], "year": 2020,
                      "source": "R1"},
                     {"name": "C", "city": "Qingdao", "sectors": ["iot"], "year": 2020,
                      "source": "R1"})");
    const auto r = loadDatasetBytes(text, "e.json", &aimap::test::bundledGazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    const auto weight = ds.metricIndex("enterprise_weight");
    const auto jinan = ds.findCity("Jinan");
    const auto qingdao = ds.findCity("Qingdao");
    ASSERT_TRUE(weight && jinan && qingdao);
    const Value* v = ds.value(*jinan, *weight, 2020);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->value, 5);
    EXPECT_EQ(v->notes, "sum over the 1 of 2 enterprises that give a weight");
    EXPECT_EQ(ds.value(*qingdao, *weight, 2020), nullptr); // no weight given: no sum, not 0
    for (const auto& b : ds.sectorBreakdowns)
        if (b.city == *jinan) {
            EXPECT_EQ(b.weighed, 1u);
            EXPECT_EQ(b.total, 2u);
            EXPECT_EQ(b.totalWeight, 5);
        }
}

// Regression (issue 13): an enterprise given a city and a lon/lat was counted in the city nearest
// to its lon/lat, the city it names ignored without a word. It counts in the city it names, is
// drawn at its lon/lat, and a lon/lat far from that city is warned about.
TEST(EnterpriseJson, ANamedCityWinsOverTheNearestAndAFarPositionIsWarnedAbout) {
    // 117.6, 36.75 lies in Jinan's east, nearer to Zibo's centre than to Jinan's.
    const std::string text =
        list("", R"({"name": "A", "city": "Jinan", "lon": 117.6, "lat": 36.75, "sectors": ["iot"],
                      "year": 2020, "source": "R1"},
                     {"name": "B", "city": "Jinan", "lon": 113.26, "lat": 23.13,
                      "sectors": ["iot"], "year": 2020, "source": "R1"},
                     {"name": "C", "lon": 117.6, "lat": 36.75, "sectors": ["iot"], "year": 2020,
                      "source": "R1"})");
    const auto r = loadDatasetBytes(text, "e.json", &aimap::test::bundledGazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    ASSERT_EQ(ds.enterprises.size(), 3u);
    EXPECT_EQ(ds.cities[ds.enterprises[0].city].nameEn, "Jinan");
    EXPECT_EQ(ds.cities[ds.enterprises[1].city].nameEn, "Jinan");
    EXPECT_EQ(ds.cities[ds.enterprises[2].city].nameEn, "Zibo"); // no city: the nearest
    const std::string messages = r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.warningCount(), 1u) << messages;
    EXPECT_NE(messages.find("e.json:/enterprises/1/lon: warning: lon/lat lie "), std::string::npos)
        << messages;
    EXPECT_NE(messages.find(" km from the centre of \"Jinan\", the city given"), std::string::npos)
        << messages;
}

// Regression (issue 13): "weight": null and "lon": null, "lat": null dropped the enterprise
// without a word (the file was valid, the counts short). Null is "not given".
TEST(EnterpriseJson, NullIsNotGivenAndDropsNothing) {
    const std::string text =
        list("", R"({"name": "A", "city": "Jinan", "sectors": ["iot"], "year": 2020, "weight": 5,
                      "source": "R1"},
                     {"name": "B", "city": "Jinan", "sectors": ["iot"], "year": 2020,
                      "weight": null, "source": "R1"},
                     {"name": "C", "city": "Jinan", "lon": null, "lat": null, "sectors": ["iot"],
                      "year": 2020, "source": "R1"})");
    const auto r = loadDatasetBytes(text, "e.json", &aimap::test::bundledGazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    EXPECT_EQ(r.dataset->enterprises.size(), 3u);
    const auto jinan = r.dataset->findCity("Jinan");
    ASSERT_TRUE(jinan);
    EXPECT_EQ(r.dataset->value(*jinan, *r.dataset->metricIndex("enterprises"), 2020)->value, 3);
    EXPECT_EQ(r.dataset->value(*jinan, *r.dataset->metricIndex("enterprise_weight"), 2020)->notes,
              "sum over the 1 of 3 enterprises that give a weight");
    // With no city either, the place is missing: an error at the enterprise.
    const auto bad = loadDatasetBytes(
        list("", R"({"name": "A", "lon": null, "lat": null, "sectors": ["iot"], "year": 2020})"),
        "e.json", &aimap::test::bundledGazetteer());
    EXPECT_FALSE(bad.dataset);
    EXPECT_NE(
        bad.diagnostics.format().find(
            "e.json:/enterprises/0: error: an enterprise needs \"city\" or \"lon\" and \"lat\""),
        std::string::npos)
        << bad.diagnostics.format();
}
