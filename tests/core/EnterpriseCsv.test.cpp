#include "core/data/CityCard.hpp"
#include "core/data/EnterpriseCsvLoader.hpp"
#include "core/data/EnterpriseJsonLoader.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/data/Sectors.hpp"

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>

using namespace aimap;

namespace {

const std::string kCsv = AIMAP_FIXTURES "/csv/";

const Gazetteer& gazetteer() { return aimap::test::bundledGazetteer(); }

std::size_t idx(Sector s) { return static_cast<std::size_t>(s); }

} // namespace

TEST(Sectors, ParsedFromIdsNamesAndChinese) {
    EXPECT_EQ(parseSector("ai_chips"), Sector::AiChips);
    EXPECT_EQ(parseSector("AI Chips"), Sector::AiChips);
    EXPECT_EQ(parseSector("\xE8\x8A\xAF\xE7\x89\x87"), Sector::AiChips); // 芯片
    EXPECT_EQ(parseSector("Edge computing"), Sector::EdgeComputing);
    EXPECT_EQ(parseSector("5G"), Sector::FiveG);
    EXPECT_FALSE(parseSector("blockchain"));
}

TEST(EnterpriseCsv, AggregatesPerCityYearAndSector) {
    const auto r = loadDatasetFile(kCsv + "enterprises-ok.csv", &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    EXPECT_EQ(ds.enterprises.size(), 5u);
    EXPECT_EQ(ds.enterpriseWeightUnit, "CNY");
    const auto jinan = ds.findCity("Jinan");
    const auto qingdao = ds.findCity("Qingdao");
    ASSERT_TRUE(jinan && qingdao);
    const auto count = ds.metricIndex("enterprises");
    const auto weight = ds.metricIndex("enterprise_weight");
    ASSERT_TRUE(count && weight);
    // Jinan 2020: Inspur, B, and D (given by lon/lat next to Jinan).
    EXPECT_EQ(ds.value(*jinan, *count, 2020)->value, 3);
    EXPECT_EQ(ds.value(*jinan, *weight, 2020)->value, 1060);
    EXPECT_EQ(ds.value(*jinan, *count, 2021)->value, 1);
    EXPECT_EQ(ds.value(*qingdao, *count, 2020)->value, 1);
    // Regression (issue 13): a city whose only enterprise leaves the weight empty had a weight
    // sum of 0 on the map; it has none.
    EXPECT_EQ(ds.value(*qingdao, *weight, 2020), nullptr);
    const SectorBreakdown* b = nullptr;
    for (const auto& s : ds.sectorBreakdowns)
        if (s.city == *jinan && s.year == 2020)
            b = &s;
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->counts[idx(Sector::AiServers)], 1u);
    EXPECT_EQ(b->counts[idx(Sector::AiChips)], 1u);
    EXPECT_EQ(b->counts[idx(Sector::IoT)], 1u);
    EXPECT_EQ(b->counts[idx(Sector::EdgeComputing)], 1u);
    // B (50) is in two sectors: its weight is split.
    EXPECT_DOUBLE_EQ(b->weights[idx(Sector::AiChips)], 25);
    EXPECT_DOUBLE_EQ(b->weights[idx(Sector::AiServers)], 1000);
    double sum = 0;
    for (double w : b->weights)
        sum += w;
    EXPECT_DOUBLE_EQ(sum, b->totalWeight);
    // Both sources are kept on the city total.
    EXPECT_EQ(ds.value(*jinan, *count, 2020)->sources.size(), 2u);
    // The card shows the breakdown.
    const auto card = buildCityCard(ds, *jinan);
    ASSERT_EQ(card.sectors.size(), 2u);
    EXPECT_EQ(card.sectors[0].total, 3u);
}

