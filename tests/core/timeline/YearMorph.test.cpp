// Markers between two years (issue 15): area interpolated on the one fixed scale; a year without
// a figure is absent (the circle fades at its real size, never drawn at an in-between value).
#include "core/timeline/YearMorph.hpp"

#include "../talk/TalkTestData.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace aimap;

TEST(YearMorph, AreaIsInterpolatedOnTheFixedScale) {
    const SymbolScale scale(300, 60, 3); // the largest year's largest figure, 300, is 60 px
    const double ra = scale.radius(89), rb = scale.radius(281);
    for (double e : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        const MorphedMarker m = morphMarker(89.0, 281.0, e, scale);
        EXPECT_EQ(m.state, MorphedMarker::State::Both);
        EXPECT_EQ(m.opacity, 1.0f);
        const double area = m.radiusPx * m.radiusPx;
        EXPECT_NEAR(area, (1 - e) * ra * ra + e * rb * rb, 1e-9);
    }
    EXPECT_DOUBLE_EQ(morphMarker(89.0, 281.0, 0, scale).radiusPx, ra); // ends exact
    EXPECT_DOUBLE_EQ(morphMarker(89.0, 281.0, 1, scale).radiusPx, rb);
    // Half-way the area is the mean of the two areas: the value read off the scale is the mean
    // of the figures (185), not the radius mean's 169.
    EXPECT_NEAR(scale.valueForRadius(morphMarker(89.0, 281.0, 0.5, scale).radiusPx), 185, 1e-6);
}

TEST(YearMorph, AYearWithoutAFigureIsAbsentNeverInBetween) {
    const SymbolScale scale(300, 60, 3);
    for (double e : {0.0, 0.3, 0.7, 1.0}) {
        const MorphedMarker out = morphMarker(200.0, std::nullopt, e, scale);
        EXPECT_EQ(out.state, MorphedMarker::State::Vanishing);
        EXPECT_DOUBLE_EQ(out.radiusPx, scale.radius(200)); // its own year's size only
        EXPECT_FLOAT_EQ(out.opacity, static_cast<float>(1 - e));
        const MorphedMarker in = morphMarker(std::nullopt, 50.0, e, scale);
        EXPECT_EQ(in.state, MorphedMarker::State::Appearing);
        EXPECT_DOUBLE_EQ(in.radiusPx, scale.radius(50));
        EXPECT_FLOAT_EQ(in.opacity, static_cast<float>(e));
    }
    EXPECT_EQ(morphMarker(std::nullopt, std::nullopt, 0.5, scale).state,
              MorphedMarker::State::Absent);
}

TEST(YearMorph, PreviousFigureIsTheLatestEarlierYearWithAFigure) {
    const Dataset& ds = test::bundledData();
    const auto jinan = *ds.cityIndex("jinan");
    const auto m = *ds.metricIndex("ai_enterprises_count");
    const Value* p = previousFigure(ds, jinan, m, 2020);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->year, 2018);
    EXPECT_EQ(p->value, 89);
    EXPECT_EQ(previousFigure(ds, jinan, m, 2018), nullptr);
    ASSERT_NE(previousFigure(ds, jinan, m, 2022), nullptr);
    EXPECT_EQ(previousFigure(ds, jinan, m, 2022)->year, 2020);
}
