// Reference values: PROJ's cs2cs (proj-bin 9.1), an implementation independent of GeographicLib:
//   cs2cs -f %.4f +proj=longlat +ellps=WGS84 +to +proj=aea +lat_1=25 +lat_2=47
//         +lat_0=36.785284789049904 +lon_0=105 +ellps=WGS84
// (+lat_0 is GeographicLib's OriginLatitude() for these parallels.)
#include "core/geo/Projection.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

using aimap::LonLat;
using aimap::Projection;
using aimap::Vec2;

namespace {

struct Reference {
    const char* name;
    LonLat lonLat;
    Vec2 xy; // metres, from cs2cs
};

const Reference kReferences[] = {
    {"Jinan", {116.99722, 36.66833}, {1050334.1668, 50318.6625}},
    {"Beijing", {116.39723, 39.9075}, {956110.7781, 407794.5827}},
    {"Shanghai", {121.45806, 31.22222}, {1539166.5204, -499767.7790}},
    {"Shenzhen", {114.0683, 22.5455}, {938874.3962, -1550484.7180}},
    {"Urumqi", {87.6177, 43.7928}, {-1377716.1743, 911418.1704}},
    {"Lhasa", {91.1, 29.65}, {-1326281.9039, -711177.3073}},
    {"Harbin", {126.65, 45.75}, {1663723.8012, 1191768.4353}},
    {"Sanya", {109.5, 18.25}, {487596.9154, -2050370.1650}},
};

} // namespace

TEST(Projection, MatchesCs2csToAMillimetre) {
    const Projection& p = Projection::china();
    for (const auto& r : kReferences) {
        const Vec2 xy = p.forward(r.lonLat);
        EXPECT_NEAR(xy.x, r.xy.x, 1e-3) << r.name;
        EXPECT_NEAR(xy.y, r.xy.y, 1e-3) << r.name;
    }
}

TEST(Projection, OriginLatitudeIsTheOneGivenToCs2cs) {
    EXPECT_NEAR(Projection::china().originLatitude(), 36.785284789049904, 1e-12);
    // At the origin, x = y = 0.
    const Vec2 o = Projection::china().forward({105.0, Projection::china().originLatitude()});
    EXPECT_NEAR(o.x, 0.0, 1e-6);
    EXPECT_NEAR(o.y, 0.0, 1e-6);
}

TEST(Projection, InverseRoundTripsToAMicrodegree) {
    const Projection& p = Projection::china();
    for (double lon = 73; lon <= 135; lon += 3.1)
        for (double lat = 18; lat <= 54; lat += 2.7) {
            const LonLat back = p.inverse(p.forward({lon, lat}));
            EXPECT_NEAR(back.lon, lon, 1e-9);
            EXPECT_NEAR(back.lat, lat, 1e-9);
        }
}

TEST(Projection, NonFiniteOrOutOfRangeInputGivesNaNNotAThrow) {
    const Projection& p = Projection::china();
    EXPECT_TRUE(std::isnan(p.forward({NAN, 30}).x));
    EXPECT_TRUE(std::isnan(p.forward({100, INFINITY}).y));
    EXPECT_TRUE(std::isnan(p.forward({100, 95}).x));
    EXPECT_TRUE(std::isnan(p.inverse({NAN, 0}).lon));
}

// When proj-bin is installed (the README's test command installs it), compare a whole grid with
// a live cs2cs run, so the pinned table above is not the only independent check.
TEST(Projection, MatchesLiveCs2csOnAGrid) {
    if (std::system("command -v cs2cs >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "cs2cs (proj-bin) not installed";
    const Projection& p = Projection::china();
    std::string input;
    std::vector<LonLat> points;
    for (double lon = 74; lon <= 134; lon += 6)
        for (double lat = 19; lat <= 53; lat += 4) {
            points.push_back({lon, lat});
            input += std::to_string(lon) + " " + std::to_string(lat) + "\n";
        }
    char lat0[64];
    std::snprintf(lat0, sizeof lat0, "%.15f", p.originLatitude());
    const std::string file = testing::TempDir() + "aimap_cs2cs_in.txt";
    FILE* f = std::fopen(file.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs(input.c_str(), f);
    std::fclose(f);
    const std::string cmd = "cs2cs -f %.5f +proj=longlat +ellps=WGS84 +to +proj=aea +lat_1=25 "
                            "+lat_2=47 +lat_0=" +
                            std::string(lat0) + " +lon_0=105 +ellps=WGS84 < " + file;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    ASSERT_TRUE(pipe);
    for (const auto& ll : points) {
        double x = 0, y = 0, z = 0;
        ASSERT_EQ(std::fscanf(pipe.get(), "%lf %lf %lf", &x, &y, &z), 3);
        const Vec2 xy = p.forward(ll);
        EXPECT_NEAR(xy.x, x, 1e-3) << ll.lon << "," << ll.lat;
        EXPECT_NEAR(xy.y, y, 1e-3) << ll.lon << "," << ll.lat;
    }
}

// The tabulated path of forward() against GeographicLib itself, on a fine grid over and beyond
// China, at the table's nodes, between them and at its ends.
TEST(Projection, TabulatedForwardIsWithinAMicrometreOfGeographicLib) {
    const Projection& p = Projection::china();
    double worst = 0;
    LonLat worstAt{};
    auto check = [&](LonLat ll) {
        const Vec2 a = p.forward(ll), b = p.forwardExact(ll);
        const double d = std::max(std::fabs(a.x - b.x), std::fabs(a.y - b.y));
        if (!(d <= worst)) // NaN counts as worst
            worst = d, worstAt = ll;
    };
    for (double lon = 60; lon <= 150; lon += 0.173)
        for (double lat = -1; lat <= 75; lat += 0.0371)
            check({lon, lat});
    for (int i = 0; i <= 72 * 64; ++i) // the nodes and the midpoints between them
        for (double lon : {73.0, 105.0, 135.0}) {
            check({lon, Projection::kTableSouth + i / 64.0});
            check({lon, Projection::kTableSouth + (i + 0.5) / 64.0});
        }
    for (double lon : {-75.0, 0.0, 285.0, 284.999}) // far from the central meridian
        check({lon, 40.0});
    check({105, std::nextafter(Projection::kTableNorth, 0.0)});
    EXPECT_LT(worst, 1e-6) << "at lon " << worstAt.lon << ", lat " << worstAt.lat;
}

TEST(Projection, OutsideTheTableGeographicLibProjects) {
    const Projection& p = Projection::china();
    for (LonLat ll : {LonLat{105, -30}, LonLat{105, 80}, LonLat{300, 40}, LonLat{-80, 40}}) {
        const Vec2 a = p.forward(ll), b = p.forwardExact(ll);
        EXPECT_EQ(a.x, b.x);
        EXPECT_EQ(a.y, b.y);
    }
}
