// `aimap rank [--data FILE] --metric ID --year Y [--since Y0] [--csv OUT]` (issue 16): the
// rankings table as CSV, and that CSV in LibreOffice (soffice from libreoffice-calc-nogui).
#include "support/Process.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <string>
#include <unistd.h>

using namespace aimap::test;

namespace {

const std::string kFixture = std::string(AIMAP_FIXTURES) + "/datasets/rankings.json";

RunResult rank(const std::string& args) {
    return run(quote(AIMAP_EXE) + " rank " + args);
}

std::string tmp(const std::string& name) {
    return testing::TempDir() + "aimap_rank_" + std::to_string(getpid()) + "_" + name;
}

} // namespace

TEST(RankCommand, WritesTheTableAsCsvToStdout) {
    const auto r = rank("--data " + quote(kFixture) + " --metric scale_cny --year 2020");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(r.out.rfind("\xEF\xBB\xBF"
                          "city_id,",
                          0),
              0u)
        << r.out;
    // Place order; the change since 2019 (the latest earlier year) by default.
    EXPECT_NE(r.out.find("\r\njinan,济南,Jinan,scale_cny,AI industry scale,CNY,2020,exact,"
                         "12500000000,1,place among listed,2,2019,10000000000,2500000000,25,"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("\r\nqingdao,青岛,Qingdao,"), std::string::npos);
    EXPECT_NE(r.out.find(",-2000000000,-25,"), std::string::npos);
    EXPECT_NE(r.out.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos);
    // `--csv -` is stdout too.
    const auto dash = rank("--data " + quote(kFixture) + " --metric scale_cny --year 2020 --csv -");
    EXPECT_EQ(dash.out, r.out);
}

TEST(RankCommand, WritesAFileAndTakesTheEarlierYear) {
    const std::string out = tmp("ranks.csv");
    const auto r = rank("--data " + quote(kFixture) +
                        " --metric city_rank --year 2021 --since 2019"
                        " --csv " +
                        quote(out));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    const std::string csv = readFile(out);
    // Published ranks as published: Jinan 3rd (not 2nd of the three listed), up two since 2019.
    EXPECT_NE(csv.find("\r\njinan,济南,Jinan,city_rank,City AI ranking,rank,2021,exact,3,3,"
                       "published,3,2019,5,-2,,S2,B,"),
              std::string::npos)
        << csv;
    std::remove(out.c_str());
}

TEST(RankCommand, UnknownMetricOrYearExitsTwoListingTheValidOnes) {
    auto r = rank("--data " + quote(kFixture) + " --metric nope --year 2020");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("scale_cny (2019 2020)"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("city_rank (2019 2021)"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
    r = rank("--data " + quote(kFixture) + " --metric scale_cny --year 2018");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("its years: 2019 2020"), std::string::npos) << r.err;
    r = rank("--data " + quote(kFixture) + " --metric scale_cny --year 2020 --since 2020");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("earlier years: 2019"), std::string::npos) << r.err;
    EXPECT_EQ(rank("--metric scale_cny").exitCode, 2); // no year
    EXPECT_EQ(
        rank("--data " + quote(kFixture) + " --metric scale_cny --year 2020 --bogus").exitCode, 2);
    EXPECT_EQ(rank("--data /nonexistent.json --metric a --year 1").exitCode, 2);
    EXPECT_EQ(rank("--help").exitCode, 0);
}

TEST(RankCommand, AnUnwritableFileExitsOneAndLeavesNoFile) {
    const auto r = rank("--data " + quote(kFixture) +
                        " --metric scale_cny --year 2020 --csv /nonexistent-dir/x.csv");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.empty());
}

TEST(RankCommand, TheBundledDataRanksAsPublished) {
    // IDC/Inspur's city ranking, 2021 since 2019: ten cities, ranks 1..10 as published.
    const auto r = rank("--metric idc_inspur_ai_city_rank --year 2021");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    int rows = 0;
    for (std::size_t at = r.out.find("\r\n"); at != std::string::npos;
         at = r.out.find("\r\n", at + 2))
        ++rows;
    EXPECT_EQ(rows, 11) << r.out; // header + 10
    EXPECT_NE(r.out.find(",published,"), std::string::npos);
    EXPECT_EQ(r.out.find("place among listed"), std::string::npos);
}

