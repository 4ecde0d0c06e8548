// The optimal zoom-and-pan path of van Wijk & Nuij (2003), checked against geometry worked out
// independently of its formulas: in the (ρ²u, w) plane the path's metric is ρ⁻² times the
// hyperbolic half-plane's, whose shortest paths are half-circles centred on the w = 0 axis, with
// the distance arccosh(1 + |Δ|² / (2 w0 w1)).
#include "core/camera/ZoomPanPath.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace aimap;

namespace {

/// The half-circle through (0, w0) and (ρ²u1, w1) centred on the axis, in long double: its
/// centre abscissa c and radius R (the widest view, when c lies between the ends).
struct HalfCircle {
    long double c, r;
};
HalfCircle halfCircle(long double w0, long double w1, long double u1, long double rho) {
    const long double x1 = rho * rho * u1;
    // c² + w0² = (x1 − c)² + w1²
    const long double c = (x1 * x1 + w1 * w1 - w0 * w0) / (2 * x1);
    return {c, std::sqrt(c * c + w0 * w0)};
}

/// Hyperbolic distance in the half plane, divided by ρ: the path's length S.
long double hyperbolicLength(long double w0, long double w1, long double u1, long double rho) {
    const long double x1 = rho * rho * u1;
    return std::acosh(1 + (x1 * x1 + (w1 - w0) * (w1 - w0)) / (2 * w0 * w1)) / rho;
}

double along(const ZoomPanPath::Point& p, Vec2 c0, Vec2 c1) {
    const Vec2 d = c1 - c0;
    return ((p.centre.x - c0.x) * d.x + (p.centre.y - c0.y) * d.y) / std::hypot(d.x, d.y);
}

/// The metric's length of the path's polyline through n + 1 samples (midpoint widths).
double integratedLength(const ZoomPanPath& path, Vec2 c0, Vec2 c1, int n) {
    const double rho = path.rho();
    double total = 0;
    ZoomPanPath::Point prev = path.at(0);
    for (int i = 1; i <= n; ++i) {
        const double s = path.length() * i / n;
        const ZoomPanPath::Point p = path.at(s);
        const double du = along(p, c0, c1) - along(prev, c0, c1);
        const double dw = p.width - prev.width;
        const double w = path.at(s - 0.5 * path.length() / n).width;
        total += std::sqrt(std::pow(rho, 4) * du * du + dw * dw) / (rho * w);
        prev = p;
    }
    return total;
}

} // namespace

TEST(ZoomPanPath, HandWorkedPanAtOneZoomPeaksAtTheHalfCirclesTop) {
    // ρ = √2 (ρ² = 2), w0 = w1 = 3 km, centres 2 km apart. In the (ρ²u, w) plane the ends are
    // (0, 3) and (4, 3): the half-circle is centred at 2, radius √(2² + 3²) = √13 km, the widest
    // view, halfway. S = arccosh(1 + 16 / 18) / √2 = ln((17 + 4√13) / 9) / √2 = 0.8834...
    const double rho = std::sqrt(2.0);
    const ZoomPanPath path({0, 0}, 3000, {2000, 0}, 3000, rho);
    ASSERT_FALSE(path.zoomOnly());
    EXPECT_NEAR(path.peakWidth(), 1000 * std::sqrt(13.0L), 1e-9);
    EXPECT_NEAR(path.length(), std::log((17 + 4 * std::sqrt(13.0L)) / 9) / std::sqrt(2.0L), 1e-12);
    EXPECT_NEAR(path.length(), 0.88409, 1e-5);
    const ZoomPanPath::Point mid = path.at(path.length() / 2);
    EXPECT_NEAR(mid.width, 1000 * std::sqrt(13.0), 1e-8);
    EXPECT_NEAR(mid.centre.x, 1000, 1e-8);
}

