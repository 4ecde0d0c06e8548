// Camera flights in the real executable (issue 15, camera flights): --bench-flights flies the
// viewer's own flyTo over its tour; the flights take their bounded time and land exactly.
#include "core/geo/Projection.hpp"
#include "support/Process.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

using namespace aimap::test;

TEST(CameraFlight, FlightsTakeTheirTimeAndLandOnTheTarget) {
    const std::string dump = testing::TempDir() + "aimap_camera_flight_dump.json";
    std::remove(dump.c_str());
    // The tour's first three stops: Beijing at 8x the fit zoom, Shanghai at 8x, Guangzhou at 16x.
    const auto r =
        run(quote(AIMAP_EXE) + " --size 1280x720 --bench-flights 3 --ui-dump " + quote(dump), 120);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto out = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_TRUE(out.is_object()) << r.out;
    EXPECT_EQ(out["flights"], 3);
    // Every flight lasts at least its lower bound (0.4 s); frames were drawn in flight. No upper
    // bound on the wall clock here: a starved machine draws late (a flight of at most 3 s took
    // 7.3 s of wall time under a parallel build). The bounds of the planned duration are unit
    // tests (ZoomPanPath, Flight).
    EXPECT_GE(out["flight_s"]["min"].get<double>(), 0.4);
    EXPECT_GE(out["frames_in_flight"].get<int>(), 3);
    // The last flight landed exactly: the camera on the tour's Guangzhou at 16x the fit zoom.
    const auto j = nlohmann::json::parse(readFile(dump), nullptr, false);
    ASSERT_TRUE(j.is_object());
    EXPECT_FALSE(j.value("flying", true));
    const aimap::Vec2 guangzhou = aimap::Projection::china().forward({113.26, 23.13});
    const auto& camera = j["camera"];
    ASSERT_TRUE(camera.is_object()) << j.dump(1);
    EXPECT_NEAR(camera["centre"][0].get<double>(), guangzhou.x, 1e-6);
    EXPECT_NEAR(camera["centre"][1].get<double>(), guangzhou.y, 1e-6);
    EXPECT_NEAR(camera["zoom"].get<double>(), 4, 1e-9);
    // Guangzhou's marker (the data's own coordinates, a few kilometres off) near the centre.
    bool found = false;
    for (const auto& m : j["markers"]) {
        if (m.value("city", "") != "guangzhou")
            continue;
        found = true;
        EXPECT_NEAR(m["x"].get<double>(), 640, 8.0) << m.dump();
        EXPECT_NEAR(m["y"].get<double>(), 360, 8.0) << m.dump();
    }
    EXPECT_TRUE(found) << "no marker for guangzhou";
}
