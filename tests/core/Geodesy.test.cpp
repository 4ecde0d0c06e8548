// Reference values: GeodSolve (geographiclib-tools 2.1.2), the geodesic inverse problem on WGS84:
//   echo "36.6683 116.9972 36.0671 120.3826" | GeodSolve -i -p 3
//   -> 101.37709030 103.38492225 311036.341   (azi1, azi2, s12 in metres)
#include "core/geo/Geodesy.hpp"

#include <gtest/gtest.h>

using namespace aimap;

TEST(Geodesy, DistanceMatchesGeodSolve) {
    // Jinan to Qingdao (lon, lat).
    EXPECT_NEAR(geodesicDistance({116.9972, 36.6683}, {120.3826, 36.0671}), 311036.341, 1e-3);
    EXPECT_EQ(geodesicDistance({116.9972, 36.6683}, {116.9972, 36.6683}), 0.0);
}
