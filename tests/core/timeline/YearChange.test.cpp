// The change badge (issue 15): against the latest earlier full-year figure, named, rounded to the
// nearest whole percent.
#include "core/timeline/YearChange.hpp"

#include "../talk/TalkTestData.hpp"

#include <gtest/gtest.h>

using namespace aimap;

TEST(YearChange, FullYearPeriods) {
    for (const char* p :
         {"", "2020", "end-2020", "end 2020", "as of 2020-12-31", "as of end-2020", "2020 data",
          "2020 (released 2020-07)", "2020 (report Nov 2020)", "2020 data (released 2021-10-12)",
          "2020 (report 2020-2021, released 2021-06)"})
        EXPECT_TRUE(isFullYearPeriod(p, 2020)) << p;
    for (const char* p :
         {"as of 2020-10", "as of 2020-12-01", "2020 (as of 2020-08)", "as of end-Sep 2020",
          "2011–2020", "2020 (target)", "2019", "end-2019", "2020-10", "H1 2020"})
        EXPECT_FALSE(isFullYearPeriod(p, 2020)) << p;
}

TEST(YearChange, JinanEnterprises89To281IsPlus216PercentSince2018) {
    const Dataset& ds = test::bundledData();
    const auto jinan = *ds.cityIndex("jinan");
    const auto m = *ds.metricIndex("ai_enterprises_count");
    const auto c = yearChange(ds, jinan, m, 2020);
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->sinceYear, 2018);
    EXPECT_NEAR(c->percent, (281.0 / 89.0 - 1) * 100, 1e-9); // 215.73...
    EXPECT_EQ(c->qualifier, '=');
    EXPECT_EQ(changeBadgeText(*c, UiLanguage::En), "+216% since 2018");
    EXPECT_EQ(changeBadgeText(*c, UiLanguage::Zh), "较 2018 年 +216%");
    EXPECT_FALSE(yearChange(ds, jinan, m, 2018).has_value()); // nothing earlier
}

TEST(YearChange, RoundingIsToTheNearestWholePercentHalvesAwayFromZero) {
    EXPECT_EQ(formatChangePercent(215.73), "+216%");
    EXPECT_EQ(formatChangePercent(215.5), "+216%");
    EXPECT_EQ(formatChangePercent(215.49), "+215%");
    EXPECT_EQ(formatChangePercent(-12.5), "-13%");
    EXPECT_EQ(formatChangePercent(0.4), "0%");
    EXPECT_EQ(formatChangePercent(-0.4), "0%");
}

namespace {
Dataset twoYears(const char* thenQ, double then, const char* thenPeriod, const char* nowQ,
                 double now, const char* nowPeriod) {
    Dataset ds;
    ds.cities.push_back({"a", "", "A", "", {}, {}, ""});
    ds.metrics.push_back({"m", "M", "count", ""});
    Value a;
    a.year = 2018;
    a.value = then;
    a.qualifier = thenQ;
    a.period = thenPeriod;
    Value b = a;
    b.year = 2020;
    b.value = now;
    b.qualifier = nowQ;
    b.period = nowPeriod;
    ds.values = {a, b};
    return ds;
}
} // namespace

TEST(YearChange, BoundsGiveABoundOrNothing) {
    auto c = yearChange(twoYears("=", 100, "", ">", 300, ""), 0, 0, 2020);
    ASSERT_TRUE(c);
    EXPECT_EQ(changeBadgeText(*c, UiLanguage::En), "more than +200% since 2018");
    c = yearChange(twoYears(">", 100, "", "=", 300, ""), 0, 0, 2020);
    ASSERT_TRUE(c);
    EXPECT_EQ(changeBadgeText(*c, UiLanguage::En), "less than +200% since 2018");
    c = yearChange(twoYears("~", 100, "", "=", 300, ""), 0, 0, 2020);
    ASSERT_TRUE(c);
    EXPECT_EQ(changeBadgeText(*c, UiLanguage::En), "about +200% since 2018");
    // Shanghai's scale: "> 70 bn" (end-2018) then "~ 224.6 bn": the direction is unknown.
    EXPECT_FALSE(yearChange(twoYears(">", 70, "end-2018", "~", 224.6, "2020"), 0, 0, 2020));
    // Then "> 70", now "< 224.6": both bound the ratio from above.
    c = yearChange(twoYears(">", 70, "", "<", 224.6, ""), 0, 0, 2020);
    ASSERT_TRUE(c);
    EXPECT_EQ(changeBadgeText(*c, UiLanguage::En), "less than +221% since 2018");
    // Then "< 70", now "< 224.6": one bound each way, the direction is unknown.
    EXPECT_FALSE(yearChange(twoYears("<", 70, "", "<", 224.6, ""), 0, 0, 2020));
}

TEST(YearChange, OnlyFullYearFiguresAreCompared) {
    // The earlier figure is a snapshot within its year: no badge (none earlier is full-year).
    EXPECT_FALSE(yearChange(twoYears("=", 100, "as of 2018-05", "=", 300, ""), 0, 0, 2020));
    // The figure shown is itself a snapshot: no badge.
    EXPECT_FALSE(yearChange(twoYears("=", 100, "", "=", 300, "as of 2020-10"), 0, 0, 2020));
    // An earlier figure of 0: no percentage.
    EXPECT_FALSE(yearChange(twoYears("=", 0, "", "=", 300, ""), 0, 0, 2020));
}