TEST(EnterpriseCsv, SyntheticDirectiveMarksTheData) {
    const std::string path = testing::TempDir() + "aimap_synth.csv";
    FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("#aimap kind=synthetic title=\"Demo\"\nname,city,sector,year\nA,Jinan,iot,2022\n", f);
    std::fclose(f);
    const auto r = loadDatasetFile(path, &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    EXPECT_TRUE(r.dataset->isSynthetic());
    EXPECT_EQ(r.dataset->title, "Demo");
}

struct BadEnterprise {
    const char* file;
    const char* location;
    const char* message;
};

class BadEnterpriseCsv : public testing::TestWithParam<BadEnterprise> {};

TEST_P(BadEnterpriseCsv, IsRejectedWithRowColumnAndMessage) {
    const auto& c = GetParam();
    const std::string path = kCsv + c.file;
    const auto r = loadDatasetFile(path, &gazetteer());
    EXPECT_FALSE(r.dataset);
    const std::string text = r.diagnostics.format();
    EXPECT_NE(text.find(path + c.location + ": error: "), std::string::npos) << text;
    EXPECT_NE(text.find(c.message), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BadEnterpriseCsv,
    testing::Values(
        BadEnterprise{"enterprises-unknown-sector.csv", ":2:3", "did you mean \"ai_chips\"?"},
        BadEnterprise{"enterprises-ambiguous-city.csv", ":2:2", "\"Suzhou\" is ambiguous"},
        BadEnterprise{"enterprises-swapped.csv", ":2:2", "lon and lat look swapped"},
        // Regression (issue 13): a weight of 1e300 made the sums infinite.
        BadEnterprise{"enterprises-weight-huge.csv", ":3:4",
                      "weight \"1e300\" is implausibly large (over 1e18)"}),
    [](const testing::TestParamInfo<BadEnterprise>& info) {
        return aimap::test::fixtureTestName(info.param.file);
    });

TEST(EnterpriseJson, AggregatesLikeTheCsvTable) {
    const auto r = loadDatasetFile(AIMAP_FIXTURES "/datasets/enterprises.json", &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    EXPECT_TRUE(ds.isSynthetic()); // kind "example"
    const auto jinan = ds.findCity("Jinan");
    ASSERT_TRUE(jinan);
    EXPECT_EQ(ds.value(*jinan, *ds.metricIndex("enterprises"), 2020)->value, 3);
    EXPECT_EQ(ds.value(*jinan, *ds.metricIndex("enterprise_weight"), 2020)->value, 1060);
    EXPECT_EQ(ds.metrics[*ds.metricIndex("enterprise_weight")].unit, "CNY");
    ASSERT_EQ(ds.sectorBreakdowns.size(), 1u);
    EXPECT_DOUBLE_EQ(ds.sectorBreakdowns[0].weights[idx(Sector::AiChips)], 25);
}

TEST(EnterpriseJson, ErrorsUseJsonPointers) {
    const nlohmann::json doc = nlohmann::json::parse(R"({"aimap_enterprises": 1, "enterprises": [
        {"name": "A", "city": "Suzhou", "sectors": ["iot"], "year": 2020},
        {"name": "B", "city": "Jinan", "sectors": ["ai_chip"], "year": 2020},
        {"name": "C", "city": "Jinan", "sectors": ["iot"], "year": "2020"},
        {"name": "D", "lon": 36.6, "lat": 117.0, "sectors": ["iot"], "year": 2020},
        {"name": "E", "city": "Jinan", "sectors": ["iot"], "year": 2020, "source": "R2"}]})");
    const auto r = loadEnterpriseJsonDoc(doc, "e.json", &gazetteer());
    EXPECT_FALSE(r.dataset);
    const std::string text = r.diagnostics.format();
    EXPECT_NE(text.find("e.json:/enterprises/0/city: error: \"Suzhou\" is ambiguous"), std::string::npos) << text;
    EXPECT_NE(text.find("e.json:/enterprises/1/sectors/0: error: unknown sector \"ai_chip\" (hint: did you mean \"ai_chips\"?)"), std::string::npos) << text;
    EXPECT_NE(text.find("e.json:/enterprises/2/year: error"), std::string::npos) << text;
    EXPECT_NE(text.find("e.json:/enterprises/3: error: lon/lat must both be numbers inside China (hint: lon and lat look swapped)"), std::string::npos) << text;
    EXPECT_NE(text.find("e.json:/enterprises/4/source: error: source \"R2\" is not defined"), std::string::npos) << text;
}

TEST(EnterpriseCsv, NameCharactersAreCollectedOnceForTheFont) {
    const auto r = loadDatasetFile(kCsv + "enterprises-ok.csv", &gazetteer());
    ASSERT_TRUE(r.dataset);
    const std::string& chars = r.dataset->enterpriseNameChars;
    EXPECT_NE(chars.find("浪"), std::string::npos);
    EXPECT_NE(chars.find("潮"), std::string::npos);
    EXPECT_EQ(chars.find("浪"), chars.rfind("浪")); // once
    EXPECT_EQ(chars.find('I'), std::string::npos);  // ASCII is always in the font
    EXPECT_EQ(r.dataset->enterpriseName(r.dataset->enterprises[0]), "浪潮 Inspur");
}

// ASCII is skipped eight bytes at a time: a character at any offset from those blocks, after
// ASCII runs of every length, is still found (in order of first appearance, each once).
TEST(EnterpriseCsv, NameCharactersAreFoundAtEveryOffsetBetweenAsciiRuns) {
    auto utf8 = [](unsigned c) { // U+0080..U+FFFF
        std::string s;
        if (c < 0x800) {
            s += static_cast<char>(0xC0 | (c >> 6));
        } else {
            s += static_cast<char>(0xE0 | (c >> 12));
            s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        }
        s += static_cast<char>(0x80 | (c & 0x3F));
        return s;
    };
    Dataset ds;
    std::string expected;
    for (unsigned run = 0; run < 40; ++run) { // a different character after each run
        const std::string c = utf8(run % 3 == 0 ? 0xE9 + run : 0x4E00 + run);
        ds.enterpriseNames += std::string(run, 'a') + c;
        expected += c;
    }
    ds.enterpriseNames += utf8(0x4E01) + "\xF0\x9F\x98\x80" + std::string(9, 'z'); // seen; not BMP
    ds.collectEnterpriseNameChars();
    EXPECT_EQ(ds.enterpriseNameChars, expected);
}

TEST(EnterpriseCsv, LargeTablesReadInTwoPartsGiveTheRowByRowResult) {
    // 100 000 rows are read in two halves at once. Enterprises stay in row order with their own
    // names, sources are numbered by first appearance over the whole file, each message keeps
    // its row, and an unknown city is reported once, at its first row, even when both halves
    // name it.
    const std::size_t rows = 100000;
    std::string text = "name,city,lon,lat,sector,weight,year,source\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const std::string source = i < 60000 ? (i % 2 ? "S-odd" : "S-even") : (i % 3 ? "S-late" : "S-odd");
        text += "n" + std::to_string(i) + ",";
        if (i % 10 == 0)
            text += "Jinan,,,"; // by name
        else
            // Central China, within reach of a city (far ones would add warnings).
            text += "," + std::to_string(110 + (i % 10) * 0.5) + "," +
                    std::to_string(28 + (i % 7) * 0.5) + ",";
        text += "iot," + std::to_string(i) + ",2022," + source + "\n";
    }
    auto bytes = text;
    const auto good = loadEnterpriseCsvBytes(bytes, "big.csv", &gazetteer(), Limits{});
    ASSERT_TRUE(good.dataset) << good.diagnostics.format();
    const Dataset& ds = *good.dataset;
    ASSERT_EQ(ds.enterprises.size(), rows);
    for (std::size_t i : {std::size_t{0}, std::size_t{1}, rows / 2 - 1, rows / 2, rows / 2 + 1, rows - 1}) {
        EXPECT_EQ(ds.enterpriseName(ds.enterprises[i]), "n" + std::to_string(i));
        EXPECT_EQ(ds.enterprises[i].weight, static_cast<double>(i));
    }
    ASSERT_EQ(ds.sources.size(), 3u);
    EXPECT_EQ(ds.sources[0].title, "S-even");
    EXPECT_EQ(ds.sources[1].title, "S-odd");
    EXPECT_EQ(ds.sources[2].title, "S-late");
    EXPECT_EQ(ds.sources[ds.enterprises[rows - 1].source].title, (rows - 1) % 3 ? "S-late" : "S-odd");
    EXPECT_EQ(ds.sources[ds.enterprises[rows / 2 + 1].source].title, "S-odd");

    // Errors in both halves, and a city nobody knows in both.
    std::string bad = text;
    auto replaceRow = [&](std::size_t i, const std::string& row) {
        const std::string head = "n" + std::to_string(i) + ",";
        const auto at = bad.find("\n" + head) + 1;
        bad.replace(at, bad.find('\n', at) - at, row);
    };
    replaceRow(7, "n7,Atlantis,,,iot,1,2022,S");
    replaceRow(9, "n9,,101,26,iot,1,1066,S");
    replaceRow(70001, "n70001,Atlantis,,,iot,1,2022,S");
    replaceRow(70003, "n70003,,101,26,warp drives,1,2022,S");
    const auto r = loadEnterpriseCsvBytes(bad, "big.csv", &gazetteer(), Limits{});
    EXPECT_FALSE(r.dataset);
    const auto& items = r.diagnostics.items();
    ASSERT_EQ(items.size(), 3u) << r.diagnostics.format();
    EXPECT_EQ(items[0].location, "9:2"); // row 7 is line 9
    EXPECT_NE(items[0].message.find("Atlantis"), std::string::npos);
    EXPECT_EQ(items[1].location, "11:7");
    EXPECT_NE(items[1].message.find("year"), std::string::npos);
    EXPECT_EQ(items[2].location, "70005:5");
    EXPECT_NE(items[2].message.find("warp drives"), std::string::npos);
}

