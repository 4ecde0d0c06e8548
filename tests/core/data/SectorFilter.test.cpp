// The sector filter (issue 14, item 1): what the map sums when some sectors only are chosen.
// Expected values counted by hand from tests/support/SectorFixture.hpp.
#include "core/data/SectorFilter.hpp"

#include "core/cluster/ClusterLayer.hpp"
#include "core/view/MetricSummary.hpp"
#include "support/SectorFixture.hpp"

#include <gtest/gtest.h>

#include <memory>

using namespace aimap;
using aimap::test::bit;
using aimap::test::handMade;

namespace {

std::shared_ptr<const Dataset> filtered(unsigned short mask) {
    return filterSectors(std::make_shared<const Dataset>(handMade()), mask);
}

const Value* valueOf(const Dataset& ds, const char* city, const char* metric, int year) {
    return ds.value(*ds.cityIndex(city), *ds.metricIndex(metric), year);
}

} // namespace

TEST(SectorFilter, AllSectorsIsTheDataItself) {
    const auto ds = std::make_shared<const Dataset>(handMade());
    EXPECT_EQ(filterSectors(ds, kAllSectors).get(), ds.get());
    // Every sector that occurs (AI chips, servers, IoT, edge computing) is all of them here.
    const SectorMask present = bit(Sector::AiChips) | bit(Sector::AiServers) | bit(Sector::IoT) |
                               bit(Sector::EdgeComputing);
    EXPECT_EQ(sectorsPresent(*ds), present);
    EXPECT_EQ(filterSectors(ds, present).get(), ds.get());
}

TEST(SectorFilter, OneSectorCountsItsEnterprisesAndSumsTheirSplitWeights) {
    const auto ds = filtered(bit(Sector::AiChips));
    // Jinan 2020: E2 (chips + IoT, 50 -> 25) and E4 (chips, 30).
    EXPECT_EQ(valueOf(*ds, "jinan", "enterprises", 2020)->value, 2);
    EXPECT_DOUBLE_EQ(valueOf(*ds, "jinan", "enterprise_weight", 2020)->value, 55);
    EXPECT_EQ(valueOf(*ds, "jinan", "enterprises", 2021)->value, 1);
    EXPECT_DOUBLE_EQ(valueOf(*ds, "jinan", "enterprise_weight", 2021)->value, 9);
    // Qingdao's list has no AI-chips enterprise: 0 of them (its list is there), and no weight sum.
    ASSERT_NE(valueOf(*ds, "qingdao", "enterprises", 2020), nullptr);
    EXPECT_EQ(valueOf(*ds, "qingdao", "enterprises", 2020)->value, 0);
    EXPECT_EQ(valueOf(*ds, "qingdao", "enterprise_weight", 2020), nullptr);
    // One sector: the count equals the sector's bar of the unfiltered breakdown.
    EXPECT_EQ(handMade().sectorBreakdowns[0].counts[std::size_t(Sector::AiChips)], 2u);
}

TEST(SectorFilter, AnEnterpriseInTwoChosenSectorsCountsOnceAndAddsItsWholeWeight) {
    const auto ds = filtered(bit(Sector::AiChips) | bit(Sector::IoT));
    EXPECT_EQ(valueOf(*ds, "jinan", "enterprises", 2020)->value, 2);               // E2 once, E4
    EXPECT_DOUBLE_EQ(valueOf(*ds, "jinan", "enterprise_weight", 2020)->value, 80); // 50 + 30
    EXPECT_EQ(valueOf(*ds, "qingdao", "enterprises", 2020)->value, 1);
    EXPECT_DOUBLE_EQ(valueOf(*ds, "qingdao", "enterprise_weight", 2020)->value, 7);
    const Metric& count = ds->metrics[*ds->metricIndex("enterprises")];
    EXPECT_EQ(count.label, "Enterprises in: AI chips, IoT");
    EXPECT_EQ(ds->metrics[*ds->metricIndex("enterprise_weight")].label,
              "Revenue (sum) in: AI chips, IoT");
    EXPECT_EQ(sectorFilterNote(*ds, *ds->metricIndex("enterprises"), 1),
              "Counts the enterprises in any of: AI chips, IoT (an enterprise in several counts "
              "once).");
    EXPECT_EQ(sectorFilterNote(*ds, *ds->metricIndex("enterprise_weight"), 1),
              "Sums the part in AI chips, IoT of each enterprise's weight (split evenly between "
              "its sectors).");
    EXPECT_EQ(sectorFilterNote(*filtered(kAllSectors), 0, 1), "");
}

