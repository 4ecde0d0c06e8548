#include "core/data/CityCsvLoader.hpp"
#include "core/data/FormatDispatch.hpp"

#include "core/geo/Projection.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <random>

using namespace aimap;

namespace {

const std::string kCsv = AIMAP_FIXTURES "/csv/";

const Gazetteer& gazetteer() { return aimap::test::bundledGazetteer(); }

} // namespace

TEST(Gazetteer, FindsCitiesTheWayPeopleWriteThem) {
    const Gazetteer& g = gazetteer();
    for (const char* name : {"\xE6\xB5\x8E\xE5\x8D\x97", "\xE6\xB5\x8E\xE5\x8D\x97\xE5\xB8\x82",
                             "Jinan", "jinan", "Jinan City", "Jinan Shi", "370100"}) {
        const auto m = g.find(name);
        ASSERT_NE(m.entry, nullptr) << name;
        EXPECT_EQ(m.entry->code, "370100") << name;
    }
    EXPECT_EQ(g.find("Xi'an").entry->code, "610100");
    EXPECT_EQ(g.find("Xian").entry->code, "610100");
}

TEST(Gazetteer, AmbiguousEnglishNameListsCandidates) {
    const auto m = gazetteer().find("Suzhou");
    EXPECT_EQ(m.entry, nullptr);
    ASSERT_EQ(m.candidates.size(), 2u);
    EXPECT_EQ(gazetteer().find("\xE8\x8B\x8F\xE5\xB7\x9E").entry->code, "320500"); // 苏州
}

TEST(Gazetteer, UnknownNameGetsASuggestion) {
    const auto m = gazetteer().find("Qingdoa");
    EXPECT_EQ(m.entry, nullptr);
    EXPECT_EQ(m.suggestion, "Qingdao");
}

namespace {
// The nearest entry by looking at every one; ties to the lowest index.
const GazetteerEntry* nearestByScan(const Gazetteer& g, Vec2 w) {
    const GazetteerEntry* best = nullptr;
    double bestD = 0;
    for (const auto& e : g.entries()) {
        const Vec2 p = Projection::china().forward(e.position);
        const double d = (p.x - w.x) * (p.x - w.x) + (p.y - w.y) * (p.y - w.y);
        if (!best || d < bestD)
            best = &e, bestD = d;
    }
    return best;
}
} // namespace

// Inside the entries' box the grid answers, outside it the walk by x; both must give the entry a
// scan of every entry gives, ties included.
TEST(Gazetteer, NearestIsTheEntryAFullScanFinds) {
    const Gazetteer& g = gazetteer();
    const Projection& proj = Projection::china();
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> lon(60, 150), lat(5, 62), jitter(-0.3, 0.3);
    std::uniform_int_distribution<std::size_t> pick(0, g.entries().size() - 1);
    int checked = 0;
    for (int i = 0; i < 20000; ++i) {
        LonLat p{lon(rng), lat(rng)};
        if (i % 2) { // near a city, as enterprises are
            const LonLat c = g.entries()[pick(rng)].position;
            p = {c.lon + jitter(rng), c.lat + jitter(rng)};
        }
        const Vec2 w = proj.forward(p);
        ASSERT_EQ(g.nearestWorld(w), nearestByScan(g, w)) << p.lon << ", " << p.lat;
        ++checked;
    }
    for (const auto& e : g.entries()) { // at an entry: that entry (or an earlier one there)
        const Vec2 w = proj.forward(e.position);
        ASSERT_EQ(g.nearestWorld(w), nearestByScan(g, w)) << e.code;
    }
    // Exactly halfway between two entries: the lower index wins, as in a scan.
    const Vec2 a = proj.forward(g.entries()[3].position), b = proj.forward(g.entries()[40].position);
    const Vec2 mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
    EXPECT_EQ(g.nearestWorld(mid), nearestByScan(g, mid));
    EXPECT_EQ(g.nearestWorld({NAN, 0}), nullptr);
    EXPECT_EQ(checked, 20000);
}

// A gazetteer of entries on one line (a grid one cell tall) and of a single entry.
TEST(Gazetteer, NearestWorksForDegenerateLayouts) {
    std::vector<GazetteerEntry> line;
    for (int i = 0; i < 5; ++i) {
        GazetteerEntry e;
        e.code = std::to_string(100000 + i);
        e.position = {100.0 + i, 30.0};
        line.push_back(e);
    }
    line.push_back(line[2]); // a duplicate position: the earlier entry is nearest
    const Gazetteer g(line);
    for (double lon = 95; lon <= 110; lon += 0.25) {
        const Vec2 w = Projection::china().forward({lon, 30.5});
        EXPECT_EQ(g.nearestWorld(w), nearestByScan(g, w)) << lon;
    }
    EXPECT_EQ(g.nearestWorld(Projection::china().forward({102, 30}))->code, "100002");
    const Gazetteer one({line[0]});
    EXPECT_EQ(one.nearestWorld(Projection::china().forward({120, 50}))->code, "100000");
    const Gazetteer none(std::vector<GazetteerEntry>{});
    EXPECT_EQ(none.nearestWorld({0, 0}), nullptr);
}

