// Label placement around proportional circles (core layoutLabels): the rules the map's labels
// keep, checked on hand-made layouts and on many pseudo-random ones.
#include "core/labels/LabelLayout.hpp"
#include "core/labels/LabelPlacer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace aimap;

namespace {

LabelWish wish(std::size_t id, Vec2 anchor, double radius, double priority, int tier = 1,
               Vec2 size = {90, 20}) {
    LabelWish w;
    w.id = id;
    w.owner = id;
    w.anchor = anchor;
    w.radius = radius;
    w.size = size;
    w.priority = priority;
    w.tier = tier;
    return w;
}

LabelLayoutParams params(Vec2 viewport = {1280, 720}) {
    LabelLayoutParams p;
    p.viewport = viewport;
    p.gap = 4;
    p.leaderStep = 22;
    return p;
}

std::vector<MarkerCircle> circlesOf(const std::vector<LabelWish>& wishes) {
    std::vector<MarkerCircle> out;
    for (const auto& w : wishes)
        out.push_back({w.anchor, w.radius, w.owner});
    return out;
}

bool covers(const Box& b, Vec2 p) {
    return p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y;
}

const PlacedLabel* find(const std::vector<PlacedLabel>& placed, std::size_t wishIndex) {
    for (const auto& p : placed)
        if (p.wish == wishIndex)
            return &p;
    return nullptr;
}

/// The invariants of every layout: inside the viewport, no two labels meet, none covers another
/// marker's centre, none meets an obstacle; a leader line starts on its own circle.
void expectClean(const std::vector<LabelWish>& wishes, const std::vector<MarkerCircle>& markers,
                 const std::vector<Box>& obstacles, const std::vector<PlacedLabel>& placed,
                 Vec2 viewport) {
    for (std::size_t a = 0; a < placed.size(); ++a) {
        const Box& r = placed[a].rect;
        EXPECT_GE(r.min.x, 0);
        EXPECT_GE(r.min.y, 0);
        EXPECT_LE(r.max.x, viewport.x);
        EXPECT_LE(r.max.y, viewport.y);
        for (std::size_t b = a + 1; b < placed.size(); ++b)
            EXPECT_FALSE(overlaps(r, placed[b].rect)) << "labels " << a << " and " << b;
        for (const MarkerCircle& m : markers)
            if (m.owner != wishes[placed[a].wish].owner)
                EXPECT_FALSE(covers(r, m.centre)) << "label " << a << " covers a marker's centre";
        for (const Box& o : obstacles)
            EXPECT_FALSE(overlaps(r, o));
        const LabelWish& w = wishes[placed[a].wish];
        EXPECT_FALSE(circleMeetsBox(w.anchor, w.radius, r)) << "label on its own circle";
        if (placed[a].leader) {
            const double d =
                std::hypot(placed[a].from.x - w.anchor.x, placed[a].from.y - w.anchor.y);
            EXPECT_NEAR(d, w.radius, 1e-6);
        }
    }
}

} // namespace

TEST(LabelLayout, ALoneMarkerIsLabelledOnItsRightAtTheGap) {
    const std::vector<LabelWish> w{wish(0, {400, 300}, 20, 1)};
    const auto placed = layoutLabels(w, circlesOf(w), {}, params());
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_FALSE(placed[0].leader);
    EXPECT_DOUBLE_EQ(placed[0].rect.min.x, 400 + 20 + 4);
    EXPECT_DOUBLE_EQ(placed[0].rect.min.y, 300 - 10); // centred on the marker
}

TEST(LabelLayout, TheLeftIsTakenWhenTheRightLeavesTheWindow) {
    const std::vector<LabelWish> w{wish(0, {1250, 300}, 10, 1)};
    const auto placed = layoutLabels(w, circlesOf(w), {}, params());
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_DOUBLE_EQ(placed[0].rect.max.x, 1250 - 10 - 4);
}

TEST(LabelLayout, HigherPriorityKeepsThePreferredPlace) {
    // Two markers one above the other, close: both want the right; the larger keeps it, the
    // smaller goes elsewhere but is still labelled.
    const std::vector<LabelWish> w{wish(0, {400, 300}, 6, 10), wish(1, {400, 318}, 6, 50)};
    const auto placed = layoutLabels(w, circlesOf(w), {}, params());
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_EQ(placed[0].wish, 1u) << "placed in priority order";
    EXPECT_DOUBLE_EQ(find(placed, 1)->rect.min.y, 318 - 10);
    EXPECT_DOUBLE_EQ(find(placed, 1)->rect.min.x, 400 + 6 + 4);
    expectClean(w, circlesOf(w), {}, placed, {1280, 720});
}

TEST(LabelLayout, TiesGoToTheSmallerIdWhateverTheInputOrder) {
    std::vector<LabelWish> w{wish(7, {400, 300}, 6, 5), wish(3, {400, 312}, 6, 5)};
    const auto a = layoutLabels(w, circlesOf(w), {}, params());
    std::swap(w[0], w[1]);
    const auto b = layoutLabels(w, circlesOf(w), {}, params());
    ASSERT_FALSE(a.empty());
    ASSERT_FALSE(b.empty());
    EXPECT_EQ(w[b[0].wish].id, 3u);
    EXPECT_EQ(a.size(), b.size());
}

