// Sector charts (issue 14, item 1): what each bar sums, its rank, its sources, and where it is
// drawn. Expected values are counted by hand from the small dataset below.
#include "core/view/SectorBars.hpp"

#include "core/data/Sectors.hpp"
#include "support/SectorFixture.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace aimap;
using aimap::test::handMade;

namespace {

std::vector<std::string> keys(const SectorChartModel& c) {
    std::vector<std::string> out;
    for (const auto& b : c.bars)
        out.push_back(b.key);
    return out;
}

} // namespace

TEST(SectorBars, CountsRankSectorsAndCountAnEnterpriseInEachOfItsSectors) {
    const Dataset ds = handMade();
    const auto charts = enterpriseSectorCharts(ds, 0, 2020);
    ASSERT_EQ(charts.size(), 2u);
    const auto& c = charts[0];
    EXPECT_EQ(c.unit, "count");
    EXPECT_EQ(c.id, "enterprise_count_2020");
    // AI chips 2 (E2, E4), then the ones of 1 by English name.
    EXPECT_EQ(keys(c),
              (std::vector<std::string>{"ai_chips", "ai_servers", "edge_computing", "iot"}));
    EXPECT_EQ(c.bars[0].value, 2);
    EXPECT_EQ(c.bars[0].valueText, "2");
    EXPECT_EQ(c.bars[3].value, 1);
    EXPECT_EQ(c.bars[0].colour, static_cast<std::size_t>(Sector::AiChips));
    // Five bar units for four enterprises: said in a note.
    ASSERT_EQ(c.notes.size(), 2u);
    EXPECT_NE(c.notes[1].find("add up to 5, more than 4"), std::string::npos) << c.notes[1];
}

TEST(SectorBars, WeightsSplitEvenlyAndSayOverHowManyTheyAreSummed) {
    const Dataset ds = handMade();
    const auto charts = enterpriseSectorCharts(ds, 0, 2020);
    const auto& w = charts[1];
    EXPECT_EQ(w.unit, "CNY");
    EXPECT_EQ(w.title, "Revenue by sector, 2020 (CNY)");
    // Servers 1000; chips 50/2 + 30 = 55; IoT 50/2 = 25; edge computing gives no weight: no bar.
    ASSERT_EQ(keys(w), (std::vector<std::string>{"ai_servers", "ai_chips", "iot"}));
    EXPECT_DOUBLE_EQ(w.bars[0].value, 1000);
    EXPECT_DOUBLE_EQ(w.bars[1].value, 55);
    EXPECT_DOUBLE_EQ(w.bars[2].value, 25);
    ASSERT_EQ(w.notes.size(), 2u);
    EXPECT_EQ(w.notes[1], "Sum over the 3 of 4 enterprises that give a weight.");
}

TEST(SectorBars, EachBarCarriesTheSourcesOfWhatItCounts) {
    const Dataset ds = handMade();
    const auto charts = enterpriseSectorCharts(ds, 0, 2020);
    const auto& c = charts[0];
    // AI chips: E2 [R1] and E4 (unsourced); edge computing: E3 [R2].
    ASSERT_EQ(c.bars[0].sources.size(), 1u);
    EXPECT_EQ(c.bars[0].sources[0].id, "R1");
    EXPECT_TRUE(c.bars[0].partlyUnsourced);
    ASSERT_EQ(c.bars[2].sources.size(), 1u);
    EXPECT_EQ(c.bars[2].sources[0].id, "R2");
    EXPECT_FALSE(c.bars[2].partlyUnsourced);
}

TEST(SectorBars, OtherYearsAndCitiesStayOut) {
    const Dataset ds = handMade();
    const auto y2021 = enterpriseSectorCharts(ds, 0, 2021);
    ASSERT_EQ(y2021.size(), 2u);
    ASSERT_EQ(y2021[0].bars.size(), 1u);
    EXPECT_EQ(y2021[0].bars[0].value, 1);
    EXPECT_TRUE(enterpriseSectorCharts(ds, 1, 2021).empty());
    EXPECT_EQ(enterpriseSectorCharts(ds, 1, 2020)[0].notes.size(), 1u); // no multi-sector note
}