TEST(CityCsv, LoadsNamesThousandsQualifiersAndSources) {
    const auto r = loadCityCsv(kCsv + "cities-ok.csv", &gazetteer());
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    const Dataset& ds = *r.dataset;
    ASSERT_EQ(ds.cities.size(), 2u);
    const auto jinan = ds.findCity("Jinan");
    ASSERT_TRUE(jinan);
    const auto scale = ds.metricIndex("ai_industry_scale");
    const auto firms = ds.metricIndex("ai_enterprises");
    ASSERT_TRUE(scale && firms);
    EXPECT_EQ(ds.metrics[*scale].unit, "CNY");
    EXPECT_EQ(ds.value(*jinan, *scale, 2018)->value, 41.7e9);
    EXPECT_EQ(ds.value(*jinan, *firms, 2020)->value, 281);
    EXPECT_EQ(ds.value(*jinan, *firms, 2020)->sources.size(), 1u);
    const auto qd = ds.findCity("\xE9\x9D\x92\xE5\xB2\x9B"); // 青岛
    ASSERT_TRUE(qd);
    EXPECT_EQ(ds.value(*qd, *firms, 2020)->qualifier, ">");
    EXPECT_EQ(ds.value(*qd, *scale, 2020), nullptr); // "n/a" is absent, not zero
    EXPECT_EQ(ds.sources.size(), 2u);
}

TEST(CityCsv, ExcelExportsLoad) {
    for (const char* file : {"excel-utf8-bom.csv", "excel-gbk.csv", "excel-utf16.txt",
                             "semicolon-decimal-comma.csv"}) {
        const auto r = loadCityCsv(kCsv + file, &gazetteer());
        ASSERT_TRUE(r.dataset) << file << "\n" << r.diagnostics.format();
        EXPECT_EQ(r.dataset->cities.at(0).nameZh, "\xE6\xB5\x8E\xE5\x8D\x97") << file;
    }
    const auto dc = loadCityCsv(kCsv + "semicolon-decimal-comma.csv", &gazetteer());
    EXPECT_EQ(dc.dataset->values.at(0).value, 1234.5);
    const auto gbk = loadCityCsv(kCsv + "excel-gbk.csv", &gazetteer());
    EXPECT_NE(gbk.diagnostics.format().find("GBK/GB18030"), std::string::npos);
}

struct BadCsv {
    const char* file;
    const char* location;
    const char* message;
};

class BadCityCsv : public testing::TestWithParam<BadCsv> {};

TEST_P(BadCityCsv, IsRejectedWithRowColumnAndMessage) {
    const BadCsv& c = GetParam();
    const std::string path = kCsv + c.file;
    const auto r = loadCityCsv(path, &gazetteer());
    EXPECT_FALSE(r.dataset);
    const std::string text = r.diagnostics.format();
    EXPECT_NE(text.find(path + c.location + ": error: "), std::string::npos) << text;
    EXPECT_NE(text.find(c.message), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BadCityCsv,
    testing::Values(
        BadCsv{"ambiguous-suzhou.csv", ":2:1", "\"Suzhou\" is ambiguous"},
        BadCsv{"unknown-city.csv", ":2:1", "did you mean \"Jinan\"?"},
        BadCsv{"formula.csv", ":2:3", "formulas are not evaluated"},
        BadCsv{"unterminated-quote.csv", ":2:3", "never closed"},
        BadCsv{"too-many-cells.csv", ":2:5", "row has 5 cells but the header has 4"},
        BadCsv{"bad-year.csv", ":2:2", "must be a whole number"},
        BadCsv{"negative.csv", ":2:3", "negative value"},
        BadCsv{"duplicate-row.csv", ":3:3", "second value for 370100"},
        BadCsv{"no-year-column.csv", ":1:1", "no year column"},
        BadCsv{"swapped-lonlat.csv", ":2:2", "lon and lat look swapped"},
        BadCsv{"empty.csv", "", "the file is empty"}),
    [](const testing::TestParamInfo<BadCsv>& info) {
        return aimap::test::fixtureTestName(info.param.file);
    });

TEST(CityCsv, DispatchByExtension) {
    const auto csv = loadDatasetFile(kCsv + "cities-ok.csv", &gazetteer());
    EXPECT_TRUE(csv.dataset);
    const auto json = loadDatasetFile(AIMAP_ROOT "/data/ai-cities.json", &gazetteer());
    EXPECT_TRUE(json.dataset);
}