TEST(ZoomPanPath, EveryPointLiesOnTheHalfCircleAndTheLengthIsTheHyperbolicDistance) {
    struct Case {
        double w0, w1, u1, rho;
    };
    // Metres: pans at one zoom, zooming in or out while panning, a pan of 40 screens, the top of
    // the half-circle beyond an end (no zooming out on the way), ρ from the paper's range.
    for (const Case k :
         {Case{1, 4, 3, std::sqrt(2.0)}, Case{4, 1, 3, std::sqrt(2.0)},
          Case{6.6e6, 8.2e5, 1.9e6, 1.42}, Case{8.2e5, 8.2e5, 3.3e7, 1.42},
          Case{1, 10, 0.5, std::sqrt(2.0)}, Case{250, 9e4, 1e4, 0.8}, Case{3e3, 3e3, 1e3, 2.5}}) {
        SCOPED_TRACE(testing::Message() << k.w0 << " " << k.w1 << " " << k.u1 << " " << k.rho);
        // Coordinates of the pan's size: far larger ones would round the distance itself.
        const Vec2 c0{-0.5 * k.u1, 0.25 * k.u1};
        const Vec2 c1{c0.x + 0.6 * k.u1, c0.y - 0.8 * k.u1};
        const ZoomPanPath path(c0, k.w0, c1, k.w1, k.rho);
        ASSERT_FALSE(path.zoomOnly());
        const HalfCircle hc = halfCircle(k.w0, k.w1, k.u1, k.rho);
        const long double x1 = k.rho * k.rho * k.u1;
        // The closed form's peak: the circle's radius when its top lies between the ends.
        const double peak = (hc.c >= 0 && hc.c <= x1) ? double(hc.r) : std::max(k.w0, k.w1);
        EXPECT_NEAR(path.peakWidth() / peak, 1, 1e-12);
        EXPECT_NEAR(path.length() / double(hyperbolicLength(k.w0, k.w1, k.u1, k.rho)), 1, 1e-12);
        // Numerically integrated arc length of the sampled path.
        EXPECT_NEAR(integratedLength(path, c0, c1, 20000) / path.length(), 1, 1e-6);
        double widest = 0;
        for (int i = 0; i <= 1000; ++i) {
            const ZoomPanPath::Point p = path.at(path.length() * i / 1000);
            const long double x = k.rho * k.rho * static_cast<long double>(along(p, c0, c1));
            const long double onCircle = std::sqrt((x - hc.c) * (x - hc.c) + p.width * p.width);
            EXPECT_NEAR(double(onCircle / hc.r), 1, 1e-9) << i;
            widest = std::max(widest, p.width);
        }
        EXPECT_LE(widest, path.peakWidth() * (1 + 1e-12));
        if (hc.c >= 0 && hc.c <= x1) // the top is reached, to the sampling
            EXPECT_NEAR(widest / path.peakWidth(), 1, 1e-4);
    }
}

TEST(ZoomPanPath, EndpointsAreReachedByTheFormulaItself) {
    const Vec2 c0{-1.25e6, 3.5e5}, c1{4.0e5, -2.2e6};
    const ZoomPanPath path(c0, 6.6e6, c1, 8.2e4);
    const ZoomPanPath::Point a = path.at(0), b = path.at(path.length());
    EXPECT_EQ(a.centre.x, c0.x);
    EXPECT_EQ(a.centre.y, c0.y);
    EXPECT_EQ(a.width, 6.6e6);
    EXPECT_EQ(b.centre.x, c1.x);
    EXPECT_EQ(b.centre.y, c1.y);
    EXPECT_EQ(b.width, 8.2e4);
    // Just inside the ends the formula is evaluated, not the stored ends: it meets them.
    const ZoomPanPath::Point a1 = path.at(1e-13), b1 = path.at(path.length() * (1 - 1e-13));
    EXPECT_NEAR(a1.centre.x, c0.x, 1e-9 * 6.6e6);
    EXPECT_NEAR(a1.width / 6.6e6, 1, 1e-9);
    EXPECT_NEAR(b1.centre.x, c1.x, 1e-9 * 8.2e4);
    EXPECT_NEAR(b1.centre.y, c1.y, 1e-9 * 8.2e4);
    EXPECT_NEAR(b1.width / 8.2e4, 1, 1e-9);
}

TEST(ZoomPanPath, ALongPanAtOneZoomWidensThenNarrowsAndKeepsItsDigits) {
    // A hundred million screens: ln(√(b0² + 1) − b0), the paper's form, is ln(0) here.
    for (const double screens : {20.0, 1e8}) {
        SCOPED_TRACE(screens);
        const double w = 5e4;
        const ZoomPanPath path({0, 0}, w, {screens * w, 0}, w);
        const double rho = path.rho();
        ASSERT_TRUE(std::isfinite(path.length()));
        EXPECT_NEAR(path.peakWidth() /
                        std::sqrt(w * w + std::pow(rho, 4) * std::pow(screens * w, 2) / 4),
                    1, 1e-12);
        double last = w, lastX = 0;
        const double half = path.length() / 2;
        for (int i = 1; i <= 400; ++i) {
            const ZoomPanPath::Point p = path.at(path.length() * i / 400);
            ASSERT_TRUE(std::isfinite(p.width) && std::isfinite(p.centre.x));
            if (i <= 200)
                EXPECT_GE(p.width, last) << i; // zooming out...
            else
                EXPECT_LE(p.width, last) << i;               // ...then in
            EXPECT_GE(p.centre.x, lastX * (1 - 1e-15)) << i; // (to the last bit)
            EXPECT_GE(p.width, w * (1 - 1e-12));
            last = p.width;
            lastX = p.centre.x;
        }
        EXPECT_NEAR(path.at(half).width / path.peakWidth(), 1, 1e-12);
    }
}

