// Areas on the ellipsoid (issue 16: densities per 10,000 km² of a province).
//
// Reference values: Planimeter (geographiclib-tools 2.1.2), run here on the very vertices the
// basemap's provinces have (projected back to lon/lat), one ring at a time; and the published
// areas of China and Shandong, which the simplified basemap must come close to.
#include "core/data/RegionArea.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/geo/Geodesy.hpp"
#include "support/Process.hpp"

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>

using namespace aimap;
using namespace aimap::test;

namespace {

const BasemapFeature* province(const std::string& code) {
    for (const BasemapFeature& f : bundledProvinceOutlines().features)
        if (f.code == code)
            return &f;
    return nullptr;
}

// Planimeter's area of one ring (absolute, square metres); -1 when it cannot tell.
double planimeter(const std::vector<LonLat>& ring) {
    const std::string path = testing::TempDir() + "aimap_planimeter_ring.txt";
    {
        std::ofstream out(path);
        out.precision(17);
        for (const LonLat& p : ring)
            out << p.lat << ' ' << p.lon << '\n';
    }
    const auto r = run("Planimeter --input-file " + quote(path));
    int n = 0;
    double perimeter = 0, area = 0;
    return std::sscanf(r.out.c_str(), "%d %lf %lf", &n, &perimeter, &area) == 3 ? std::abs(area)
                                                                                : -1;
}

} // namespace

TEST(RegionArea, ProvinceAreasMatchPlanimeterToATenthOfAPercent) {
    if (!haveProgram("Planimeter"))
        GTEST_SKIP() << "Planimeter not installed (apt-get install geographiclib-tools)";
    // Shandong; Xinjiang (the largest); Hainan (islands: many polygons); Hebei (Beijing and
    // Tianjin are holes in it); Shanghai (small).
    for (const char* code : {"370000", "650000", "460000", "130000", "310000"}) {
        const BasemapFeature* f = province(code);
        ASSERT_NE(f, nullptr) << code;
        double reference = 0;
        for (const Polygon& polygon : f->polygons) {
            const auto rings = lonLatRings(polygon);
            for (std::size_t r = 0; r < rings.size(); ++r) {
                const double a = planimeter(rings[r]);
                ASSERT_GE(a, 0) << code;
                reference += r == 0 ? a : -a;
            }
        }
        ASSERT_GT(reference, 0) << code;
        EXPECT_NEAR(featureArea(*f), reference, reference * 0.001) << code;
    }
}

TEST(RegionArea, AHoleIsTakenOutAndEitherWindingCounts) {
    // Planimeter -p 3 of the 1-degree square 36-37 N, 116-117 E: 9941629403.3 m²; of the
    // half-degree square 36.25-36.75 N, 116.25-116.75 E: 2485434042 m².
    const std::vector<LonLat> outer{{116, 36}, {116, 37}, {117, 37}, {117, 36}};
    const std::vector<LonLat> hole{{116.25, 36.25}, {116.75, 36.25}, {116.75, 36.75},
                                   {116.25, 36.75}};
    EXPECT_NEAR(ellipsoidArea({outer}), 9941629403.3, 1.0);
    EXPECT_NEAR(ellipsoidArea({{outer.rbegin(), outer.rend()}}), 9941629403.3, 1.0);
    EXPECT_NEAR(ellipsoidArea({outer, hole}), 9941629403.3 - 2485434042.0, 1.0);
}

TEST(RegionArea, ChinaAndShandongComeCloseToTheirPublishedAreas) {
    // Shandong: 155,800 km²; the 34 provincial-level divisions: about 9.6 million km² of land.
    const BasemapFeature* shandong = province("370000");
    ASSERT_NE(shandong, nullptr);
    EXPECT_NEAR(featureArea(*shandong) / 1e6, 155800, 155800 * 0.03);
    double china = 0;
    for (const BasemapFeature& f : bundledProvinceOutlines().features)
        china += featureArea(f);
    EXPECT_NEAR(china / 1e6, 9.6e6, 9.6e6 * 0.05);
}

TEST(Geodesy, DestinationsAndCirclesMatchGeodSolve) {
    // echo "36.6683 116.9972 AZI 300000" | GeodSolve -p 6
    const LonLat jinan{116.9972, 36.6683};
    struct Case {
        double azimuth, lat, lon;
    };
    for (const Case& c :
         {Case{0, 39.37107816444, 116.99720000000}, Case{90, 36.62104457268, 120.35165693391},
          Case{225, 34.73366903964, 114.68114069954}}) {
        const LonLat p = geodesicDestination(jinan, c.azimuth, 300000);
        EXPECT_NEAR(p.lat, c.lat, 1e-9) << c.azimuth;
        EXPECT_NEAR(p.lon, c.lon, 1e-9) << c.azimuth;
    }
    // echo "31.2222 121.4581 135 1000000" | GeodSolve -p 6
    const LonLat far = geodesicDestination({121.4581, 31.2222}, 135, 1e6);
    EXPECT_NEAR(far.lat, 24.65266141630, 1e-9);
    EXPECT_NEAR(far.lon, 128.43169529886, 1e-9);
    // A circle's points are all at the radius, clockwise from north.
    const std::vector<LonLat> ring = geodesicCircle(jinan, 300000, 72);
    ASSERT_EQ(ring.size(), 72u);
    EXPECT_NEAR(ring[0].lat, 39.37107816444, 1e-9);
    EXPECT_NEAR(ring[18].lon, 120.35165693391, 1e-9);
    for (const LonLat& p : ring)
        EXPECT_NEAR(geodesicDistance(jinan, p), 300000, 1e-6);
    EXPECT_EQ(geodesicCircle(jinan, 1000, 1).size(), 3u) << "at least a triangle";
}
