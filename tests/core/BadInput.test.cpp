// A broad sweep of hand-editing mistakes and hostile inputs, each asserting the outcome (loads,
// or rejected) and where the message points. Fixture files for the common cases live in
// tests/fixtures; these are the long tail, written inline to keep each case next to its
// expectation.
#include "core/data/CityCsvLoader.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/TextDecoding.hpp"

#include "support/Fixtures.hpp"
#include "support/JsonDataset.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <string>

using namespace aimap;

namespace {

// A valid dataset with one placeholder to replace: @VALUE@ (a value object's fields).
const std::string kTemplate = R"({"aimap": 1, "title": "t", "kind": "cited",
"sources": {"S1": {"title": "src"}},
"metrics": {"m": {"label": "M", "unit": "count"}},
"cities": [{"id": "jinan", "name_en": "Jinan", "name_zh": "济南", "lon": 117.0, "lat": 36.7}],
"values": [{@VALUE@}]})";

std::string withValue(const std::string& fields) {
    std::string s = kTemplate;
    s.replace(s.find("@VALUE@"), 7, fields);
    return s;
}

struct Case {
    const char* name;
    std::string text;
    bool loads;
    const char* expect; // substring of the formatted diagnostics ("" = none required)
};

std::string testName(const testing::TestParamInfo<Case>& info) { return info.param.name; }

const std::string kOk = R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "sources": ["S1"])";

std::string withTitle(const std::string& jsonTitle) {
    std::string s = withValue(kOk);
    s.replace(s.find(R"("title": "t")"), 12, "\"title\": \"" + jsonTitle + "\"");
    return s;
}