TEST(ZoomPanPath, APureZoomFollowsTheLogOfTheWidthRatio) {
    const ZoomPanPath path({7, -3}, 8e5, {7, -3}, 1e5);
    EXPECT_TRUE(path.zoomOnly());
    EXPECT_NEAR(path.length(), std::log(8.0) / path.rho(), 1e-15);
    EXPECT_EQ(path.peakWidth(), 8e5);
    for (int i = 0; i <= 10; ++i) {
        const double s = path.length() * i / 10;
        const ZoomPanPath::Point p = path.at(s);
        EXPECT_NEAR(p.width / (8e5 * std::exp(-path.rho() * s)), 1, 1e-12);
        EXPECT_EQ(p.centre.x, 7);
        EXPECT_EQ(p.centre.y, -3);
    }
}

TEST(ZoomPanPath, CentresAlmostTogetherGiveAZoomWithoutNaN) {
    // A billionth of the view apart: the general formula's b_i would be ~1e9.
    const ZoomPanPath path({0, 0}, 2e5, {2e-4, 0}, 1e5);
    EXPECT_TRUE(path.zoomOnly());
    EXPECT_NEAR(path.length(), std::log(2.0) / path.rho(), 1e-15);
    double lastX = 0, lastW = 2e5;
    for (int i = 0; i <= 100; ++i) {
        const ZoomPanPath::Point p = path.at(path.length() * i / 100);
        ASSERT_TRUE(std::isfinite(p.width) && std::isfinite(p.centre.x));
        EXPECT_GE(p.centre.x, lastX);
        EXPECT_LE(p.width, lastW);
        lastX = p.centre.x;
        lastW = p.width;
    }
    // Just above the threshold the general formula holds, with the same length to the eye.
    const ZoomPanPath general({0, 0}, 2e5, {1.0, 0}, 1e5);
    EXPECT_FALSE(general.zoomOnly());
    EXPECT_NEAR(general.length(), path.length(), 1e-9);
    for (int i = 0; i <= 100; ++i) {
        const ZoomPanPath::Point p = general.at(general.length() * i / 100);
        EXPECT_GE(p.centre.x, -1e-9);
        EXPECT_LE(p.centre.x, 1 + 1e-9);
    }
}

TEST(ZoomPanPath, TheSameViewHasZeroLengthAndNoNaN) {
    const ZoomPanPath path({3, 4}, 1e5, {3, 4}, 1e5);
    EXPECT_EQ(path.length(), 0);
    EXPECT_EQ(path.peakWidth(), 1e5);
    for (const double s : {-1.0, 0.0, 0.5, 1e9}) {
        EXPECT_EQ(path.at(s).width, 1e5);
        EXPECT_EQ(path.at(s).centre.x, 3);
    }
    // A thousandth of a pixel of a pan at one zoom is still a (tiny) pan, not zero.
    const ZoomPanPath tiny({0, 0}, 1e5, {1e-3, 0}, 1e5);
    EXPECT_GT(tiny.length(), 0);
    EXPECT_LT(tiny.length(), 1e-7);
    EXPECT_NEAR(tiny.at(tiny.length() / 2).centre.x, 5e-4, 1e-12);
}

TEST(ZoomPanPath, ViewsThatAreNotViewsGiveAnEmptyPath) {
    const double nan = std::nan("");
    for (const double bad : {0.0, -1.0, nan, HUGE_VAL}) {
        const ZoomPanPath a({0, 0}, bad, {1e5, 0}, 1e4);
        EXPECT_EQ(a.length(), 0) << bad;
        EXPECT_EQ(a.at(0.5).width, 1e4);
        const ZoomPanPath b({0, 0}, 1e4, {1e5, 0}, 1e4, bad); // ρ: the default instead
        EXPECT_EQ(b.rho(), ZoomPanPath::kDefaultRho);
        EXPECT_GT(b.length(), 0);
    }
    const ZoomPanPath c({nan, 0}, 1e4, {1e5, 0}, 1e4);
    EXPECT_EQ(c.length(), 0);
    EXPECT_EQ(c.at(0).centre.x, 1e5);
}
