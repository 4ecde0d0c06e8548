// Issue 13, "linear loads": tables (CSV) and enterprise lists scale linearly: a header of a
// million columns is rejected after one pass, twin columns are found by hash, and "did you mean"
// is searched only for the messages listed.
#include "core/data/CityCsvLoader.hpp"
#include "core/data/EnterpriseCsvLoader.hpp"
#include "core/data/EnterpriseJsonLoader.hpp"
#include "core/data/Suggest.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>

using namespace aimap;

namespace {

const Gazetteer& gazetteer() {
    return aimap::test::bundledGazetteer();
}

std::size_t searchesDuring(const std::function<void()>& f) {
    const std::size_t before = suggestWork().searches;
    f();
    return suggestWork().searches - before;
}

std::string wideTable(std::size_t metricColumns, const std::string& twin = "") {
    std::string csv = "city,year";
    for (std::size_t c = 0; c < metricColumns; ++c)
        csv += ",m" + std::to_string(c) + " (count)";
    csv += twin + "\nJinan,2020";
    for (std::size_t c = 0; c < metricColumns; ++c)
        csv += "," + std::to_string(c);
    return csv + (twin.empty() ? "" : ",1") + "\n";
}

} // namespace

TEST(Csv, AMillionColumnHeaderIsRejectedOrReadLinearly) {
    const auto r = loadCityCsvBytes(wideTable(1000000), "wide.csv", &gazetteer());
    EXPECT_FALSE(r.dataset);
    ASSERT_EQ(r.diagnostics.errorCount(), 1u) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.items()[0].message, "the header has more than 16384 columns");
    EXPECT_EQ(r.diagnostics.items()[0].location, "1:16385");
}

TEST(CityCsv, AHeaderAtTheColumnLimitLoadsAndItsTwinColumnsAreFound) {
    const std::size_t metrics = Limits{}.maxColumns - 3; // city, year and the twin
    const auto ok = loadCityCsvBytes(wideTable(metrics + 1), "wide.csv", &gazetteer());
    ASSERT_TRUE(ok.dataset) << ok.diagnostics.format();
    EXPECT_EQ(ok.dataset->metrics.size(), metrics + 1);
    EXPECT_EQ(ok.dataset->values.size(), metrics + 1);
    EXPECT_EQ(ok.dataset->metricIndex("m16000"), 16000u);
    const auto twin =
        loadCityCsvBytes(wideTable(metrics, ",m77 (count)"), "wide.csv", &gazetteer());
    EXPECT_FALSE(twin.dataset);
    ASSERT_EQ(twin.diagnostics.errorCount(), 1u) << twin.diagnostics.format();
    EXPECT_EQ(twin.diagnostics.items()[0].message, "two metric columns named \"m77\"");
}

TEST(CityCsv, UnknownCitiesGetSuggestionsOnlyWhenShown) {
    std::string csv = "city,year,AI enterprises (count)\n";
    for (int i = 0; i < 3000; ++i)
        csv += "Qingdoa," + std::to_string(1950 + i % 150) + ",5\n";
    DatasetLoadResult r;
    const std::size_t searches =
        searchesDuring([&] { r = loadCityCsvBytes(csv, "in.csv", &gazetteer()); });
    EXPECT_EQ(r.diagnostics.errorCount(), 3000u);
    EXPECT_LE(searches, Diagnostics::kListed);
    EXPECT_EQ(r.diagnostics.items()[0].hint, "did you mean \"Qingdao\"?");
}

TEST(EnterpriseCsv, UnknownSectorsGetSuggestionsOnlyWhenShown) {
    std::string csv = "name,city,sector,year\n";
    for (int i = 0; i < 3000; ++i)
        csv += "E" + std::to_string(i) + ",Jinan,clod,2020\n";
    DatasetLoadResult r;
    const std::size_t searches =
        searchesDuring([&] { r = loadEnterpriseCsvBytes(csv, "e.csv", &gazetteer()); });
    EXPECT_EQ(r.diagnostics.errorCount(), 3000u);
    EXPECT_LE(searches, 2 * Diagnostics::kListed); // large tables are read in two parts
    EXPECT_EQ(r.diagnostics.items()[0].hint, "did you mean \"cloud\"?");
}

TEST(EnterpriseJson, UndefinedSourcesGetSuggestionsOnlyWhenShown) {
    nlohmann::json doc = {{"aimap_enterprises", 1},
                          {"sources", {{"R1", {{"title", "Registry"}}}}},
                          {"enterprises", nlohmann::json::array()}};
    for (int i = 0; i < 3000; ++i)
        doc["enterprises"].push_back({{"name", "E" + std::to_string(i)},
                                      {"city", "Jinan"},
                                      {"sectors", {"iot"}},
                                      {"year", 2020},
                                      {"source", "R" + std::to_string(i + 2)}});
    DatasetLoadResult r;
    const std::size_t searches =
        searchesDuring([&] { r = loadEnterpriseJsonDoc(doc, "e.json", &gazetteer(), {}); });
    EXPECT_EQ(r.diagnostics.errorCount(), 3000u);
    EXPECT_LE(searches, Diagnostics::kListed);
    EXPECT_EQ(r.diagnostics.omittedErrors(), 2900u);
}
