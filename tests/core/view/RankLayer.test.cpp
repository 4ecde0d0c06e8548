// The rank layer (issue 14): rankings and index scores as badges and ordered lists, never as
// circle areas.
#include "core/view/RankLayer.hpp"
#include "support/JsonDataset.hpp"

#include <gtest/gtest.h>


using namespace aimap;

namespace {

const char* kData = R"json({
  "aimap": 1, "title": "Ranks", "kind": "example",
  "sources": {"R": {"title": "ranking", "quality": "B"}},
  "metrics": {
    "a": {"label": "A", "unit": "count"},
    "rank": {"label": "City ranking", "unit": "rank", "scale": "rank"},
    "tier": {"label": "City tiers", "unit": "tier", "scale": "rank"},
    "score": {"label": "City index", "unit": "score", "scale": "index"}},
  "cities": [
    {"id": "x", "name_en": "Xcity", "lon": 116, "lat": 36},
    {"id": "y", "name_en": "Ycity", "lon": 117, "lat": 37},
    {"id": "z", "name_en": "Zcity", "lon": 118, "lat": 38}
  ],
  "values": [
    {"city": "x", "metric": "a", "year": 2020, "value": 1},
    {"city": "x", "metric": "rank", "year": 2019, "value": 3, "sources": ["R"]},
    {"city": "y", "metric": "rank", "year": 2019, "value": 1, "sources": ["R"]},
    {"city": "z", "metric": "rank", "year": 2019, "value": 2, "sources": ["R"]},
    {"city": "y", "metric": "rank", "year": 2021, "value": 2, "sources": ["R"]},
    {"city": "x", "metric": "tier", "year": 2019, "value": 1},
    {"city": "x", "metric": "score", "year": 2020, "value": 61.25},
    {"city": "y", "metric": "score", "year": 2020, "value": 72.5}
  ]
})json";

std::shared_ptr<const Dataset> load() {
    return test::loadJsonDataset(kData, "ranks");
}

std::size_t metric(const Dataset& ds, const char* id) {
    return ds.metricIndex(id).value();
}

} // namespace

TEST(RankLayer, ChoicesAreEveryRankOrIndexMetricInEachYear) {
    const auto ds = load();
    ASSERT_TRUE(ds);
    const auto c = rankLayerChoices(*ds);
    ASSERT_EQ(c.size(), 4u); // City index 2020, City ranking 2019 and 2021, City tiers 2019
    EXPECT_EQ(ds->metrics[c[0].metric].id, "score");
    EXPECT_EQ(ds->metrics[c[1].metric].id, "rank");
    EXPECT_EQ(c[1].year, 2019);
    EXPECT_EQ(c[1].cities, 3u);
    EXPECT_EQ(c[2].year, 2021);
    EXPECT_EQ(ds->metrics[c[3].metric].id, "tier");
}

TEST(RankLayer, BadgesAreInRankOrderAndSayTheRank) {
    const auto ds = load();
    ASSERT_TRUE(ds);
    const auto b = rankBadges(*ds, metric(*ds, "rank"), 2019);
    ASSERT_EQ(b.size(), 3u);
    EXPECT_EQ(ds->cities[b[0].city].id, "y");
    EXPECT_EQ(b[0].text, "#1");
    EXPECT_EQ(b[2].text, "#3");
    EXPECT_EQ(rankBadges(*ds, metric(*ds, "tier"), 2019)[0].text, "T1");
    // Index scores: highest first, as published.
    const auto s = rankBadges(*ds, metric(*ds, "score"), 2020);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].text, "72.5");
    EXPECT_EQ(s[1].text, "61.25");
    // A size metric has no badges: it is drawn as circles.
    EXPECT_TRUE(rankBadges(*ds, metric(*ds, "a"), 2020).empty());
}

TEST(RankLayer, ARankingIsNamedByMetricAndYear) {
    const auto ds = load();
    ASSERT_TRUE(ds);
    std::string error;
    const auto latest = parseRankLayer(*ds, "rank", error);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->year, 2021);
    EXPECT_EQ(parseRankLayer(*ds, "rank:2019", error)->year, 2019);
    EXPECT_TRUE(error.empty());
    EXPECT_FALSE(parseRankLayer(*ds, "rank:2020", error));
    EXPECT_NE(error.find("rank:2019"), std::string::npos) << error;
    error.clear();
    EXPECT_FALSE(parseRankLayer(*ds, "a", error)); // a size metric is no ranking
    EXPECT_FALSE(error.empty());
}

TEST(RankLayer, BadgesNeverOverlapAndTheFirstSitsAboveItsPoint) {
    // Five cities within a few pixels of each other (the Yangtze delta at national zoom).
    const std::vector<Vec2> points{{500, 300}, {503, 302}, {498, 305}, {506, 299}, {501, 301}};
    const std::vector<Vec2> sizes(points.size(), Vec2{26, 19});
    const auto boxes = placeBadges(points, sizes, 4);
    ASSERT_EQ(boxes.size(), points.size());
    EXPECT_DOUBLE_EQ(boxes[0].max.y, 296); // 4 px above the point
    EXPECT_DOUBLE_EQ(boxes[0].min.x, 487);
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const Box &a = boxes[i], &b = boxes[j];
            EXPECT_FALSE(a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y &&
                         b.min.y < a.max.y)
                << i << " and " << j;
        }
}
