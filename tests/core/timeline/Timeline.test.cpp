// The timeline's playback (issue 15): years without figures skipped, monotone eased progress,
// exact ends, pause and resume, seek, a talk's range.
#include "core/timeline/Timeline.hpp"

#include "core/data/Dataset.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {
constexpr TimelineTiming kTiming{1.0, 2.0}; // 1 s transitions, 2 s holds
} // namespace

TEST(Timeline, EaseIsMonotoneWithExactEnds) {
    EXPECT_EQ(easeInOut(0), 0);
    EXPECT_EQ(easeInOut(1), 1);
    EXPECT_EQ(easeInOut(-3), 0);
    EXPECT_EQ(easeInOut(7), 1);
    EXPECT_NEAR(easeInOut(0.5), 0.5, 1e-12);
    double last = 0;
    for (int i = 1; i <= 1000; ++i) {
        const double e = easeInOut(i / 1000.0);
        EXPECT_GE(e, last);
        last = e;
    }
}

TEST(Timeline, YearsWithoutAnyFigureAreSkipped) {
    // Figures in 2018, 2020 and 2022 only (the bundled data's AI enterprises): 2019 and 2021
    // are never shown.
    Dataset ds;
    ds.cities.push_back({"a", "", "A", "", {}, {}, ""});
    ds.metrics.push_back({"m", "M", "count", ""});
    for (int y : {2022, 2018, 2020}) {
        Value v;
        v.metric = 0;
        v.year = y;
        v.value = y - 2000;
        ds.values.push_back(v);
    }
    Timeline t(kTiming);
    t.setYears(ds.years(0), 2018);
    ASSERT_EQ(t.years(), (std::vector<int>{2018, 2020, 2022}));
    std::vector<int> seen{t.year()};
    t.play(0);
    for (double now = 0; now < 20; now += 0.05) {
        const TimelineFrame f = t.update(now);
        if (seen.back() != f.to)
            seen.push_back(f.to);
        EXPECT_NE(f.from, 2019);
        EXPECT_NE(f.to, 2021);
    }
    EXPECT_EQ(seen, (std::vector<int>{2018, 2020, 2022}));
    EXPECT_FALSE(t.playing()); // stopped on the last year
    EXPECT_EQ(t.year(), 2022);
}

TEST(Timeline, ProgressIsMonotoneAndEndsExact) {
    Timeline t(kTiming);
    t.setYears({2018, 2020, 2021}, 2018);
    t.play(10);
    TimelineFrame f = t.update(10);
    EXPECT_EQ(f.from, 2018);
    EXPECT_EQ(f.to, 2020);
    EXPECT_EQ(f.progress, 0);
    EXPECT_EQ(f.eased, 0);
    double last = 0;
    for (double now = 10; now < 11; now += 0.01) {
        f = t.update(now);
        ASSERT_EQ(f.to, 2020);
        EXPECT_GE(f.eased, last);
        last = f.eased;
    }
    f = t.update(11.0); // the transition's end: exactly year B, held
    EXPECT_EQ(f.from, 2020);
    EXPECT_EQ(f.to, 2020);
    EXPECT_EQ(f.eased, 1);
    EXPECT_FALSE(f.transitioning());
    EXPECT_TRUE(t.reached());
    f = t.update(12.99); // still holding
    EXPECT_EQ(f.to, 2020);
    EXPECT_FALSE(f.transitioning());
    f = t.update(13.5); // the hold ended at 13: half-way to 2021
    EXPECT_EQ(f.from, 2020);
    EXPECT_EQ(f.to, 2021);
    EXPECT_NEAR(f.progress, 0.5, 1e-9);
}

TEST(Timeline, LateFramesDoNotSkipAYearsTransitionsStart) {
    Timeline t(kTiming);
    t.setYears({1, 2, 3, 4}, 1);
    t.play(0);
    // One frame 4.5 s later: 1->2 ended at 1, hold to 3, 2->3 from 3 to 4, half the hold on 3.
    const TimelineFrame f = t.update(4.5);
    EXPECT_EQ(f.to, 3);
    EXPECT_FALSE(f.transitioning());
}

TEST(Timeline, PauseFreezesMidTransitionAndResumeContinues) {
    Timeline t(kTiming);
    t.setYears({2018, 2020}, 2018);
    t.play(0);
    const double at = t.update(0.3).eased;
    t.pause(0.3);
    EXPECT_FALSE(t.playing());
    EXPECT_TRUE(t.paused());
    EXPECT_EQ(t.update(5).eased, at); // frozen
    EXPECT_EQ(t.update(50).to, 2020);
    t.play(100);
    EXPECT_TRUE(t.playing());
    EXPECT_FALSE(t.paused());
    EXPECT_NEAR(t.update(100).progress, 0.3, 1e-9); // continues where it was
    EXPECT_NEAR(t.update(100.5).progress, 0.8, 1e-9);
    EXPECT_EQ(t.update(100.7).eased, 1);
    EXPECT_EQ(t.year(), 2020);
}

