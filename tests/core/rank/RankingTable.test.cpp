// The rankings table (issue 16): one metric, one year; places with ties and bounds; published
// ranks as published; the change since an earlier year; sorting by every column.
#include "core/rank/RankingTable.hpp"
#include "core/data/DatasetLoader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace aimap;

namespace {

std::shared_ptr<const Dataset> fixture() {
    auto r = loadDataset(std::string(AIMAP_FIXTURES) + "/datasets/rankings.json");
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
    return r.dataset;
}

std::vector<std::string> ids(const Dataset& ds, const RankingTable& t) {
    std::vector<std::string> out;
    for (const auto& r : t.rows)
        out.push_back(ds.cities[r.city].id);
    return out;
}

const RankingRow& row(const Dataset& ds, const RankingTable& t, const std::string& id) {
    for (const auto& r : t.rows)
        if (ds.cities[r.city].id == id)
            return r;
    throw std::runtime_error("no row " + id);
}

} // namespace

TEST(RankingTable, OneMetricOneYearOrderedByFigureWithTiesAndBounds) {
    const auto ds = fixture();
    ASSERT_TRUE(ds);
    const auto t = buildRankingTable(*ds, *ds->metricIndex("scale_cny"), 2020, 2019);
    EXPECT_FALSE(t.ranksPublished);
    // 12.5 bn; 6 bn twice (a tie); > 5 bn (could be anywhere from 1st to 4th); 4 bn.
    ASSERT_EQ(t.rows.size(), 5u);
    EXPECT_EQ(ids(*ds, t),
              (std::vector<std::string>{"jinan", "hyper", "qingdao", "shanghai", "hefei"}));
    const RankingRow& jinan = row(*ds, t, "jinan");
    EXPECT_EQ(jinan.rankBest, 1);
    EXPECT_EQ(jinan.rankWorst, 2); // Shanghai's "> 5 bn" may be more
    EXPECT_EQ(rankPlaceText(t, jinan), "1-2");
    const RankingRow& qingdao = row(*ds, t, "qingdao");
    EXPECT_TRUE(qingdao.tied);
    EXPECT_EQ(qingdao.rankBest, 2);
    EXPECT_EQ(qingdao.rankWorst, 3);
    const RankingRow& shanghai = row(*ds, t, "shanghai");
    EXPECT_EQ(shanghai.rankBest, 1);
    EXPECT_EQ(shanghai.rankWorst, 4);
    EXPECT_EQ(rankPlaceText(t, shanghai), "1-4");
    const RankingRow& hefei = row(*ds, t, "hefei");
    EXPECT_EQ(hefei.rankBest, 5); // certainly below "> 5 bn"
    EXPECT_EQ(rankPlaceText(t, hefei), "5");
    EXPECT_EQ(rankValueText(*ds, t, shanghai, UiLanguage::En), "> 5 bn CNY");
    EXPECT_EQ(rankValueText(*ds, t, shanghai, UiLanguage::Zh), "> 50 亿元");
}

TEST(RankingTable, ExactTiesShareTheirPlace) {
    const auto ds = fixture();
    ASSERT_TRUE(ds);
    // Without the bound (2019: 10 bn, 8 bn, ~3 bn) the places are certain.
    const auto t = buildRankingTable(*ds, *ds->metricIndex("scale_cny"), 2019, std::nullopt);
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(rankPlaceText(t, t.rows[0]), "1");
    EXPECT_EQ(rankPlaceText(t, t.rows[2]), "3");
    const auto t20 = buildRankingTable(*ds, *ds->metricIndex("scale_cny"), 2020, std::nullopt);
    EXPECT_EQ(rankPlaceText(t20, row(*ds, t20, "hyper")), "2-3");
    EXPECT_TRUE(row(*ds, t20, "hyper").tied);
}

TEST(RankingTable, ChangeSinceAnEarlierYearAbsoluteAndPercent) {
    const auto ds = fixture();
    ASSERT_TRUE(ds);
    const auto t = buildRankingTable(*ds, *ds->metricIndex("scale_cny"), 2020, 2019);
    const RankingRow& jinan = row(*ds, t, "jinan");
    ASSERT_TRUE(jinan.change && jinan.changePct);
    EXPECT_DOUBLE_EQ(*jinan.change, 2.5e9);
    EXPECT_DOUBLE_EQ(*jinan.changePct, 25.0);
    EXPECT_EQ(rankChangeText(*ds, t, jinan, UiLanguage::En), "+2.5 bn CNY");
    EXPECT_EQ(rankChangePctText(jinan, UiLanguage::En), "+25%");
    const RankingRow& qingdao = row(*ds, t, "qingdao");
    EXPECT_DOUBLE_EQ(*qingdao.change, -2e9);
    EXPECT_DOUBLE_EQ(*qingdao.changePct, -25.0);
    EXPECT_EQ(rankChangeText(*ds, t, qingdao, UiLanguage::En), "-2 bn CNY");
    EXPECT_EQ(rankChangeText(*ds, t, qingdao, UiLanguage::Zh), "-20 亿元");
    // About 3 bn then: the change is about 1 bn.
    const RankingRow& hefei = row(*ds, t, "hefei");
    EXPECT_TRUE(hefei.changeApprox);
    EXPECT_EQ(rankChangeText(*ds, t, hefei, UiLanguage::En), "~ +1 bn CNY");
    // No earlier figure, or a bound: no change.
    EXPECT_FALSE(row(*ds, t, "hyper").change);
    EXPECT_FALSE(row(*ds, t, "shanghai").change);
    EXPECT_EQ(rankChangeText(*ds, t, row(*ds, t, "shanghai"), UiLanguage::En), "n/a");
    EXPECT_EQ(earlierYears(*ds, *ds->metricIndex("scale_cny"), 2020), std::vector<int>{2019});
    EXPECT_TRUE(earlierYears(*ds, *ds->metricIndex("scale_cny"), 2019).empty());
}