TEST(SectorBars, ClusterMembersGiveTheSameChartsAsTheirCity) {
    const Dataset ds = handMade();
    const auto members = enterpriseSectorCharts(ds, {0, 1, 2, 3}, "members");
    const auto city = enterpriseSectorCharts(ds, 0, 2020);
    ASSERT_EQ(members.size(), city.size());
    for (std::size_t i = 0; i < city.size(); ++i)
        EXPECT_EQ(toJson(members[i])["bars"], toJson(city[i])["bars"]);
    EXPECT_NE(members[1].notes[1].find("3 of 4 members"), std::string::npos);
}

TEST(SectorBars, BarLengthsAreProportionalFromZero) {
    ChartBar b;
    b.value = 500;
    auto g = barGeometry(b, 1000, 10, 200);
    EXPECT_TRUE(g.drawn);
    EXPECT_FLOAT_EQ(g.x0, 10);
    EXPECT_FLOAT_EQ(g.x1, 110);
    EXPECT_FALSE(g.openEnd);
    b.value = 0.1; // 0.02 px: at least 1 px, so it does not read as 0
    EXPECT_FLOAT_EQ(barGeometry(b, 1000, 10, 200).x1, 11);
    b.value = 0;
    EXPECT_FALSE(barGeometry(b, 1000, 10, 200).drawn);
    b.value = 2000; // beyond the scale: clamped (chartScaleMax never lets this happen)
    EXPECT_FLOAT_EQ(barGeometry(b, 1000, 10, 200).x1, 210);
}

TEST(SectorBars, BoundsAreDrawnAsBoundsAndTargetsNotAtAll) {
    ChartBar atLeast;
    atLeast.value = 1000;
    atLeast.qualifier = ">";
    auto g = barGeometry(atLeast, 4000, 0, 400);
    EXPECT_TRUE(g.drawn);
    EXPECT_TRUE(g.openEnd);
    EXPECT_FLOAT_EQ(g.x1, 100);
    ChartBar atMost = atLeast;
    atMost.qualifier = "<";
    EXPECT_TRUE(barGeometry(atMost, 4000, 0, 400).outline);
    ChartBar target;
    target.value = 3000;
    target.target = true;
    EXPECT_FALSE(barGeometry(target, 4000, 0, 400).drawn);
    // A target does not set the scale either: the chart's longest actual bar does.
    SectorChartModel c;
    c.bars = {atLeast, target};
    EXPECT_DOUBLE_EQ(chartScaleMax(c), 1000);
    rankBars(c.bars);
    EXPECT_FALSE(c.bars[0].target);
    EXPECT_TRUE(c.bars[1].target);
}

TEST(SectorBars, AbsentYearsAreNotDrawnAndAChartMayCarryItsMetricsScale) {
    ChartBar absent;
    absent.absent = true;
    absent.value = 0;
    EXPECT_FALSE(barGeometry(absent, 100, 0, 100).drawn);
    ChartBar y2021;
    y2021.value = 40;
    SectorChartModel c;
    c.bars = {y2021, absent};
    EXPECT_DOUBLE_EQ(chartScaleMax(c), 40);
    c.scaleMax = 200; // the metric's largest figure over all cities and years
    EXPECT_DOUBLE_EQ(chartScaleMax(c), 200);
    EXPECT_FLOAT_EQ(barGeometry(y2021, chartScaleMax(c), 0, 100).x1, 20);
}

TEST(SectorBars, LabelsFollowTheLabelSetting) {
    ChartBar b;
    b.labelEn = "IoT";
    b.labelZh = "\xE7\x89\xA9\xE8\x81\x94\xE7\xBD\x91";
    EXPECT_EQ(barLabel(b, 0), b.labelZh);
    EXPECT_EQ(barLabel(b, 1), "IoT");
    EXPECT_EQ(barLabel(b, 2), b.labelZh + " IoT");
    b.labelZh = "5G";
    b.labelEn = "5G";
    EXPECT_EQ(barLabel(b, 2), "5G");
}
