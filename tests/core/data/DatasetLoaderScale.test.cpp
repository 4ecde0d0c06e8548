// Issue 13, "linear loads": the dataset JSON loader's cost per value stays flat, and its messages
// are bounded: the first hundred listed, the rest counted; "did you mean" only for those listed;
// a broken city or metric reported once, not once per value naming it.
#include "core/data/DatasetLoader.hpp"
#include "core/data/Suggest.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace aimap;
using nlohmann::json;

namespace {

json city(const std::string& id, double lon = 117, double lat = 36) {
    return {{"id", id}, {"name_en", id}, {"lon", lon}, {"lat", lat}};
}

json value(const std::string& cityId, int year, const std::string& metric = "m") {
    return {
        {"city", cityId}, {"metric", metric}, {"year", year}, {"value", 1}, {"sources", {"S1"}}};
}

json dataset(json cities, json values) {
    return {{"aimap", 1},
            {"title", "t"},
            {"kind", "synthetic"},
            {"sources", {{"S1", {{"title", "s"}}}}},
            {"metrics", {{"m", {{"label", "M"}, {"unit", "count"}}}}},
            {"cities", std::move(cities)},
            {"values", std::move(values)}};
}

std::size_t listed(const Diagnostics& d, Severity s) {
    std::size_t n = 0;
    for (const auto& item : d.items())
        n += item.severity == s;
    return n;
}

} // namespace

TEST(DatasetLoader, ErrorsBeyondTheFirstHundredAreCountedNotListed) {
    json values = json::array();
    for (int i = 0; i < 250; ++i)
        values.push_back(value("c", 1800)); // year out of range
    const auto r = buildDataset(dataset(json::array({city("c")}), values), "mem.json");
    EXPECT_FALSE(r.dataset);
    EXPECT_EQ(r.diagnostics.errorCount(), 250u);
    EXPECT_EQ(listed(r.diagnostics, Severity::Error), 100u);
    EXPECT_EQ(r.diagnostics.omittedErrors(), 150u);
    EXPECT_NE(r.diagnostics.format().find("... and 150 more"), std::string::npos);
    EXPECT_EQ(r.diagnostics.items().back().location, "/values/99/year");
}

TEST(DatasetLoader, WarningsBeyondTheFirstHundredDoNotHideErrors) {
    json values = json::array();
    for (int i = 0; i < 300; ++i) {
        json v = value("c" + std::to_string(i / 100), 2000 + i % 100);
        v.erase("sources"); // a warning each
        values.push_back(v);
    }
    values.push_back(value("nowhere", 2000)); // an error after 300 warnings
    const auto r = buildDataset(dataset(json::array({city("c0"), city("c1"), city("c2")}), values),
                                "mem.json");
    EXPECT_EQ(r.diagnostics.errorCount(), 1u);
    EXPECT_EQ(listed(r.diagnostics, Severity::Warning), 100u);
    EXPECT_EQ(r.diagnostics.omittedWarnings(), 200u);
    EXPECT_NE(r.diagnostics.format().find("unknown city \"nowhere\""), std::string::npos);
}

TEST(DatasetLoader, UnknownCityIdsGetSuggestionsOnlyWhenShown) {
    json cities = json::array(), values = json::array();
    for (int i = 0; i < 1000; ++i)
        cities.push_back(city("city_" + std::to_string(i)));
    for (int i = 0; i < 20000; ++i)
        values.push_back(value("cty_" + std::to_string(i % 1000), 2000 + i % 100));
    const SuggestWork before = suggestWork();
    const auto r = buildDataset(dataset(cities, values), "mem.json");
    const SuggestWork after = suggestWork();
    EXPECT_EQ(r.diagnostics.errorCount(), 20000u);
    // One search per listed message, none for the 19 900 counted ones.
    EXPECT_LE(after.searches - before.searches, Diagnostics::kListed);
    EXPECT_GT(after.searches - before.searches, 0u);
    const auto& first = r.diagnostics.items().front();
    EXPECT_EQ(first.message, "unknown city \"cty_0\"");
    EXPECT_EQ(first.hint, "did you mean \"city_0\"?");
}

TEST(DatasetLoader, AnInvalidCityIsReportedOnceNotPerValue) {
    json cities =
        json::array({city("c0"), city("c1"), city("c2"), city("bad", 116, 366), city("c4")});
    json values = json::array();
    for (int i = 0; i < 812; ++i)
        values.push_back(value("bad", 1950 + i % 150)); // (its values are never loaded)
    values.push_back(value("c1", 2020));
    const auto r = buildDataset(dataset(cities, values), "mem.json");
    ASSERT_EQ(r.diagnostics.errorCount(), 2u) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.items()[0].location, "/cities/3");
    EXPECT_NE(r.diagnostics.items()[0].message.find("coordinates out of range"), std::string::npos);
    EXPECT_EQ(r.diagnostics.items()[1].message,
              "city \"bad\" is invalid (see /cities/3), so its 812 values were skipped");
    EXPECT_EQ(r.diagnostics.items()[1].location, "/values/0/city");
}

TEST(DatasetLoader, ACityWithoutCoordinatesIsReportedOnceNotPerValue) {
    json broken = city("nowhere");
    broken.erase("lat");
    json values = json::array({value("nowhere", 2020), value("nowhere", 2021)});
    const auto r = buildDataset(dataset(json::array({broken}), values), "mem.json");
    ASSERT_EQ(r.diagnostics.errorCount(), 2u) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.items()[1].message,
              "city \"nowhere\" is invalid (see /cities/0), so its 2 values were skipped");
}

TEST(DatasetLoader, AnInvalidMetricIsReportedOnceNotPerValue) {
    json doc = dataset(json::array({city("c")}), json::array());
    doc["metrics"]["broken"] = "not an object";
    for (int i = 0; i < 300; ++i)
        doc["values"].push_back(value("c", 1950 + i % 150, "broken"));
    const auto r = buildDataset(doc, "mem.json");
    ASSERT_EQ(r.diagnostics.errorCount(), 2u) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.items()[0].message, "a metric must be an object");
    EXPECT_EQ(r.diagnostics.items()[1].message,
              "metric \"broken\" is invalid (see /metrics/broken), so its 300 values were skipped");
}

TEST(DatasetLoader, AnInvalidSourceIsReportedOnceNotPerReference) {
    json doc = dataset(json::array({city("c")}), json::array());
    doc["sources"]["S2"] = 7;
    for (int i = 0; i < 150; ++i)
        doc["values"].push_back({{"city", "c"},
                                 {"metric", "m"},
                                 {"year", 1950 + i},
                                 {"value", 1},
                                 {"sources", {"S2"}}});
    const auto r = buildDataset(doc, "mem.json");
    ASSERT_EQ(r.diagnostics.errorCount(), 2u) << r.diagnostics.format();
    EXPECT_EQ(r.diagnostics.items()[1].message,
              "source \"S2\" is invalid (see /sources/S2), so its 150 values were skipped");
}