TEST(RankingTable, PublishedRanksAreShownAsPublishedNeverRecomputed) {
    const auto ds = fixture();
    ASSERT_TRUE(ds);
    // Three cities of a published ranking: Jinan 3rd, Qingdao 4th, Hefei 1st. Among the three
    // listed Jinan would be 2nd: the table says 3, as published.
    const auto t = buildRankingTable(*ds, *ds->metricIndex("city_rank"), 2021, 2019);
    EXPECT_TRUE(t.ranksPublished);
    EXPECT_EQ(ids(*ds, t), (std::vector<std::string>{"hefei", "jinan", "qingdao"}));
    const RankingRow& jinan = row(*ds, t, "jinan");
    EXPECT_EQ(rankPlaceText(t, jinan), "3");
    EXPECT_EQ(rankValueText(*ds, t, jinan, UiLanguage::En), "#3");
    // 5th in 2019, 3rd in 2021: two places up; Qingdao 2nd to 4th: two down. No percent.
    EXPECT_DOUBLE_EQ(*jinan.change, -2);
    EXPECT_EQ(rankChangeText(*ds, t, jinan, UiLanguage::En), "up 2");
    EXPECT_EQ(rankChangeText(*ds, t, row(*ds, t, "qingdao"), UiLanguage::En), "down 2");
    EXPECT_FALSE(jinan.changePct);
}

TEST(RankingTable, SortsByEveryColumnMissingCellsLast) {
    const auto ds = fixture();
    ASSERT_TRUE(ds);
    auto t = buildRankingTable(*ds, *ds->metricIndex("scale_cny"), 2020, 2019);
    sortRankingTable(t, *ds, RankColumn::City, true);
    EXPECT_EQ(ids(*ds, t), (std::vector<std::string>{"hyper", "hefei", "jinan", "qingdao",
                                                     "shanghai"})); // "=" sorts before letters
    sortRankingTable(t, *ds, RankColumn::City, false);
    EXPECT_EQ(ids(*ds, t).front(), "shanghai");
    sortRankingTable(t, *ds, RankColumn::Change, false);
    EXPECT_EQ(ids(*ds, t),
              (std::vector<std::string>{"jinan", "hefei", "qingdao", "hyper", "shanghai"}));
    sortRankingTable(t, *ds, RankColumn::Change, true); // missing still last
    EXPECT_EQ(ids(*ds, t),
              (std::vector<std::string>{"qingdao", "hefei", "jinan", "hyper", "shanghai"}));
    sortRankingTable(t, *ds, RankColumn::ChangePct, false);
    EXPECT_EQ(ids(*ds, t).front(), "hefei"); // +33%
    sortRankingTable(t, *ds, RankColumn::Value, true);
    EXPECT_EQ(ids(*ds, t),
              (std::vector<std::string>{"hefei", "shanghai", "hyper", "qingdao", "jinan"}));
    sortRankingTable(t, *ds, RankColumn::Grade, true);
    EXPECT_EQ(ids(*ds, t).front(), "jinan"); // A/B
    EXPECT_EQ(row(*ds, t, "jinan").grade, "A/B");
    sortRankingTable(t, *ds, RankColumn::Sources, false);
    EXPECT_EQ(ids(*ds, t).front(), "hyper"); // S3, then by place (6 bn before > 5 bn)
    sortRankingTable(t, *ds, RankColumn::Rank, false);
    EXPECT_EQ(ids(*ds, t).front(), "hefei");
    sortRankingTable(t, *ds, RankColumn::Rank, true);
    EXPECT_EQ(ids(*ds, t).front(), "jinan");
}

TEST(RankingTable, TargetsAreNeverRankedAndUnknownMetricsGiveNoRows) {
    const auto ds = fixture();
    ASSERT_TRUE(ds);
    EXPECT_TRUE(buildRankingTable(*ds, 99, 2020, std::nullopt).rows.empty());
    EXPECT_TRUE(buildRankingTable(*ds, *ds->metricIndex("scale_cny"), 2025, 2020).rows.empty());
    const auto metrics = rankableMetrics(*ds);
    EXPECT_EQ(metrics.size(), 2u);
}