std::vector<Case> jsonCases() {
    return {
        {"Valid", withValue(kOk), true, ""},
        // Regression: an escaped NUL passed validate, then aborted the viewer in ImGui (the
        // panels' font lost every glyph) at start and on hot reload.
        {"EscapedNulInATitleIsAnErrorNotACrash", withTitle(R"(Bad\u0000title)"), false,
         "in.json:1:27: error: the text holds U+0000 (NUL), a control character, written "
         "\\u0000; it cannot be shown"},
        {"EscapedBellInAName", withTitle(R"(a\u0007b)"), false, "U+0007, a control character"},
        {"EscapedC1Control", withTitle(R"(a\u0085b)"), false, "U+0085, a control character"},
        {"TabAndLineBreakEscapesAreText", withTitle(R"(a\tb\nc\u000Ad\u0009e)"), true, ""},
        // Regressions (issue 13): characters that draw nothing or reorder what follows passed
        // validate and reached the panels; a key written with an escape hid a duplicate.
        {"RawBidiOverrideInATitle",
         withTitle("a\xE2\x80\xAE"
                   "b"),
         false,
         "in.json:1:25: error: the text holds U+202E (RIGHT-TO-LEFT OVERRIDE), a text-direction "
         "control; it cannot be shown"},
        {"EscapedBidiIsolate", withTitle(R"(a\u2066b)"), false,
         "U+2066 (LEFT-TO-RIGHT ISOLATE), a text-direction control, written \\u2066"},
        {"RawC1ControlInUtf8",
         withTitle("a\xC2\x85"
                   "b"),
         false, "in.json:1:25: error: the text holds U+0085"},
        {"RawControlsAreCountedOnce",
         withTitle("a\xC2\x85"
                   "b\xE2\x80\x8F"
                   "c\xC2\x9F"),
         false, "(and 2 more such characters in the file)"},
        {"EscapedNoncharacter", withTitle(R"(a\uFFFFb)"), false, "U+FFFF, a noncharacter"},
        {"LoneSurrogateEscape", withTitle(R"(a\uD800b)"), false, "in.json:1:"},
        {"SurrogatePairEscapeIsText", withTitle(R"(robot \uD83E\uDD16)"), true, ""},
        {"DuplicateKeyWrittenWithAnEscape",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": [{"id": "x", "lon": 117, "lat": 36, "l\u0061t": 37}], "values": []})",
         false, "duplicate key \"lat\" in the same object"},
        {"DuplicateKeyWithASimpleEscapeBesideAnUnknownKey",
         R"({"aimap": 1, "title": "t", "ti\/tle": "u", "t\u0069tle": "v"})", false,
         "duplicate key \"title\""},
        {"EmptyFile", "", false, "in.json:1:1: error: the file is empty"},
        {"DuplicateValuePointsAtTheSecondInFileOrder",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"m": {"label": "M", "unit": "count"}}, "cities": [{"id": "x", "name_en": "X", "lon": 117, "lat": 36}], "values": [{"city": "x", "metric": "m", "year": 2021, "value": 1}, {"city": "x", "metric": "m", "year": 2020, "value": 1}, {"city": "x", "metric": "m", "year": 2021, "value": 2}]})",
         false,
         "in.json:/values/2: error: a second value for x / m / 2021 (the first is /values/0)"},
        // Regressions (issue 13): blank ids passed; null was called missing; an id over the
        // length limit was also called empty.
        {"CityIdOnlySpaces",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"m": {"label": "M", "unit": "count"}}, "cities": [{"id": " ", "name_en": "A", "lon": 117, "lat": 36}], "values": [{"city": " ", "metric": "m", "year": 2020, "value": 3}]})",
         false, "in.json:/cities/0/id: error: a city's \"id\" must not be only spaces"},
        {"MetricIdEmpty",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"": {"label": "M", "unit": "count"}}, "cities": [{"id": "a", "name_en": "A", "lon": 117, "lat": 36}], "values": [{"city": "a", "metric": "", "year": 2020, "value": 3}]})",
         false, "in.json:/metrics/: error: a metric id (its key) must not be empty"},
        {"SourceIdEmpty",
         R"({"aimap": 1, "title": "t", "kind": "cited", "sources": {"": {"title": "x"}}, "metrics": {"m": {"label": "M", "unit": "count"}}, "cities": [{"id": "a", "name_en": "A", "lon": 117, "lat": 36}], "values": [{"city": "a", "metric": "m", "year": 2020, "value": 3, "sources": [""]}]})",
         false, "in.json:/sources/: error: a source id (its key) must not be empty"},
        {"SourceTitleNull",
         R"({"aimap": 1, "title": "t", "kind": "cited", "sources": {"S1": {"title": null}}, "metrics": {"m": {"label": "M", "unit": "count"}}, "cities": [{"id": "a", "name_en": "A", "lon": 117, "lat": 36}], "values": [{"city": "a", "metric": "m", "year": 2020, "value": 3, "sources": ["S1"]}]})",
         false, "in.json:/sources/S1/title: error: \"title\" must be a string, not null"},
        {"UnknownLongKeyIsCut",
         R"({"aimap": 1, "title": "t", "kind": "cited", ")" + std::string(5000, 'k') +
             R"(": 1, "metrics": {"m": {"label": "M", "unit": "count"}}, "cities": [{"id": "a", "name_en": "A", "lon": 117, "lat": 36}], "values": [{"city": "a", "metric": "m", "year": 2020, "value": 3}]})",
         true,
         "in.json: warning: unknown field \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\xE2\x80\xA6 "
         "ignored"},
        // Regression (issue 13): a zero-width space in an id made the message and its "did you
        // mean" look the same.
        {"ZeroWidthSpaceInAnIdIsShownInTheMessage",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"m": {"label": "M", "unit": "count"}}, "cities": [{"id": "jinan", "name_en": "A", "lon": 117, "lat": 36}], "values": [{"city": "jin​an", "metric": "m", "year": 2020, "value": 3}]})",
         false, "unknown city \"jin<U+200B>an\""},
        {"SwappedLonLatOutOfRangeGetsTheHint",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": [{"id": "x", "name_en": "X", "lon": 36.67, "lat": 117.0}], "values": []})",
         false,
         "in.json:/cities/0: error: coordinates out of range (lon 36.67, lat 117) (hint: lon and "
         "lat look swapped)"},
        {"CityNamesOnlySpaces",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": [{"id": "x", "name_en": "   ", "lon": 117, "lat": 36}], "values": []})",
         false,
         "in.json:/cities/0: error: a city needs \"name_en\" or \"name_zh\" (not only spaces)"},
        {"CityCodeNotSixDigits",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": [{"id": "x", "name_en": "X", "code": "37-01", "lon": 117, "lat": 36}], "values": []})",
         false,
         "in.json:/cities/0/code: error: \"code\" must be a 6-digit division code, not \"37-01\""},
        {"QualifierEmpty",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "qualifier": "")"),
         false, "in.json:/values/0/qualifier: error: qualifier must be one of"},
        {"CityIdEmpty",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"m": {"label": "M", "unit": "count"}}, "cities": [{"id": "", "name_en": "X", "lon": 117, "lat": 36}], "values": []})",
         false, "in.json:/cities/0/id: error: a city's \"id\" must not be empty"},
        {"HugeCoordinatesAreShortInTheMessage",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": [{"id": "x", "name_en": "X", "lon": 1e308, "lat": -1e308}], "values": []})",
         false, "in.json:/cities/0: error: coordinates out of range (lon 1e+308, lat -1e+308)"},
        {"LongVersionIsCut", R"({"aimap": ")" + std::string(500, 'v') + R"("})", false,
         "unsupported format version \"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\xE2\x80\xA6"},
        // Regression (issue 13): U+0000 written in three bytes was read as a NUL character.
        {"OverlongNulIsNotUtf8", withTitle("a\xE0\x80\x80"), false,
         "in.json:1:25: error: the file is not valid UTF-8 text"},
        {"GbkEncodedJson", withTitle("\xBC\xC3\xC4\xCF"), false,
         "not valid UTF-8 text (hint: it reads as GBK/GB18030"},
        {"AnEscapedBackslashBeforeU0000IsText", withTitle(R"(a\\u0000)"), true, ""},
        {"ValueAsString",
         withValue(
             R"("city": "jinan", "metric": "m", "year": 2020, "value": "5", "sources": ["S1"])"),
         false,
         "in.json:/values/0/value: error: \"value\" must be a number, not a string (hint: write "
         "the number without quotes"},
        {"ValueNull", withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": null)"),
         false, "in.json:/values/0/value: error: \"value\" must be a number, not null"},
        {"ValueBoolean",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": true)"), false,
         "/values/0/value: error: \"value\" must be a number, not a boolean"},
        {"ValueArray", withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": [5])"),
         false, "not an array"},
        {"ValueNegative", withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": -1)"),
         false, "/values/0/value: error: negative value"},
        {"ValueHuge", withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 1e19)"),
         false, "implausibly large"},
        {"ValueOverflow",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 1e400)"), false,
         "number overflow"},
        {"ValueNaNLiteral",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": NaN)"), false,
         "in.json:5:68: error"},
        {"ValueInfinityLiteral",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": Infinity)"), false,
         "in.json:5:68: error"},
        {"ValueHex", withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 0x10)"),
         false, "in.json:5:69: error"},
        {"ValueLeadingZero",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 05)"), false,
         "in.json:5:68: error"},
        {"ValueThousandsComma",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 1,234)"), false,
         "in.json:5:70: error"},
        {"YearFraction", withValue(R"("city": "jinan", "metric": "m", "year": 2020.5, "value": 5)"),
         false, "/values/0/year: error: year must be a whole number"},
        {"YearString", withValue(R"("city": "jinan", "metric": "m", "year": "2020", "value": 5)"),
         false, "/values/0/year: error: \"year\" must be a number, not a string"},
        {"YearTooEarly", withValue(R"("city": "jinan", "metric": "m", "year": 1800, "value": 5)"),
         false, "year must be a whole number in 1949..2100"},
        {"YearTooLate", withValue(R"("city": "jinan", "metric": "m", "year": 3000, "value": 5)"),
         false, "year must be a whole number in 1949..2100"},
        {"CityTypo", withValue(R"("city": "jinna", "metric": "m", "year": 2020, "value": 5)"),
         false, "unknown city \"jinna\" (hint: did you mean \"jinan\"?)"},
        {"CityByChineseNameNotId",
         withValue(R"("city": "济南", "metric": "m", "year": 2020, "value": 5)"), false,
         "/values/0/city: error: unknown city \"济南\""},
        {"MetricMissing", withValue(R"("city": "jinan", "year": 2020, "value": 5)"), false,
         "/values/0: error: missing required field \"metric\""},
        {"SourceTypo",
         withValue(
             R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "sources": ["S2"])"),
         false, "/values/0/sources/0: error: source \"S2\" is not defined"},
        {"SourcesNotArray",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "sources": "S1")"),
         false, "/values/0/sources: error: \"sources\" must be an array of strings"},
        {"SourceIdNumber",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "sources": [1])"),
         false, "/values/0/sources/0: error: must be a string"},
        {"QualifierUnknown",
         withValue(
             R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "qualifier": "about")"),
         false, "/values/0/qualifier: error: qualifier must be one of"},
        {"QualifierFullWidthGreater",
         withValue(
             R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "qualifier": "＞")"),
         false, "/values/0/qualifier: error"},
        {"UnknownFieldTypo",
         withValue(
             R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "sources": ["S1"], "note": "x")"),
         true,
         "/values/0/note: warning: unknown field \"note\" ignored (hint: did you mean \"notes\"?)"},
        {"Unsourced", withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 5)"),
         true, "/values/0: warning: value has no source"},
        {"CurlyQuotesAroundKey", withValue(R"(“city”: "jinan")"), false, "curly quotes"},
        {"CurlyQuotesAroundValue",
         withValue(R"("city": “jinan”, "metric": "m", "year": 2020, "value": 5)"), false,
         "in.json:5:21: error"},
        {"FullWidthColon",
         withValue(R"("city"： "jinan", "metric": "m", "year": 2020, "value": 5)"), false,
         "full-width punctuation"},
        {"FullWidthComma",
         withValue(R"("city": "jinan"， "metric": "m", "year": 2020, "value": 5)"), false,
         "full-width punctuation"},
        {"SingleQuotes", withValue(R"('city': 'jinan')"), false, "single quotes"},
        {"TrailingCommaInObject", withValue(kOk + ","), false, "remove the comma"},
        {"MissingComma", withValue(R"("city": "jinan" "metric": "m", "year": 2020, "value": 5)"),
         false, "in.json:5:29: error"},
        {"UnquotedKey", withValue(R"(city: "jinan")"), false, "in.json:5:13: error"},
        {"Comment", "// figures\n" + withValue(kOk), false, "in.json:1:1: error"},
        {"DuplicateKeyInValue", withValue(kOk + R"(, "value": 6)"), false,
         "duplicate key \"value\""},
        {"DuplicateMetricKey",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"m": {"label": "M", "unit": "count"}, "m": {"label": "N", "unit": "count"}}, "cities": [], "values": []})",
         false, "in.json:1:95: error: duplicate key \"m\""},
        {"CitiesNotArray",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": {}, "values": []})",
         false, "in.json:/cities: error: \"cities\" must be an array, not an object"},
        {"MetricsArray",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": [], "cities": [], "values": []})",
         false, "in.json:/metrics: error: \"metrics\" must be an object"},
        {"MetricNoUnit",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"m": {"label": "M"}}, "cities": [], "values": []})",
         false, "in.json:/metrics/m: error: missing required field \"unit\""},
        {"MetricIdWithSlash",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"a/b": {"label": 5, "unit": "count"}}, "cities": [], "values": []})",
         false, "in.json:/metrics/a~1b/label: error"},
        {"CityNoName",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": [{"id": "x", "lon": 117, "lat": 36}], "values": []})",
         false, "in.json:/cities/0: error: a city needs \"name_en\" or \"name_zh\""},
        {"CityLonString",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": [{"id": "x", "name_en": "X", "lon": "117°E", "lat": 36}], "values": []})",
         false, "in.json:/cities/0/lon: error"},
        {"CityOutsideChina",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {"m": {"label": "M", "unit": "count"}}, "cities": [{"id": "x", "name_en": "Paris", "lon": 2.35, "lat": 48.85}], "values": [{"city": "x", "metric": "m", "year": 2020, "value": 1, "sources": []}]})",
         true, "in.json:/cities/0: warning: city lies outside China's extent"},
        {"CityIsString",
         R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": ["jinan"], "values": []})",
         false, "in.json:/cities/0: error: a city must be an object"},
        {"TitleNumber",
         R"({"aimap": 1, "title": 5, "kind": "cited", "metrics": {}, "cities": [], "values": []})",
         false, "in.json:/title: error: \"title\" must be a string, not a number"},
        {"VersionString", R"({"aimap": "1", "title": "t"})", false,
         "in.json:/aimap: error: unsupported format version \"1\""},
        {"TopLevelString", R"("hello")", false, "the top level must be an object, not a string"},
        {"TopLevelNumber", "42", false, "the top level must be an object, not a number"},
        {"OnlyWhitespace", "   \n\t ", false,
         "in.json:1:1: error: the file holds only blank space"},
        {"Utf16LeBom", std::string("\xFF\xFE{\0}\0", 6), false, "in.json:1:4: error: NUL byte"},
        {"Latin1Byte",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "notes": "caf)"
                   "\xE9"
                   R"(")"),
         false, "not valid UTF-8 text"},
        {"OverlongUtf8",
         withValue(R"("city": "jinan", "metric": "m", "year": 2020, "value": 5, "notes": ")"
                   "\xC0\xAF"
                   R"(")"),
         false, "not valid UTF-8 text"},
        {"EmojiAndFormatCharsInName", R"({"aimap": 1, "title": "%n %s ## 🤖", "kind": "cited", "metrics": {"m": {"label": "%n", "unit": "count"}}, "cities": [{"id": "x", "name_en": "##%s%n🤖", "lon": 117, "lat": 36}], "values": [{"city": "x", "metric": "m", "year": 2020, "value": 1, "sources": []}]})",
         true, ""},
        {"VeryLongString",
         R"({"aimap": 1, "title": ")" + std::string(5000, 'x') +
             R"(", "kind": "cited", "metrics": {}, "cities": [], "values": []})",
         false, "in.json:/title: error: string of 5000 bytes is over the limit of 4096"},
        {"DeepButAllowed", std::string(60, '[') + std::string(60, ']'), false,
         "the top level must be an object, not an array"},
        {"DepthBombObjects", std::string(100, '{'), false, "nesting deeper than 64"},
        {"UnclosedString", R"({"aimap": 1, "title": "t)", false, "in.json:1:25: error"},
        {"ControlCharInString", "{\"aimap\": 1, \"title\": \"a\tb\"}", false,
         "in.json:1:25: error"},
    };
}

} // namespace