TEST(LabelLayout, LeaderLinesOnlyWhenNoNearPlaceIsFree) {
    const std::vector<LabelWish> lone{wish(0, {400, 300}, 8, 1)};
    for (const auto& p : layoutLabels(lone, circlesOf(lone), {}, params()))
        EXPECT_FALSE(p.leader);
    // A marker boxed in by four others whose labels take every near place: a leader line.
    std::vector<LabelWish> w{wish(0, {600, 360}, 4, 1)};
    // Walls all round the marker, a little beyond it: every near place meets one.
    const std::vector<Box> walls = {Box{{500, 336}, {700, 350}}, Box{{500, 370}, {700, 384}},
                                    Box{{500, 350}, {598, 370}}, Box{{602, 350}, {700, 370}}};
    const auto placed = layoutLabels(w, circlesOf(w), walls, params());
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_TRUE(placed[0].leader);
    expectClean(w, circlesOf(w), walls, placed, {1280, 720});
}

TEST(LabelLayout, TheSelectedLabelIsAlwaysPlacedEvenWithNoRoom) {
    const Box all{{0, 0}, {1280, 720}};
    const std::vector<LabelWish> w{wish(0, {400, 300}, 10, 1, 0), wish(1, {800, 300}, 10, 99, 1)};
    const auto placed = layoutLabels(w, circlesOf(w), {all}, params());
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].wish, 0u);
    EXPECT_TRUE(placed[0].forced);
}

TEST(LabelLayout, TheSelectedLabelDisplacesAGreaterOne) {
    // Same spot contested: the selected (small) city wins the right over the larger one.
    const std::vector<LabelWish> w{wish(0, {400, 300}, 6, 1, 0), wish(1, {400, 314}, 6, 99, 1)};
    const auto placed = layoutLabels(w, circlesOf(w), {}, params());
    ASSERT_EQ(placed[0].wish, 0u);
    EXPECT_DOUBLE_EQ(placed[0].rect.min.y, 300 - 10);
}

TEST(LabelLayout, WhatHasNoFigureYieldsFirstAndNeverSitsOnACircle) {
    // A quiet city (tier 2) inside a large circle gets no label; a city with a figure there
    // gets one, clear of the circle, with a leader line.
    const std::vector<LabelWish> quiet{wish(0, {400, 300}, 60, 1000),
                                       wish(1, {420, 310}, 5, 5000, 2)};
    auto placed = layoutLabels(quiet, circlesOf(quiet), {}, params());
    EXPECT_EQ(find(placed, 1), nullptr);
    const std::vector<LabelWish> filled{wish(0, {400, 300}, 60, 1000),
                                        wish(1, {420, 310}, 5, 5, 1)};
    placed = layoutLabels(filled, circlesOf(filled), {}, params());
    ASSERT_NE(find(placed, 1), nullptr);
    EXPECT_FALSE(circleMeetsBox({400, 300}, 60, find(placed, 1)->rect));
    EXPECT_TRUE(find(placed, 1)->leader);
    // Tier before priority: a huge figure without a figure this year comes after a small one.
    const std::vector<LabelWish> order{wish(0, {400, 300}, 5, 1, 1),
                                       wish(1, {400, 312}, 5, 9999, 2)};
    placed = layoutLabels(order, circlesOf(order), {}, params());
    ASSERT_FALSE(placed.empty());
    EXPECT_EQ(placed[0].wish, 0u);
}

TEST(LabelLayout, DeterministicAndCleanOnManyRandomLayouts) {
    std::mt19937 rng(14);
    std::uniform_real_distribution<double> x(0, 1280), y(0, 720), r(2, 40), pr(0, 1000);
    for (int round = 0; round < 200; ++round) {
        std::vector<LabelWish> w;
        const int n = 5 + round % 40;
        for (int i = 0; i < n; ++i)
            w.push_back(wish(static_cast<std::size_t>(i), {x(rng), y(rng)}, r(rng), pr(rng),
                             i == 0 ? 0 : 1 + (i % 5 == 0),
                             {40 + 3.0 * (i % 30), 18 + 16.0 * (i % 2)}));
        const std::vector<Box> obstacles{Box{{1040, 420}, {1268, 708}}, Box{{10, 10}, {300, 340}}};
        const auto markers = circlesOf(w);
        const auto placed = layoutLabels(w, markers, obstacles, params());
        const auto again = layoutLabels(w, markers, obstacles, params());
        ASSERT_EQ(placed.size(), again.size());
        for (std::size_t i = 0; i < placed.size(); ++i) {
            EXPECT_EQ(placed[i].wish, again[i].wish);
            EXPECT_EQ(placed[i].rect.min.x, again[i].rect.min.x);
            EXPECT_EQ(placed[i].rect.min.y, again[i].rect.min.y);
        }
        // The selected one is always there; the others obey every rule (the selected one may be
        // forced over markers only when nothing else was free).
        ASSERT_NE(find(placed, 0), nullptr) << "round " << round;
        std::vector<PlacedLabel> unforced;
        for (const auto& p : placed)
            if (!p.forced)
                unforced.push_back(p);
        expectClean(w, markers, obstacles, unforced, {1280, 720});
        // Priority respected: no label of a lower tier was placed at the cost of a higher one
        // whose first choice it took (checked loosely: the order of placing follows the tiers).
        for (std::size_t i = 1; i < placed.size(); ++i)
            EXPECT_LE(w[placed[i - 1].wish].tier, w[placed[i].wish].tier);
    }
}