namespace {
// Enterprises and messages of a load, for comparing two loads (the first `count` enterprises).
std::string dumpEnterprises(const DatasetLoadResult& r, std::size_t count) {
    std::string out;
    for (const auto& item : r.diagnostics.items())
        out += item.format() + "\n";
    if (!r.dataset)
        return out + "(no dataset)\n";
    const Dataset& ds = *r.dataset;
    for (std::size_t i = 0; i < count && i < ds.enterprises.size(); ++i) {
        const Enterprise& e = ds.enterprises[i];
        char line[160];
        std::snprintf(line, sizeof line, " %s %d %u %.9g %.9g %.17g ", ds.cities[e.city].code.c_str(),
                      e.year, static_cast<unsigned>(e.sectors), e.world.x, e.world.y, e.weight);
        out += std::string(ds.enterpriseName(e)) + line +
               (e.source == static_cast<std::size_t>(-1) ? std::string("-") : ds.sources[e.source].title) + "\n";
    }
    return out;
}
} // namespace

TEST(EnterpriseCsv, QuoteFreeRowsSplitWhileReadGiveTheTableResult) {
    // A large quote-free file's rows are split by the enterprise reader as it reads them (the CSV
    // parser leaves them in the text); a quoted last row sends the same file through the parser's
    // table. Same enterprises, cities, sources and messages, with blank lines, row errors in both
    // halves, and split errors (too many cells), which alone are reported, as for any CSV.
    const std::size_t rows = 120000;
    std::string text = "name,city,lon,lat,sector,weight,year,source\n";
    for (std::size_t i = 0; i < rows; ++i) {
        if (i % 1000 == 3)
            text += "   \n"; // blank
        text += "n" + std::to_string(i) + ",";
        if (i % 10 == 0)
            text += i % 20 ? "Jinan,,," : "\xE6\xAD\xA6\xE6\xB1\x89,,,"; // 武汉
        else
            text += "," + std::to_string(100 + (i % 30)) + "." + std::to_string(i % 7) + "," +
                    std::to_string(25 + (i % 20)) + ",";
        text += (i % 3 ? "iot" : "big_data;cloud") + std::string(",") + std::to_string(i % 1000) +
                ",2022," + (i % 5 ? "S-a" : "S-b") + "\n";
    }
    ASSERT_GT(text.size(), std::size_t{4} << 20); // two halves
    const std::string quotedRow = "\"last\",Jinan,,,iot,1,2022,S-a\n";
    auto same = [&](const std::string& t, const char* what) {
        const auto split = loadEnterpriseCsvBytes(t, "big.csv", &gazetteer(), Limits{});
        const auto table = loadEnterpriseCsvBytes(t + quotedRow, "big.csv", &gazetteer(), Limits{});
        const std::size_t n = split.dataset ? split.dataset->enterprises.size() : 0;
        if (split.dataset && table.dataset) {
            EXPECT_EQ(table.dataset->enterprises.size(), n + 1) << what;
            EXPECT_EQ(split.dataset->cities.size(), table.dataset->cities.size()) << what;
        }
        EXPECT_EQ(dumpEnterprises(split, n), dumpEnterprises(table, n)) << what;
        return split;
    };
    const auto good = same(text, "clean");
    ASSERT_TRUE(good.dataset) << good.diagnostics.format();
    EXPECT_EQ(good.dataset->enterprises.size(), rows);

    std::string bad = text;
    auto replaceRow = [&](std::string& t, std::size_t i, const std::string& row) {
        const std::string head = "\nn" + std::to_string(i) + ",";
        const auto at = t.find(head) + 1;
        t.replace(at, t.find('\n', at) - at, row);
    };
    replaceRow(bad, 17, "n17,Atlantis,,,iot,1,2022,S");
    replaceRow(bad, 19, "n19,,101,26,iot,1,1066,S");
    replaceRow(bad, 90001, "n90001,Atlantis,,,iot,1,2022,S");
    replaceRow(bad, 90003, "n90003,,101,26,warp drives,1,2022,S");
    replaceRow(bad, 90005, "n90005,,,,iot,1,2022,S");
    const auto rowErrors = same(bad, "row errors");
    EXPECT_FALSE(rowErrors.dataset);
    EXPECT_EQ(rowErrors.diagnostics.errorCount(), 4u) << rowErrors.diagnostics.format();

    std::string broken = bad;
    replaceRow(broken, 100007, "n100007,,101,26,iot,1,2022,S,extra");
    replaceRow(broken, 11, "n11,,101,26,iot,1,2022,S,,,more");
    const auto splitErrors = same(broken, "split errors");
    EXPECT_FALSE(splitErrors.dataset);
    ASSERT_EQ(splitErrors.diagnostics.errorCount(), 2u) << splitErrors.diagnostics.format();
    EXPECT_NE(splitErrors.diagnostics.items()[0].message.find("cells but the header has 8"), std::string::npos);
}

