// The camera flight as a pure function of time, along the optimal zoom-and-pan path.
#include "core/camera/Flight.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace aimap;

namespace {

constexpr Vec2 kViewport{1920, 1080}; // pixels

double width(const CameraPose& p) {
    return kViewport.x / p.scale;
}

} // namespace

TEST(Flight, EndpointsAreExact) {
    const CameraPose from{{-1.25e6, 3.5e5}, 2.5e-5};
    const CameraPose to{{4.0e5, -2.2e6}, 7.1e-4};
    const Flight f(from, to, kViewport);
    const double T = f.seconds();
    ASSERT_GT(T, 0);
    EXPECT_EQ(f.at(0).centre.x, from.centre.x);
    EXPECT_EQ(f.at(0).centre.y, from.centre.y);
    EXPECT_EQ(f.at(0).scale, from.scale);
    EXPECT_EQ(f.at(-1).scale, from.scale); // before the start: still at the start
    for (double t : {T, T + 0.1, 100.0}) {
        EXPECT_EQ(f.at(t).centre.x, to.centre.x);
        EXPECT_EQ(f.at(t).centre.y, to.centre.y);
        EXPECT_EQ(f.at(t).scale, to.scale);
        EXPECT_TRUE(f.finished(t));
    }
    EXPECT_FALSE(f.finished(T * 0.99));
    // A moment before either end the path itself is evaluated: it meets them (1e-9 relative).
    const CameraPose a = f.at(T * 1e-9), b = f.at(T * (1 - 1e-9));
    EXPECT_NEAR(a.scale / from.scale, 1, 1e-9);
    EXPECT_NEAR(a.centre.x, from.centre.x, 1e-9 * width(from));
    EXPECT_NEAR(b.scale / to.scale, 1, 1e-9);
    EXPECT_NEAR(b.centre.x, to.centre.x, 1e-9 * width(to));
    EXPECT_NEAR(b.centre.y, to.centre.y, 1e-9 * width(to));
}

TEST(Flight, DurationFollowsThePathLengthWithinItsBounds) {
    const FlightTiming timing;
    // A zoom by 2: S = ln 2 / ρ = 0.488, at 1.2 per second 0.407 s.
    const Flight zoom({{0, 0}, 1e-4}, {{0, 0}, 2e-4}, kViewport);
    EXPECT_NEAR(zoom.seconds(), std::log(2.0) / timing.rho / timing.speed, 1e-12);
    EXPECT_NEAR(zoom.seconds(), 0.4068, 1e-4);
    // A pan of one screen at one zoom: S = 2 asinh(ρ² / 2) / ρ = 1.247, 1.04 s.
    const Flight pan({{0, 0}, 1e-4}, {{kViewport.x / 1e-4, 0}, 1e-4}, kViewport);
    EXPECT_NEAR(pan.path().length(), 2 * std::asinh(timing.rho * timing.rho / 2) / timing.rho,
                1e-12);
    EXPECT_NEAR(pan.seconds(), pan.path().length() / timing.speed, 1e-12);
    // Two cities 1,900 km apart in a view 800 km wide: 1.9 s (FlightTiming's example).
    const Flight cities({{0, 0}, kViewport.x / 8e5}, {{1.9e6, 0}, kViewport.x / 8e5}, kViewport);
    EXPECT_NEAR(cities.seconds(), 1.886, 1e-3);
    // A hop of a few pixels takes the shortest time; across the country at street level, the
    // longest.
    const Flight hop({{0, 0}, 1e-4}, {{3e4, 0}, 1e-4}, kViewport);
    EXPECT_EQ(hop.seconds(), timing.minSeconds);
    const Flight far({{0, 0}, 1e-1}, {{4e6, 0}, 1e-1}, kViewport);
    EXPECT_GT(far.path().length() / timing.speed, timing.maxSeconds);
    EXPECT_EQ(far.seconds(), timing.maxSeconds);
    // Other timings are honoured.
    const Flight slow({{0, 0}, 1e-4}, {{0, 0}, 2e-4}, kViewport, {1.42, 0.1, 0.2, 10});
    EXPECT_NEAR(slow.seconds(), std::log(2.0) / 1.42 / 0.1, 1e-12);
}

TEST(Flight, ProgressIsMonotoneAndTheZoomStaysWithinThePath) {
    const CameraPose a{{0, 0}, 1e-5}, b{{1e6, 5e5}, 8e-4}, c{{3.9e6, -1.2e6}, 1e-3};
    struct Pair {
        CameraPose from, to;
    };
    // Zooming in, zooming out, and a pan at a close zoom (which zooms out on the way).
    for (const Pair& pair : {Pair{a, b}, Pair{b, a}, Pair{b, c}}) {
        const Flight f(pair.from, pair.to, kViewport);
        const double T = f.seconds();
        const double narrowest = std::min(width(pair.from), width(pair.to));
        const double peak = f.path().peakWidth();
        double lastProgress = -1, lastDistance = -1, widest = 0;
        for (int i = 0; i <= 1000; ++i) {
            const double t = T * i / 1000;
            const double p = f.progress(t);
            EXPECT_GE(p, lastProgress) << t;
            EXPECT_GE(p, 0);
            EXPECT_LE(p, 1);
            lastProgress = p;
            const CameraPose pose = f.at(t);
            ASSERT_TRUE(std::isfinite(pose.scale) && std::isfinite(pose.centre.x));
            EXPECT_LE(width(pose), peak * (1 + 1e-12)) << t;
            EXPECT_GE(width(pose), narrowest * (1 - 1e-12)) << t;
            widest = std::max(widest, width(pose));
            // The centre moves steadily away from the start, on the straight line to the end.
            const double d =
                std::hypot(pose.centre.x - pair.from.centre.x, pose.centre.y - pair.from.centre.y);
            EXPECT_GE(d, lastDistance) << t;
            lastDistance = d;
        }
        EXPECT_GT(f.progress(T / 2), 0.4999);
        EXPECT_LT(f.progress(T / 2), 0.5001);
    }
    // The pan of 1.4 screens zooms out on the way, to 1.7 times the wider end.
    const Flight f(b, c, kViewport);
    EXPECT_GT(f.path().peakWidth(), 1.6 * std::max(width(b), width(c)));
}