// The CSV in LibreOffice: converted to xlsx and the sheet's XML read back. UTF-8 is named to the
// CSV filter (76): headless conversion does not read the BOM and takes the system's 8-bit
// charset otherwise (a spreadsheet opened by hand asks, and Excel reads the BOM).
TEST(RankCommand, OpensInLibreOfficeWithChineseIntactFormulasInertNegativesNumbers) {
    if (!haveProgram("soffice"))
        GTEST_SKIP() << "soffice not installed (apt-get install libreoffice-calc-nogui)";
    if (!haveProgram("unzip") || !haveProgram("xmllint"))
        GTEST_SKIP() << "unzip or xmllint not installed";
    const std::string dir = tmp("lo");
    run("rm -rf " + quote(dir));
    ASSERT_EQ(run("mkdir -p " + quote(dir)).exitCode, 0);
    const std::string csv = dir + "/ranks.csv";
    ASSERT_EQ(
        rank("--data " + quote(kFixture) + " --metric scale_cny --year 2020 --csv " + quote(csv))
            .exitCode,
        0);
    // The control: the same name not neutralised IS a formula to LibreOffice (so the check
    // below can fail).
    {
        std::ofstream raw(dir + "/raw.csv", std::ios::binary);
        raw << "\xEF\xBB\xBF"
               "a,b\r\n\"=HYPERLINK(\"\"x\"\")\",-25\r\n";
    }
    // A profile of its own: parallel test processes never share one (LibreOffice locks it).
    const std::string profile = "file://" + dir + "/profile";
    for (const char* name : {"ranks.csv", "raw.csv"}) {
        const auto conv = run("soffice --headless " + quote("-env:UserInstallation=" + profile) +
                                  " --infilter=CSV:44,34,76,1 --convert-to xlsx --outdir " +
                                  quote(dir) + " " + quote(dir + "/" + name),
                              180);
        ASSERT_EQ(conv.exitCode, 0) << conv.out << conv.err;
    }
    const auto xml = [&](const std::string& book, const std::string& part) {
        const auto r =
            run("unzip -p " + quote(dir + "/" + book) + " " + part + " | xmllint --format -");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return r.out;
    };
    const std::string rawSheet = xml("raw.xlsx", "xl/worksheets/sheet1.xml");
    EXPECT_NE(rawSheet.find("<f aca=\"false\">HYPERLINK(\"x\")</f>"), std::string::npos)
        << rawSheet;

    const std::string sheet = xml("ranks.xlsx", "xl/worksheets/sheet1.xml");
    const std::string strings = xml("ranks.xlsx", "xl/sharedStrings.xml");
    // Not one formula in the sheet.
    EXPECT_EQ(sheet.find("<f"), std::string::npos) << sheet;
    // Chinese names intact, the BOM not in the first header, the name as text.
    for (const char* s :
         {">济南<", ">青岛<", ">上海<", ">合肥<", ">city_id<", ">'=HYPERLINK(\"x\")<", ">'-5%<"})
        EXPECT_NE(strings.find(s), std::string::npos) << s << "\n" << strings;
    // Row 4 is Qingdao (place order): its change (column O) and percent (P) are negative
    // numbers.
    const std::regex negative(R"(<c r="O4"[^>]*t="n"[^>]*>\s*<v>-2000000000</v>)");
    EXPECT_TRUE(std::regex_search(sheet, negative)) << sheet;
    const std::regex pct(R"(<c r="P4"[^>]*t="n"[^>]*>\s*<v>-25</v>)");
    EXPECT_TRUE(std::regex_search(sheet, pct)) << sheet;
    // The hyperlink city's cells (row 3, B and C) are strings.
    const std::regex text(R"(<c r="B3"[^>]*t="s")");
    EXPECT_TRUE(std::regex_search(sheet, text)) << sheet;
    run("rm -rf " + quote(dir));
}
