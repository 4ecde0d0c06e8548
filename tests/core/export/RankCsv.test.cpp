// The rankings table as CSV (issue 16): UTF-8 with BOM, RFC 4180, formula injection neutralised,
// numbers (negative ones too) plain.
#include "core/export/RankCsv.hpp"
#include "core/data/Csv.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/io/AtomicFile.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <limits>
#include <sstream>
#include <string>

using namespace aimap;

// Text cells are csvEscape()'s (tests/core/Csv.test.cpp): the cases the table's CSV relies on.
TEST(RankCsv, TextCellsThatLookLikeFormulasGetAnApostrophe) {
    EXPECT_EQ(csvEscape("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(csvEscape("+1"), "'+1");
    EXPECT_EQ(csvEscape("-5%"), "'-5%");
    EXPECT_EQ(csvEscape("\tx"), "'\tx");
    EXPECT_EQ(csvEscape("\rx"), "\"'\rx\"");
    EXPECT_EQ(csvEscape("济南"), "济南");
    EXPECT_EQ(csvEscape("a=b"), "a=b"); // only at the start
    EXPECT_EQ(csvEscape("two\nlines"), "\"two\nlines\"");
}

TEST(RankCsv, NumbersStayPlainNumbersNegativeOnesIncluded) {
    EXPECT_EQ(csvNumberCell(-2000000000), "-2000000000");
    EXPECT_EQ(csvNumberCell(-25), "-25");
    EXPECT_EQ(csvNumberCell(12.5), "12.5");
    EXPECT_EQ(csvNumberCell(0.1), "0.1");
    EXPECT_EQ(csvNumberCell(1e12), "1000000000000");
    EXPECT_EQ(csvNumberCell(-0.0), "0");
    EXPECT_EQ(csvNumberCell(1.0 / 3), "0.3333333333333333");
    EXPECT_EQ(csvNumberCell(std::numeric_limits<double>::quiet_NaN()), "");
}

TEST(RankCsv, TheFileHasABomAHeaderAndOneRowPerCity) {
    auto r = loadDataset(std::string(AIMAP_FIXTURES) + "/datasets/rankings.json");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    const auto t = buildRankingTable(ds, *ds.metricIndex("scale_cny"), 2020, 2019);
    const std::string csv = rankingCsv(ds, t);
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBF"
                        "city_id,city_zh,",
                        0),
              0u);
    std::vector<std::string> lines;
    for (std::size_t at = 0, end; (end = csv.find("\r\n", at)) != std::string::npos; at = end + 2)
        lines.push_back(csv.substr(at, end - at));
    ASSERT_EQ(lines.size(), 6u); // header + 5 cities, every line CRLF-terminated
    EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
    EXPECT_EQ(lines[1], "jinan,济南,Jinan,scale_cny,AI industry scale,CNY,2020,exact,12500000000,1,"
                        "place among listed,2,2019,10000000000,2500000000,25,S1 S2,A/B,,example");
    EXPECT_EQ(lines[2].rfind("hyper,\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK(\"\"x\"\")\",", 0), 0u)
        << lines[2];
    EXPECT_NE(lines[2].find(",'-5%,"), std::string::npos) << lines[2];
    EXPECT_NE(lines[3].find(",-2000000000,-25,S2,B,\"60亿元, \"\"down\"\"\","), std::string::npos)
        << lines[3];
    EXPECT_NE(lines[4].find(",more than,5000000000,1,place among listed,4,,,,,S3,D,"),
              std::string::npos)
        << lines[4];
}

TEST(RankCsv, WritesThroughTheAtomicWriter) {
    auto r = loadDataset(std::string(AIMAP_FIXTURES) + "/datasets/rankings.json");
    ASSERT_TRUE(r.dataset);
    const auto t = buildRankingTable(*r.dataset, 0, 2020, std::nullopt);
    const std::string path = testing::TempDir() + "aimap_rank.csv";
    std::string error;
    ASSERT_TRUE(writeRankingCsv(path, *r.dataset, t, error)) << error;
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_EQ(ss.str(), rankingCsv(*r.dataset, t));
    EXPECT_FALSE(writeRankingCsv("/nonexistent-dir/x.csv", *r.dataset, t, error));
    EXPECT_FALSE(error.empty());
}