TEST(Timeline, PlayOnTheLastYearStartsFromTheFirst) {
    Timeline t(kTiming);
    t.setYears({2018, 2020, 2022}, 2022);
    t.play(0);
    const TimelineFrame f = t.update(0.5);
    EXPECT_EQ(f.from, 2018);
    EXPECT_EQ(f.to, 2020);
}

TEST(Timeline, SeekSnapsToAYearWithFiguresAndAnimatesOnRequest) {
    Timeline t(kTiming);
    t.setYears({2018, 2020, 2022}, 2018);
    t.seek(2021, 5, false); // no figures in 2021: the nearest, the earlier on a tie
    EXPECT_EQ(t.year(), 2020);
    EXPECT_FALSE(t.frame().transitioning());
    EXPECT_FALSE(t.reached());
    t.seek(2022, 6, true); // the slider: a transition from the year shown
    TimelineFrame f = t.update(6.5);
    EXPECT_EQ(f.from, 2020);
    EXPECT_EQ(f.to, 2022);
    EXPECT_TRUE(f.transitioning());
    f = t.update(7.0);
    EXPECT_EQ(f.to, 2022);
    EXPECT_FALSE(f.transitioning());
    EXPECT_TRUE(t.reached());
    EXPECT_FALSE(t.playing()); // a seek does not start playing
}

TEST(Timeline, SetYearsStopsAndSnaps) {
    Timeline t(kTiming);
    t.setYears({2018, 2020}, 2018);
    t.play(0);
    t.setYears({2019, 2023}, 2020);
    EXPECT_FALSE(t.playing());
    EXPECT_EQ(t.year(), 2019);
    EXPECT_FALSE(t.reached());
    Timeline one(kTiming);
    one.setYears({2020}, 2020);
    one.play(0); // one year: nothing to play
    EXPECT_FALSE(one.playing());
    EXPECT_EQ(one.update(3).to, 2020);
}

TEST(Timeline, ATalksRangePlaysFromAToBAndStops) {
    Timeline t(kTiming);
    t.setYears({2017, 2018, 2020, 2022}, 2022);
    t.playRange(2018, 2020, 0);
    TimelineFrame f = t.update(0.5);
    EXPECT_EQ(f.from, 2018);
    EXPECT_EQ(f.to, 2020);
    f = t.update(30);
    EXPECT_EQ(f.to, 2020); // stopped there, not on 2022
    EXPECT_FALSE(t.playing());
    t.playRange(2020, 2018, 31); // backwards: shows the start year, does not play
    EXPECT_EQ(t.year(), 2020);
    EXPECT_FALSE(t.playing());
}

TEST(Timeline, PlayRangeSecondsIsWhenThePlayStops) {
    // 2018, 2020, 2022 with 1 s transitions and 2 s holds: 2018 -> 2022 is two transitions and
    // one hold between them (none after the last year: the play stops there).
    const std::vector<int> years{2018, 2020, 2022};
    EXPECT_DOUBLE_EQ(playRangeSeconds(years, 2018, 2022, kTiming), 4.0);
    EXPECT_DOUBLE_EQ(playRangeSeconds(years, 2018, 2020, kTiming), 1.0);
    EXPECT_DOUBLE_EQ(playRangeSeconds(years, 2020, 2018, kTiming), 0.0);
    EXPECT_DOUBLE_EQ(playRangeSeconds({}, 2018, 2020, kTiming), 0.0);
    // The same as the Timeline playing it: moving until then, stopped from then on.
    for (const auto& [from, to] : {std::pair{2018, 2022}, std::pair{2018, 2020},
                                   std::pair{2020, 2022}, std::pair{2019, 2021}}) {
        Timeline t(kTiming);
        t.setYears(years, from);
        t.playRange(from, to, 100.0);
        const double s = playRangeSeconds(years, from, to, kTiming);
        t.update(100.0 + s - 1e-6);
        EXPECT_TRUE(t.playing() || t.frame().transitioning()) << from << "-" << to;
        t.update(100.0 + s);
        EXPECT_FALSE(t.playing()) << from << "-" << to;
        EXPECT_FALSE(t.frame().transitioning());
    }
}