// Regression (issue 14): "Tianjin's ring and label sit inside Beijing's circle". Positions as
// drawn at 1280x720, national zoom: Tianjin's marker lies inside Beijing's disc.
TEST(LabelLayout, TianjinsRingAndLabelSitInsideBeijingsCircle) {
    const std::vector<LabelWish> w{wish(0, {833, 285}, 42, 1500),
                                   wish(1, {846, 298}, 5, 300, 1, {95, 21})};
    const auto placed = layoutLabels(w, circlesOf(w), {}, params());
    const PlacedLabel* tianjin = find(placed, 1);
    ASSERT_NE(tianjin, nullptr);
    EXPECT_FALSE(circleMeetsBox({833, 285}, 42, tianjin->rect))
        << "Tianjin's label on Beijing's disc";
    EXPECT_TRUE(tianjin->leader);
    const PlacedLabel* beijing = find(placed, 0);
    ASSERT_NE(beijing, nullptr);
    EXPECT_FALSE(covers(beijing->rect, {846, 298}));
}

// Regression (issue 14): "'Hefei' runs into Shanghai's ring". Hefei's label to the right of its
// marker reached the Yangtze delta's markers; it must stay clear of every other circle when it can.
TEST(LabelLayout, HefeiRunsIntoShanghaisRing) {
    // 1920x1080, national zoom: Hefei, Nanjing, Shanghai (a large circle), Suzhou, Hangzhou.
    const std::vector<LabelWish> w{wish(0, {1038, 653}, 6, 50, 1, {110, 22}),   // Hefei
                                   wish(1, {1110, 626}, 7, 80, 1, {130, 22}),   // Nanjing
                                   wish(2, {1136, 656}, 30, 900, 1, {140, 22}), // Shanghai
                                   wish(3, {1108, 652}, 6, 70, 1, {110, 22}),   // Suzhou
                                   wish(4, {1112, 686}, 8, 90, 1, {140, 22})};  // Hangzhou
    const auto markers = circlesOf(w);
    const auto placed = layoutLabels(w, markers, {}, params({1920, 1080}));
    ASSERT_EQ(placed.size(), w.size()) << "every one is labelled";
    for (const auto& p : placed)
        for (const auto& m : markers)
            if (m.owner != w[p.wish].owner)
                EXPECT_FALSE(circleMeetsBox(m.centre, m.radius, p.rect))
                    << "label of " << w[p.wish].id << " on the circle of " << m.owner;
    expectClean(w, markers, {}, placed, {1920, 1080});
}

TEST(LabelLayout, SegmentAndCircleTests) {
    const Box b{{10, 10}, {20, 20}};
    EXPECT_TRUE(segmentMeetsBox({0, 15}, {30, 15}, b));
    EXPECT_FALSE(segmentMeetsBox({0, 0}, {30, 5}, b));
    EXPECT_TRUE(segmentMeetsBox({15, 15}, {15, 16}, b));
    EXPECT_TRUE(circleMeetsBox({5, 15}, 6, b));
    EXPECT_FALSE(circleMeetsBox({5, 5}, 6, b)); // corner at distance 7.07
}

// Pilot-zone symbols reach beyond small markers: labels keep clear of them (issue 14).
TEST(LabelLayout, ASymbolAroundAMarkerWidensTheRoomItsLabelKeeps) {
    const std::vector<MarkerCircle> symbols{{{100, 100}, 14, 0}, {{300, 300}, 9, 0}};
    EXPECT_EQ(radiusWithSymbols({100, 100}, 3.5, symbols), 14);
    EXPECT_EQ(radiusWithSymbols({100.4, 99.6}, 3.5, symbols), 14); // the same point, rounded
    EXPECT_EQ(radiusWithSymbols({100, 100}, 40, symbols), 40);     // a larger marker keeps its own
    EXPECT_EQ(radiusWithSymbols({102, 100}, 3.5, symbols), 3.5);   // another city
    EXPECT_EQ(radiusWithSymbols({100, 100}, 3.5, {}), 3.5);
    // Placed with the widened radius, the label clears the symbol.
    std::vector<LabelWish> wishes{
        wish(0, {100, 100}, radiusWithSymbols({100, 100}, 3.5, symbols), 1)};
    const auto placed = layoutLabels(wishes, circlesOf(wishes), {}, params());
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_FALSE(circleMeetsBox({100, 100}, 14, placed[0].rect));
}