class BadJson : public testing::TestWithParam<Case> {};

TEST_P(BadJson, OutcomeAndLocation) {
    const Case& c = GetParam();
    const auto r = test::loadJsonText(c.text);
    const std::string text = r.diagnostics.format();
    EXPECT_EQ(static_cast<bool>(r.dataset), c.loads) << text;
    if (*c.expect) {
        EXPECT_NE(text.find(c.expect), std::string::npos) << text;
    }
    // Whatever the input, every message is valid UTF-8 (it is shown on screen and written out).
    EXPECT_EQ(sanitizeUtf8(text), text);
    // Regression (issue 13): a known field of the wrong type ("cities": {}) was also called
    // unknown.
    if (std::string(c.name).find("Unknown") == std::string::npos) {
        EXPECT_EQ(text.find("unknown field"), std::string::npos) << text;
    }
}

INSTANTIATE_TEST_SUITE_P(Inline, BadJson, testing::ValuesIn(jsonCases()), testName);

// --- city tables -------------------------------------------------------------------------------

namespace {

const Gazetteer& gazetteer() { return aimap::test::bundledGazetteer(); }

template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
    return std::string(literal, N - 1); // keeps embedded NULs
}

// UTF-16LE with a byte-order mark, as Excel's "Unicode text" saves it.
std::string utf16le(const std::u16string& text) {
    std::string out = "\xFF\xFE";
    for (char16_t c : text) {
        out += static_cast<char>(c & 0xFF);
        out += static_cast<char>(c >> 8);
    }
    return out;
}

