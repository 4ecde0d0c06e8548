// The camera animation as a pure function of time.
#include "core/camera/Flight.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace aimap;

TEST(Flight, EndpointsAreExact) {
    const CameraPose from{{-1.25e6, 3.5e5}, 2.5e-5};
    const CameraPose to{{4.0e5, -2.2e6}, 7.1e-4};
    const Flight f(from, to, 0.6);
    EXPECT_EQ(f.at(0).centre.x, from.centre.x);
    EXPECT_EQ(f.at(0).centre.y, from.centre.y);
    EXPECT_EQ(f.at(0).scale, from.scale);
    EXPECT_EQ(f.at(-1).scale, from.scale); // before the start: still at the start
    for (double t : {0.6, 0.7, 100.0}) {
        EXPECT_EQ(f.at(t).centre.x, to.centre.x);
        EXPECT_EQ(f.at(t).centre.y, to.centre.y);
        EXPECT_EQ(f.at(t).scale, to.scale);
        EXPECT_TRUE(f.finished(t));
    }
    EXPECT_FALSE(f.finished(0.59));
}

TEST(Flight, ProgressIsMonotoneAndZoomStaysBetweenTheEnds) {
    for (const bool zoomIn : {true, false}) {
        const CameraPose a{{0, 0}, 1e-5}, b{{1e6, 5e5}, 8e-4};
        const Flight f(zoomIn ? a : b, zoomIn ? b : a, 0.6);
        double lastProgress = -1, lastDistance = -1, lastScale = zoomIn ? 0 : 1;
        for (int i = 0; i <= 600; ++i) {
            const double t = i / 1000.0;
            const double p = f.progress(t);
            EXPECT_GE(p, lastProgress) << t;
            EXPECT_GE(p, 0);
            EXPECT_LE(p, 1);
            lastProgress = p;
            const CameraPose pose = f.at(t);
            EXPECT_GE(pose.scale, std::min(a.scale, b.scale) * (1 - 1e-12)) << t;
            EXPECT_LE(pose.scale, std::max(a.scale, b.scale) * (1 + 1e-12)) << t;
            // The zoom changes one way only, and the centre moves steadily away from the start.
            if (zoomIn)
                EXPECT_GE(pose.scale, lastScale) << t;
            else
                EXPECT_LE(pose.scale, lastScale) << t;
            lastScale = pose.scale;
            const CameraPose start = f.at(0);
            const double d =
                std::hypot(pose.centre.x - start.centre.x, pose.centre.y - start.centre.y);
            EXPECT_GE(d, lastDistance) << t;
            lastDistance = d;
        }
    }
}

TEST(Flight, ZoomIsGeometricSoTheMotionLooksEvenAtEveryScale) {
    const Flight f({{0, 0}, 1e-5}, {{0, 0}, 1e-3}, 1.0);
    // Halfway through (eased progress 0.5) the scale is the geometric mean, not the arithmetic.
    EXPECT_DOUBLE_EQ(f.progress(0.5), 0.5);
    // Eased (smoothstep): slow at the ends, a quarter of the time gives 15.6% of the way.
    EXPECT_DOUBLE_EQ(f.progress(0.25), 0.15625);
    EXPECT_DOUBLE_EQ(f.progress(0.75), 0.84375);
    EXPECT_NEAR(f.at(0.5).scale, 1e-4, 1e-16);
}

TEST(Flight, AZeroLengthFlightIsAtItsEndAtOnce) {
    const Flight f({{1, 2}, 1e-5}, {{3, 4}, 2e-5}, 0);
    EXPECT_TRUE(f.finished(0));
    EXPECT_EQ(f.at(0).centre.x, 3);
    EXPECT_EQ(f.at(0).scale, 2e-5);
}
