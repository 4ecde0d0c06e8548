// `aimap validate`: the same loader as the viewer, as a command for checking files before a talk.
#include "support/Process.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using namespace aimap::test;

namespace {
const std::string kExe = AIMAP_EXE;

// Validates each file of `dir`: exit code 1, and the first line is "path:LOCATION: error: ..."
// (LOCATION: line:column or a JSON pointer; empty only for files rejected as a whole, such as a
// top-level array). Returns the number of files checked.
int checkEveryBadFileIsClassOne(const std::string& dir) {
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string path = entry.path().string();
        const auto r = run(quote(kExe) + " validate " + quote(path));
        EXPECT_EQ(r.exitCode, 1) << path << "\n" << r.out;
        const std::string first = r.out.substr(0, r.out.find('\n'));
        EXPECT_EQ(first.rfind(path + ":", 0), 0u) << r.out;
        EXPECT_NE(first.find(": error: "), std::string::npos) << r.out;
        EXPECT_NE(r.out.find(path + ": invalid:"), std::string::npos) << r.out;
        ++checked;
    }
    return checked;
}
} // namespace

TEST(Validate, BundledDatasetIsValid) {
    const auto r = run(quote(kExe) + " validate " + quote(AIMAP_ROOT "/data/ai-cities.json"));
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("valid (cited): 24 cities, 143 values"), std::string::npos) << r.out;
}

TEST(Validate, EveryBadFixtureIsClassOneWithAPinpointedError) {
    // The exact locations are pinned by the DatasetLoader tests.
    EXPECT_GE(checkEveryBadFileIsClassOne(AIMAP_FIXTURES "/datasets/bad"), 25);
}

TEST(Validate, MissingFileIsClassTwo) {
    const auto r = run(quote(kExe) + " validate /nonexistent/talk-data.json");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("/nonexistent/talk-data.json: error: file not found"), std::string::npos);
}

TEST(Validate, WorstClassWinsOverSeveralFiles) {
    const std::string good = AIMAP_ROOT "/data/ai-cities.json";
    const std::string bad = AIMAP_FIXTURES "/datasets/bad/unknown-city.json";
    EXPECT_EQ(run(quote(kExe) + " validate " + quote(good) + " " + quote(bad)).exitCode, 1);
    EXPECT_EQ(run(quote(kExe) + " validate " + quote(bad) + " /nonexistent.json").exitCode, 2);
}

TEST(Validate, NeedsNoDisplay) {
    const auto r = run("env -u DISPLAY " + quote(kExe) + " validate " +
                       quote(AIMAP_FIXTURES "/datasets/minimal.json"));
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("valid (example)"), std::string::npos);
}

TEST(Validate, CityTableWithAmbiguousNameIsClassOne) {
    const std::string path = AIMAP_FIXTURES "/csv/ambiguous-suzhou.csv";
    const auto r = run(quote(kExe) + " validate " + quote(path));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find(path + ":2:1: error: \"Suzhou\" is ambiguous"), std::string::npos) << r.out;
}

TEST(Validate, ExcelGbkTableIsValidWithAWarning) {
    const auto r = run(quote(kExe) + " validate " + quote(AIMAP_FIXTURES "/csv/excel-gbk.csv"));
    EXPECT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("GBK/GB18030"), std::string::npos) << r.out;
}

// [Talks] A talk file (an "aimap_talk" key) is checked against the dataset it names.

TEST(ValidateTalk, ExampleTalkIsValid) {
    const auto r = run(quote(kExe) + " validate " +
                       quote(AIMAP_ROOT "/data/talks/ai-industrial-map-2020.json"));
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("valid talk: 4 scene(s), 14 frame(s) (clicks), on " AIMAP_ROOT
                         "/data/ai-cities.json, 0 warning(s)"),
              std::string::npos)
        << r.out;
}

TEST(ValidateTalk, EveryBadTalkIsClassOneWithThePinpointedErrorFirst) {
    // The exact locations are pinned by the TalkLoader tests.
    EXPECT_GE(checkEveryBadFileIsClassOne(AIMAP_FIXTURES "/talks/bad"), 20);
}

TEST(ValidateTalk, MissingDatasetIsTheTalksErrorAtItsPointer) {
    const std::string path = AIMAP_FIXTURES "/talks/bad/missing-dataset.json";
    const auto r = run(quote(kExe) + " validate " + quote(path));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find(path + ":/dataset: error: the talk's dataset"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("no-such-data.json cannot be read: file not found"), std::string::npos)
        << r.out;
}

TEST(ValidateTalk, TalkAndDatasetTogetherAndAMissingTalkIsClassTwo) {
    const std::string talk = AIMAP_ROOT "/data/talks/ai-industrial-map-2020.json";
    EXPECT_EQ(run(quote(kExe) + " validate " + quote(talk) + " " +
                  quote(AIMAP_ROOT "/data/ai-cities.json"))
                  .exitCode,
              0);
    EXPECT_EQ(run(quote(kExe) + " validate " + quote(talk) + " /nonexistent/talk.json").exitCode,
              2);
}