std::vector<Case> csvCases() {
    const std::string h = "city,year,firms (count),source\n";
    return {
        {"Valid", h + "济南,2020,5,S\n", true, ""},
        {"CrlfAndBlankLines", "city,year,firms (count),source\r\n\r\n济南,2020,5,S\r\n\r\n", true,
         ""},
        {"QuotedThousands", h + "济南,2020,\"1,234\",S\n", true, ""},
        {"UnquotedThousandsShiftsColumns", h + "济南,2020,1,234,S\n", false,
         "in.csv:2:5: error: row has 5 cells"},
        {"TabSeparated", "city\tyear\tfirms (count)\tsource\n济南\t2020\t5\tS\n", true, ""},
        {"SemicolonSeparated", "city;year;firms (count);source\n济南;2020;5;S\n", true, ""},
        {"CityWithShi", h + "济南市,2020,5,S\n", true, ""},
        {"CityEnglishCity", h + "Jinan City,2020,5,S\n", true, ""},
        {"CityCode", h + "370100,2020,5,S\n", true, ""},
        {"CityFullWidthSpace", h + "\xE3\x80\x80济南\xE3\x80\x80,2020,5,S\n", true, ""},
        {"CityUnknownChinese", h + "火星,2020,5,S\n", false,
         "in.csv:2:1: error: unknown city \"火星\""},
        {"CityEmpty", h + ",2020,5,S\n", false, "in.csv:2:1: error: no city name in this row"},
        {"ValueWithPercent", h + "济南,2020,12%,S\n", false,
         "in.csv:2:3: error: \"12%\" is not a number"},
        {"ValueWithWan", h + "济南,2020,5万,S\n", false, "write the full number"},
        {"ValueFormulaAt", h + "济南,2020,@SUM(A1),S\n", false, "formulas are not evaluated"},
        {"ValuePlusFormula", h + "济南,2020,+A1,S\n", false, "in.csv:2:3: error"},
        {"ValueNaN", h + "济南,2020,NaN,S\n", false, "in.csv:2:3: error"},
        {"ValueInf", h + "济南,2020,inf,S\n", false, "in.csv:2:3: error"},
        {"ValueAbsentDash", h + "济南,2020,-,S\n济南,2021,5,S\n", true, ""},
        {"ValueQualifierApprox", h + "济南,2020,≈5,S\n", true, ""},
        {"YearEmpty", h + "济南,,5,S\n", false,
         "in.csv:2:2: error: year \"\" must be a whole number"},
        {"YearWithSuffix", h + "济南,2020年,5,S\n", false, "in.csv:2:2: error"},
        {"TextAfterQuote", h + "\"济南\"x,2020,5,S\n", false,
         "in.csv:2:1: error: text after the closing quote"},
        {"NoMetricColumns", "city,year,source\n济南,2020,S\n", false, "no metric columns"},
        {"EmptyColumnName", "city,year,,source\n济南,2020,5,S\n", false,
         "in.csv:1:3: error: empty column name"},
        {"DuplicateColumn", "city,year,firms (count),firms (count)\n济南,2020,5,6\n", false,
         "two metric columns named \"firms\""},
        {"OnlyHeader", h, false, "no values in the table"},
        {"NulByte", bytes("city,year,firms (count)\n济南,2020,5\0\n"), false,
         "in.csv:2:10: error: NUL byte"},
        // Regressions (issue 13): an unclosed quote in the #aimap line took the rest of the line
        // as the title; a word without "=" was ignored.
        {"DirectiveWithAnUnclosedQuote",
         "#aimap kind=synthetic title=\"Demo\ncity,year,firms (count),source\n济南,2020,5,S\n",
         false, "in.csv:1:29: error: the quote opened here is not closed"},
        {"DirectiveWithoutEquals",
         "#aimap synthetic\ncity,year,firms (count),source\n济南,2020,5,S\n", false,
         "in.csv:1:8: error: \"synthetic\" is not a setting=value pair"},
        {"ControlCharacterInACell", "city,year,firms (count),source\n济南,2020,5,S\x01x\n", false,
         "in.csv:2:12: error: the text holds U+0001, a control character"},
        {"BidiControlInACell",
         "city,year,firms (count),source\n济南,2020,5,\xE2\x80\xAE"
         "S\n",
         false, "in.csv:2:11: error: the text holds U+202E (RIGHT-TO-LEFT OVERRIDE)"},
        // Regression (issue 13): "A" written in three bytes passed as text.
        {"OverlongLetterInACell", "city,year,firms (count),source\n济南,2020,5,S\xE0\x81\x81\n",
         false, "in.csv:2:12: error: the file is not valid UTF-8 text"},
        {"EncodedSurrogateInUtf8",
         "city,year,firms (count),source\n济南,2020,5,\xED\xA0\x80"
         "S\n",
         false, "in.csv:2:11: error: the text holds U+D800, an unpaired surrogate"},
        // Regressions (issue 13): two rows of one Chinese-named place given by lon/lat became
        // two cities; a place given two positions kept the first without a word.
        {"TwoRowsOfOneChineseNamedPlaceAreOneCity",
         "city,lon,lat,year,firms "
         "(count),source\n浪潮园,117.1,36.7,2020,5,S\n浪潮园,117.1,36.7,2021,6,S\n",
         true, ""},
        // Regression (issue 13): a source text given with a second url kept the first silently.
        {"ASourceGivenTwoUrlsIsAnError",
         "city,year,firms (count),source,url\n济南,2020,5,Report,https://a.example\n"
         "青岛,2020,6,Report,https://b.example\n",
         false,
         "in.csv:3:5: error: the source \"Report\" has the url \"https://b.example\" here but "
         "\"https://a.example\" on line 2"},
        {"ASourceUrlRepeatedOrLeftEmptyIsOneSource",
         "city,year,firms (count),source,url,quality\n济南,2020,5,Report,,\n"
         "青岛,2020,6,Report,https://a.example,A\n烟台,2020,7,Report,https://a.example,\n",
         true, ""},
        // Regressions (issue 13): conflicting names of one row, and one name placed two ways,
        // were settled without a word.
        {"ACityAndACodeOfAnotherCity",
         "city,code,year,firms (count),source\n青岛,370100,2020,5,S\n", false,
         "in.csv:2:1: error: the row names two cities: \"370100\" is 济南 Jinan but \"青岛\" is "
         "青岛 Qingdao"},
        {"AChineseAndAnEnglishNameOfTwoCities",
         "name_zh,name_en,year,firms (count),source\n济南,Qingdao,2020,5,S\n", false,
         "the row names two cities: \"济南\" is 济南 Jinan but \"Qingdao\" is 青岛 Qingdao"},
        {"OnePlaceGivenTwoNames",
         "city,name_zh,lon,lat,year,firms "
         "(count),source\nPark,甲,117.1,36.7,2020,5,S\nPark,乙,117.1,36.7,2021,6,S\n",
         false, "in.csv:3:1: error: \"Park\" is named \"乙\" here but \"甲\" on line 2"},
        {"ANamePlacedByLonLatAndByTheCityList",
         "city,lon,lat,year,firms (count),source\n济南,116.997,36.668,2020,5,S\n济南,,,2021,6,S\n",
         false,
         "in.csv:3:1: error: \"济南\" is placed by the city list here but by its lon/lat on line "
         "2"},
        {"TrailingEmptyHeaderCellsAreNoColumns",
         "city,year,firms (count),source,,,\n济南,2020,5,S,,,\n", true, ""},
        {"TrailingEmptyHeaderCellsWithSemicolons",
         "city;year;firms (count);source;;\n济南;2020;5;S;;\n", true, ""},
        {"SomethingUnderATrailingEmptyHeaderCell",
         "city,year,firms (count),source,,\n济南,2020,5,S,,x\n", false,
         "in.csv:2:5: error: row has 6 cells but the header has 4"},
        {"DecimalCommaDegreesInASemicolonTable",
         "city;lon;lat;year;firms (count);source\nPark;117,05;36,65;2020;5;S\n", true, ""},
        {"TwoMetricColumnsOfOneChineseLabel", "city,year,\xE4\xBC\x81\xE4\xB8\x9A,\xE4\xBC\x81\xE4\xB8\x9A,source\n济南,2020,5,6,S\n", false,
         "in.csv:1:4: error: two metric columns named \"\xE4\xBC\x81\xE4\xB8\x9A\""},
        {"APlaceGivenTwoPositionsIsAnError",
         "city,lon,lat,year,firms "
         "(count),source\n浪潮园,117.1,36.7,2020,5,S\n浪潮园,118.1,36.7,2021,6,S\n",
         false,
         "in.csv:3:2: error: \"浪潮园\" is placed at lon 118.1, lat 36.7 here but at lon 117.1, "
         "lat "
         "36.7 on line 2"},
        // Regression: a U+0000 cell in a UTF-16 file (Excel's "Unicode text") passed validate and
        // aborted the viewer.
        // Regression (issue 13): UTF-16 errors were placed by byte offset, not row:column.
        {"Utf16LoneSurrogate",
         utf16le(std::u16string(u"city,year,firms (count),source\n济南,2020,5,S") +
                 char16_t{0xD800} + u"x\n"),
         false, "in.csv:2:12: error: invalid UTF-16 text: a lone surrogate"},
        {"Utf16OddByteCount",
         utf16le(std::u16string(u"city,year,firms (count),source\n济南,2020,5,S\n")) + "x", false,
         "in.csv:3:1: error: invalid UTF-16 text: an odd number of bytes"},
        {"Utf16NulInACell",
         utf16le(std::u16string(u"city,year,firms (count),source\n济南,2020,5,S") + char16_t{0} +
                 u"x\n"),
         false, "in.csv:2:12: error: the text holds U+0000 (NUL), a control character"},
    };
}