// Regression (issue 13): a row with a city and a lon/lat was counted in the city nearest to its
// lon/lat, the city it names ignored without a word.
TEST(EnterpriseCsv, ANamedCityWinsOverTheNearestAndAFarPositionIsWarnedAbout) {
    const std::string path = testing::TempDir() + "aimap-named-and-placed.csv";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("name,city,lon,lat,sector,year\nA,Jinan,117.6,36.75,iot,2020\n"
               "B,Jinan,113.26,23.13,iot,2020\nC,,117.6,36.75,iot,2020\n",
               f);
    std::fclose(f);
    const auto r = loadDatasetFile(path, &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    ASSERT_EQ(ds.enterprises.size(), 3u);
    EXPECT_EQ(ds.cities[ds.enterprises[0].city].nameEn, "Jinan");
    EXPECT_EQ(ds.cities[ds.enterprises[1].city].nameEn, "Jinan");
    EXPECT_EQ(ds.cities[ds.enterprises[2].city].nameEn, "Zibo"); // no city: the nearest
    const std::string messages = r.diagnostics.format();
    EXPECT_NE(messages.find(path + ":3:3: warning: lon/lat lie "), std::string::npos) << messages;
    EXPECT_EQ(messages.find(":2:3: warning"), std::string::npos) << messages;
    std::remove(path.c_str());
}

// Regression (issue 13): a weight column written "revenue [CNY]" or "营收（元）" (full-width
// brackets), or misspelt, was dropped without a word, and the map of weights with it.
TEST(EnterpriseCsv, WeightColumnsInAnyBracketsAndUnreadColumnsAreSaid) {
    const std::string dir = testing::TempDir();
    struct Case {
        const char* header;
        const char* unit; // nullptr: no weight column is read
        const char* warning;
    };
    const Case cases[] = {
        {"name,city,sector,revenue [CNY],year", "CNY", nullptr},
        {"name,city,sector,\xE8\x90\xA5\xE6\x94\xB6\xEF\xBC\x88\xE5\x85\x83\xEF\xBC\x89,year",
         "\xE5\x85\x83", nullptr},
        {"name,city,sector,\xE8\x90\xA5\xE4\xB8\x9A\xE6\x94\xB6\xE5\x85\xA5 (CNY),year", "CNY",
         nullptr},
        {"name,city,sector,revenu (CNY),year", nullptr,
         ":1:4: warning: column \"revenu (CNY)\" is not read (hint: did you mean \"revenue\"?)"},
        {"name,city,sector,sourse,year", nullptr,
         ":1:4: warning: column \"sourse\" is not read (hint: did you mean \"source\"?)"},
    };
    for (const Case& c : cases) {
        const std::string path = dir + "aimap-weight-header.csv";
        std::FILE* f = std::fopen(path.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fprintf(f, "%s\nA,Jinan,iot,1000,2020\n", c.header);
        std::fclose(f);
        const auto r = loadDatasetFile(path, &gazetteer());
        ASSERT_TRUE(r.dataset) << c.header << "\n" << r.diagnostics.format();
        EXPECT_EQ(r.dataset->metricIndex("enterprise_weight").has_value(), c.unit != nullptr)
            << c.header;
        if (c.unit) {
            EXPECT_EQ(r.dataset->enterpriseWeightUnit, c.unit) << c.header;
        }
        if (c.warning) {
            EXPECT_NE(r.diagnostics.format().find(path + c.warning), std::string::npos)
                << r.diagnostics.format();
        }
        std::remove(path.c_str());
    }
}

// Regression (issue 13): an enterprise in Tokyo or Seoul given by lon/lat was counted in 延边 or
// 丹东 without a word.
TEST(EnterpriseCsv, AnEnterpriseFarFromEveryCityIsWarnedAbout) {
    const std::string path = testing::TempDir() + "aimap-far-away.csv";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("name,lon,lat,sector,year\nTokyo Co,139.69,35.69,iot,2020\n"
               "Seoul Co,126.98,37.57,iot,2020\nJinan Co,117.1,36.7,iot,2020\n",
               f);
    std::fclose(f);
    const auto r = loadDatasetFile(path, &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const std::string messages = r.diagnostics.format();
    EXPECT_NE(messages.find(path + ":2:2: warning: lon/lat lie "), std::string::npos) << messages;
    EXPECT_NE(messages.find(path + ":3:2: warning: lon/lat lie "), std::string::npos) << messages;
    EXPECT_EQ(messages.find(":4:2: warning"), std::string::npos) << messages;
    std::remove(path.c_str());
}

// Regression (issue 13): a weight column empty in every row gave every city a weight sum of 0
// (and later a metric with no figure).
TEST(EnterpriseCsv, AnEmptyWeightColumnIsNoMetric) {
    const std::string path = testing::TempDir() + "aimap-empty-weights.csv";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("name,city,sector,revenue (CNY),year,source\nA,Jinan,iot,,2020,R\nB,Qingdao,iot,,2020,R\n",
               f);
    std::fclose(f);
    const auto r = loadDatasetFile(path, &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    EXPECT_FALSE(r.dataset->metricIndex("enterprise_weight"));
    EXPECT_TRUE(r.dataset->enterpriseWeightUnit.empty());
    EXPECT_NE(r.diagnostics.format().find(
                  "warning: no enterprise gives a weight: column \"revenue (CNY)\" is empty"),
              std::string::npos)
        << r.diagnostics.format();
    std::remove(path.c_str());
}
