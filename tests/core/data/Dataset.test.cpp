// Lookups by id through the dataset's index (issue 13, "linear loads": a lookup per value must
// not scan 100 000 cities).
#include "core/data/Dataset.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace aimap;

TEST(Dataset, IdLookupsFindEntriesAddedBeforeAndAfterIndexing) {
    Dataset ds;
    for (int i = 0; i < 1000; ++i)
        ds.cities.push_back({"c" + std::to_string(i), "", "n", "", {}, {}, ""});
    EXPECT_EQ(ds.cityIndex("c999"), 999u); // not indexed yet: found by a scan
    ds.indexIds();
    ds.cities.push_back({"late", "", "n", "", {}, {}, ""});
    ds.cities.push_back({"c5", "", "twin", "", {}, {}, ""});
    EXPECT_EQ(ds.cityIndex("c500"), 500u);
    EXPECT_EQ(ds.cityIndex("late"), 1000u);
    EXPECT_EQ(ds.cityIndex("c5"), 5u); // the first of two equal ids, as a scan finds it
    EXPECT_FALSE(ds.cityIndex("c1000").has_value());
    ds.cities.resize(10); // shrunk: the index is not trusted any more
    EXPECT_FALSE(ds.cityIndex("late").has_value());
    EXPECT_EQ(ds.cityIndex("c9"), 9u);
    ds.metrics.push_back({"m", "M", "count", ""});
    ds.sources.push_back({"S1", "s", "", "", "", "", ""});
    ds.indexIds();
    EXPECT_EQ(ds.metricIndex("m"), 0u);
    ASSERT_NE(ds.source("S1"), nullptr);
    EXPECT_EQ(ds.source("S2"), nullptr);
}