DatasetLoadResult loadCsvText(const std::string& text) {
    return loadCityCsvBytes(text, "in.csv", &gazetteer());
}

} // namespace

class BadCsvInline : public testing::TestWithParam<Case> {};

TEST_P(BadCsvInline, OutcomeAndLocation) {
    const Case& c = GetParam();
    const auto r = loadCsvText(c.text);
    const std::string text = r.diagnostics.format();
    EXPECT_EQ(static_cast<bool>(r.dataset), c.loads) << text;
    if (*c.expect) {
        EXPECT_NE(text.find(c.expect), std::string::npos) << text;
    }
    EXPECT_EQ(sanitizeUtf8(text), text);
}

INSTANTIATE_TEST_SUITE_P(Inline, BadCsvInline, testing::ValuesIn(csvCases()), testName);

TEST(BadCsvPlaces, TwoRowsOfOneChineseNamedPlaceAreOneCityWithTwoYears) {
    const auto r = loadCsvText("city,lon,lat,year,firms (count),source\n浪潮园,117.1,36.7,2020,5,S\n"
                               "浪潮园,117.1,36.7,2021,6,S\n另一园,117.2,36.7,2021,6,S\n");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    ASSERT_EQ(r.dataset->cities.size(), 2u);
    EXPECT_EQ(r.dataset->cities[0].nameZh, "浪潮园");
    EXPECT_EQ(r.dataset->values.size(), 3u);
}