TEST(SectorFilter, WeightsLeftOutAreSaidAndAbsentSumsStayAbsent) {
    // Edge computing: only E3, which gives no weight.
    const auto ds = filtered(bit(Sector::EdgeComputing));
    EXPECT_EQ(valueOf(*ds, "jinan", "enterprises", 2020)->value, 1);
    EXPECT_EQ(valueOf(*ds, "jinan", "enterprise_weight", 2020), nullptr);
    // AI servers + edge computing: E1 gives 1000, E3 none.
    const auto two = filtered(bit(Sector::AiServers) | bit(Sector::EdgeComputing));
    const Value* w = valueOf(*two, "jinan", "enterprise_weight", 2020);
    ASSERT_NE(w, nullptr);
    EXPECT_DOUBLE_EQ(w->value, 1000);
    EXPECT_EQ(w->notes, "sum over the 1 of 2 enterprises in the chosen sectors that give a weight");
}

TEST(SectorFilter, TheSymbolScaleFollowsTheFilteredValuesOverAllYears) {
    const auto ds = filtered(bit(Sector::AiChips));
    // Largest filtered figure over 2020 and 2021: Jinan 2020 (2 enterprises; 55 CNY).
    EXPECT_EQ(summariseMetric(*ds, *ds->metricIndex("enterprises")).vMax, 2);
    EXPECT_DOUBLE_EQ(summariseMetric(*ds, *ds->metricIndex("enterprise_weight")).vMax, 55);
    const auto all = std::make_shared<const Dataset>(handMade());
    EXPECT_DOUBLE_EQ(summariseMetric(*all, *all->metricIndex("enterprise_weight")).vMax, 1080);
}

TEST(SectorFilter, ClustersSumTheChosenSectorsOnly) {
    const auto ds = filtered(bit(Sector::AiChips) | bit(Sector::IoT));
    const auto weights = buildClusterLayer(ds, *ds->metricIndex("enterprise_weight"), 2020);
    ASSERT_TRUE(weights);
    // E2 (50), E4 (30), E5 (7); E1 (servers) and E3 (edge, no weight) are not points.
    EXPECT_EQ(weights->member.size(), 3u);
    const auto top = weights->index.getClusters(0, 0, 1, 1, 0);
    ASSERT_EQ(top.size(), 1u) << "Jinan and Qingdao merge at zoom 0";
    EXPECT_DOUBLE_EQ(top[0].weight, 87);
    const auto counts = buildClusterLayer(ds, *ds->metricIndex("enterprises"), 2020);
    EXPECT_DOUBLE_EQ(counts->index.getClusters(0, 0, 1, 1, 0)[0].weight, 3);
    // AI chips alone: E2's half (25) and E4 (30); the ring holds AI chips only.
    const auto chips = filtered(bit(Sector::AiChips));
    const auto layer = buildClusterLayer(chips, *chips->metricIndex("enterprise_weight"), 2020);
    const auto c = layer->index.getClusters(0, 0, 1, 1, 0)[0];
    EXPECT_DOUBLE_EQ(c.weight, 55);
    ASSERT_TRUE(c.isCluster);
    const auto w = layer->index.categoryWeights(c.id);
    EXPECT_DOUBLE_EQ(w[std::size_t(Sector::AiChips)], 55);
    EXPECT_DOUBLE_EQ(w[std::size_t(Sector::IoT)], 0);
}

TEST(SectorFilter, SectorNamesFollowTheLabelSetting) {
    const SectorMask m = bit(Sector::IoT) | bit(Sector::FiveG);
    EXPECT_EQ(sectorNames(m, 1), "IoT, 5G");
    EXPECT_EQ(sectorNames(m, 0), "\xE7\x89\xA9\xE8\x81\x94\xE7\xBD\x91\xE3\x80\x81"
                                 "5G"); // 物联网、5G
    EXPECT_EQ(sectorNames(m, 2), "\xE7\x89\xA9\xE8\x81\x94\xE7\xBD\x91 IoT, 5G");
    EXPECT_DOUBLE_EQ(shareInSectors(bit(Sector::IoT) | bit(Sector::AiChips), bit(Sector::IoT)),
                     0.5);
}