TEST(Flight, AZoomWithoutPanIsGeometricSoTheMotionLooksEvenAtEveryScale) {
    const Flight f({{5, 6}, 1e-5}, {{5, 6}, 1e-3}, kViewport);
    EXPECT_TRUE(f.path().zoomOnly());
    const double T = f.seconds();
    // Halfway (eased progress 0.5) the scale is the geometric mean, not the arithmetic.
    EXPECT_DOUBLE_EQ(f.progress(T / 2), 0.5);
    // Eased (smoothstep): slow at the ends, a quarter of the time gives 15.6% of the way.
    EXPECT_DOUBLE_EQ(f.progress(T / 4), 0.15625);
    EXPECT_DOUBLE_EQ(f.progress(3 * T / 4), 0.84375);
    EXPECT_NEAR(f.at(T / 2).scale / 1e-4, 1, 1e-12);
    double last = 0;
    for (int i = 0; i <= 100; ++i) {
        const CameraPose p = f.at(T * i / 100);
        EXPECT_GE(p.scale, last);
        EXPECT_EQ(p.centre.x, 5);
        last = p.scale;
    }
}

TEST(Flight, TheSamePoseIsAtItsEndAtOnceWithoutNaN) {
    const Flight same({{1, 2}, 1e-5}, {{1, 2}, 1e-5}, kViewport);
    EXPECT_EQ(same.seconds(), 0);
    EXPECT_TRUE(same.finished(0));
    EXPECT_EQ(same.at(0).centre.x, 1);
    EXPECT_EQ(same.at(0).scale, 1e-5);
    // Rounding noise is the same pose too.
    const Flight almost({{1, 2}, 1e-5}, {{1 + 1e-9, 2}, 1e-5 * (1 + 1e-15)}, kViewport);
    EXPECT_EQ(almost.seconds(), 0);
    EXPECT_EQ(almost.at(0).centre.x, 1 + 1e-9);
    // A viewport that is not one, or a scale of zero: no flight, no NaN.
    const Flight badViewport({{0, 0}, 1e-5}, {{1e5, 0}, 1e-5}, Vec2{std::nan(""), 1});
    EXPECT_TRUE(std::isfinite(badViewport.at(0.1).centre.x));
    EXPECT_TRUE(std::isfinite(badViewport.at(0.1).scale));
    const Flight badScale({{0, 0}, 0}, {{1e5, 0}, 1e-5}, kViewport);
    EXPECT_EQ(badScale.seconds(), 0);
    EXPECT_EQ(badScale.at(0).scale, 1e-5);
}

TEST(Flight, ARedirectionMidFlightStartsWhereTheCameraIs) {
    const CameraPose a{{-1.0e6, 0}, 2e-4}, b{{1.5e6, 4e5}, 3e-4}, c{{-2e5, -9e5}, 1e-4};
    const Flight first(a, b, kViewport);
    const double t = 0.37 * first.seconds();
    const CameraPose here = first.at(t);
    const Flight second = first.redirected(t, c);
    // The pose at the switch is the start of the new flight: the next click never jumps.
    EXPECT_EQ(second.at(0).centre.x, here.centre.x);
    EXPECT_EQ(second.at(0).centre.y, here.centre.y);
    EXPECT_EQ(second.at(0).scale, here.scale);
    // ...and it sets off from rest: its first frame moves less than the interrupted flight
    // was moving at the switch.
    const auto moved = [](const CameraPose& p, const CameraPose& q) {
        return std::hypot(p.centre.x - q.centre.x, p.centre.y - q.centre.y) * p.scale;
    };
    const double frame = 1.0 / 60;
    EXPECT_LT(moved(here, second.at(frame)), moved(here, first.at(t + frame)));
    EXPECT_LT(std::abs(std::log(second.at(frame).scale / here.scale)),
              std::abs(std::log(first.at(t + frame).scale / here.scale)));
    // It flies the new path from there, in its own time, to the new end.
    EXPECT_EQ(second.at(second.seconds()).centre.x, c.centre.x);
    EXPECT_NEAR(second.seconds(), std::clamp(second.path().length() / 1.2, 0.4, 3.0), 1e-12);
    // Redirected from before the start or after the end: from those ends.
    EXPECT_EQ(first.redirected(-1, c).at(0).centre.x, a.centre.x);
    EXPECT_EQ(first.redirected(99, c).at(0).centre.x, b.centre.x);
}