// Regression: validate said "valid" for a dataset with no values; the viewer then refused it
// ("no values to show"). Both now go through loadDatasetFile/Bytes and agree.
TEST(BadInputAgreement, ValidateAndTheViewerAgreeOnADatasetWithNoValues) {
    const std::string text = R"({"aimap": 1, "title": "t", "kind": "cited",
        "metrics": {"m": {"label": "M", "unit": "count"}},
        "cities": [{"id": "x", "name_en": "X", "lon": 117, "lat": 36}], "values": []})";
    const auto r = loadDatasetBytes(text, "in.json", nullptr);
    EXPECT_FALSE(r.dataset);
    EXPECT_NE(r.diagnostics.format().find("in.json: error: the dataset has no values to show"),
              std::string::npos)
        << r.diagnostics.format();
    const auto noMetric = loadDatasetBytes(
        R"({"aimap": 1, "title": "t", "kind": "cited", "metrics": {}, "cities": [], "values": []})",
        "in.json", nullptr);
    EXPECT_FALSE(noMetric.dataset);
    EXPECT_NE(noMetric.diagnostics.format().find("no metric, so nothing to show"), std::string::npos);
}

// Regression: a symbolic link that points at itself was reported as "file not found".
TEST(BadInputAgreement, ASymlinkLoopIsNamedAsSuch) {
    const std::string dir = testing::TempDir() + "aimap-symlink-loop";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::filesystem::create_symlink(dir + "/a.json", dir + "/b.json");
    std::filesystem::create_symlink(dir + "/b.json", dir + "/a.json");
    const auto r = loadDatasetFile(dir + "/a.json", nullptr);
    EXPECT_FALSE(r.dataset);
    EXPECT_TRUE(r.diagnostics.anyUnreadable());
    EXPECT_NE(r.diagnostics.format().find("a loop of symbolic links"), std::string::npos)
        << r.diagnostics.format();
    std::filesystem::remove_all(dir);
}

// Regression (issue 13): a CSV without a title directive is titled by its file name, which was
// shown as it was: a right-to-left override in the name reversed the title bar, and bytes that
// are not UTF-8 reached the screen.
TEST(BadInputAgreement, AFileNameUsedAsTitleIsShowable) {
    const std::string dir = testing::TempDir() + "aimap-odd-names";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/ab\xE2\x80\xAE"
                                   "c\xE9.csv";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("city,year,firms (count),source\n济南,2020,5,S\n", f);
    std::fclose(f);
    const auto r = loadDatasetFile(path, &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    EXPECT_EQ(r.dataset->title, "ab\xEF\xBF\xBD"
                                "c\\xE9.csv");
    EXPECT_EQ(showableText("a\x01"
                           "b\xC2\x85"),
              "a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD");
    EXPECT_EQ(showableText("济南 Jinan"), "济南 Jinan");
    std::filesystem::remove_all(dir);
}

// A source's url or quality may be given on any of its rows: the first given is kept, and the
// rows that leave the cell empty share it.
TEST(BadCsvPlaces, ASourceUrlGivenOnALaterRowIsKept) {
    const auto r = loadCsvText("city,year,firms (count),source,url,quality\n济南,2020,5,Report,,\n"
                               "青岛,2020,6,Report,https://a.example,A\n");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    ASSERT_EQ(r.dataset->sources.size(), 1u);
    EXPECT_EQ(r.dataset->sources[0].url, "https://a.example");
    EXPECT_EQ(r.dataset->sources[0].quality, "A");
}

// Regression (issue 13): a city id over the length limit was reported as over the limit and as
// empty. Each value naming it has an over-long string of its own, and says so.
TEST(BadInputAgreement, ACityIdOverTheLimitIsNotCalledEmpty) {
    const std::string id(5000, 'x');
    const std::string text =
        R"({"aimap": 1, "title": "t", "kind": "cited", "sources": {"S1": {"title": "x"}},
            "metrics": {"m": {"label": "M", "unit": "count"}},
            "cities": [{"id": ")" +
        id + R"(", "name_en": "A", "lon": 117, "lat": 36}],
            "values": [{"city": ")" +
        id + R"(", "metric": "m", "year": 2020, "value": 3, "sources": ["S1"]},
                       {"city": ")" +
        id + R"(", "metric": "m", "year": 2021, "value": 3, "sources": ["S1"]}]})";
    const auto r = loadDatasetBytes(text, "in.json", nullptr);
    EXPECT_FALSE(r.dataset);
    const std::string messages = r.diagnostics.format();
    EXPECT_EQ(messages.find("must not be empty"), std::string::npos) << messages;
    EXPECT_NE(messages.find("in.json:/cities/0/id: error: string of 5000 bytes is over the limit"),
              std::string::npos)
        << messages;
    EXPECT_NE(messages.find("in.json:/values/1/city: error: string of 5000 bytes"),
              std::string::npos)
        << messages;
    EXPECT_EQ(messages.find("unknown city"), std::string::npos) << messages;
    EXPECT_EQ(r.diagnostics.errorCount(), 3u) << messages;
}

// Regression (issue 13): a place of a city table at Paris passed without a word.
TEST(BadCsvPlaces, APlaceOutsideChinaIsWarnedAboutOnce) {
    const auto r = loadCsvText("city,lon,lat,year,firms (count),source\nParis,2.35,48.85,2020,5,S\n"
                               "Paris,2.35,48.85,2021,6,S\n");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.warningCount(), 1u) << r.diagnostics.format();
    EXPECT_NE(
        r.diagnostics.format().find("in.csv:2:2: warning: \"Paris\" lies outside China's extent"),
        std::string::npos)
        << r.diagnostics.format();
}

TEST(BadCsvPlaces, DegreesInASemicolonTableTakeADecimalCommaOrPoint) {
    const auto r =
        loadCsvText("city;lon;lat;year;firms (count);source\nPark;117,05;36,65;2020;5;S\n"
                    "Lake;117.25;36.75;2020;6;S\n");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    ASSERT_EQ(r.dataset->cities.size(), 2u);
    EXPECT_DOUBLE_EQ(r.dataset->cities[0].position.lon, 117.05);
    EXPECT_DOUBLE_EQ(r.dataset->cities[0].position.lat, 36.65);
    EXPECT_DOUBLE_EQ(r.dataset->cities[1].position.lon, 117.25);
}

// Regression (issue 13): a table saved without an extension, or as .json, got the JSON parser's
// "invalid literal" and no word of tables.
TEST(BadInputAgreement, ATableWithoutCsvInItsNameIsReadOrNamedAsATable) {
    const std::string table = "city,year,firms (count),source\n济南,2020,5,S\n";
    const auto plain = loadDatasetBytes(table, "figures", &gazetteer());
    EXPECT_TRUE(plain.dataset) << plain.diagnostics.format();
    const auto json = loadDatasetBytes(table, "figures.json", &gazetteer());
    EXPECT_FALSE(json.dataset);
    EXPECT_NE(json.diagnostics.format().find(
                  "(hint: the file looks like a table (CSV), not JSON: name it .csv)"),
              std::string::npos)
        << json.diagnostics.format();
    // A JSON document without .json is still JSON.
    const auto doc = loadDatasetBytes(R"({"aimap": 1})", "figures", &gazetteer());
    EXPECT_EQ(doc.diagnostics.format().find("table"), std::string::npos)
        << doc.diagnostics.format();
}

// Regressions (issue 13): programmes and specialisations accepted a second programme of one id,
// a count of -3, a city named twice in a zone, a zone without cities and an empty item.
TEST(BadInputAgreement, ProgrammesAndSpecialisationsSayWhatIsWrong) {
    const std::string head = R"({"aimap": 1, "title": "t", "kind": "cited",
        "metrics": {"m": {"label": "M", "unit": "count"}},
        "cities": [{"id": "jinan", "name_en": "Jinan", "lon": 117, "lat": 36.6}],
        "values": [{"city": "jinan", "metric": "m", "year": 2020, "value": 3}], )";
    const std::pair<std::string, std::string> cases[] = {
        {R"("programmes": [{"id": "p", "zones": [{"zone": "z", "cities": ["jinan"]}]},
                           {"id": "p", "zones": [{"zone": "y", "cities": ["jinan"]}]}]})",
         "in.json:/programmes/1/id: error: a second programme \"p\" (the first is /programmes/0)"},
        {R"("programmes": [{"id": "p", "count": -3, "zones": [{"zone": "z", "cities": ["jinan"]}]}]})",
         "in.json:/programmes/0/count: error: \"count\" must be a whole number >= 0"},
        {R"("programmes": [{"id": "p", "zones": [{"zone": "z", "cities": ["jinan", "jinan"]}]}]})",
         "in.json:/programmes/0/zones/0/cities: error: city \"jinan\" is named twice in the zone"},
        {R"("programmes": [{"id": "p", "zones": [{"zone": "z", "cities": []}]}]})",
         "in.json:/programmes/0/zones/0/cities: error: a zone needs at least one city"},
        {R"("specialisations": [{"city": "jinan", "items": ["", "AI chips"]}]})",
         "in.json:/specialisations/0/items/0: error: an item must not be empty"},
    };
    for (const auto& [tail, expect] : cases) {
        const auto r = loadDatasetBytes(head + tail, "in.json", nullptr);
        EXPECT_FALSE(r.dataset) << tail;
        EXPECT_NE(r.diagnostics.format().find(expect), std::string::npos)
            << r.diagnostics.format();
    }
}
