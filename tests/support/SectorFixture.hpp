#pragma once

// A small enterprise dataset whose sector sums are counted by hand in the tests that use it.

#include "core/data/EnterpriseTotals.hpp"
#include "core/data/Sectors.hpp"
#include "core/geo/Projection.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace aimap::test {

inline unsigned short bit(Sector s) {
    return static_cast<unsigned short>(1u << static_cast<unsigned>(s));
}

// Jinan (city 0), 2020: E1 AI servers 1000 [R1]; E2 AI chips + IoT 50 [R1]; E3 edge computing,
// no weight [R2]; E4 AI chips 30, unsourced. Qingdao (city 1): E5 IoT 7 [R2]. 2021: E6 Jinan
// AI chips 9 [R1].
inline Dataset handMade() {
    Dataset ds;
    ds.title = "hand-made";
    ds.kind = "example";
    ds.cities = {{"jinan", "", "Jinan", "\xE6\xB5\x8E\xE5\x8D\x97", {117, 36.7}, {}, ""},
                 {"qingdao", "", "Qingdao", "", {120.4, 36.1}, {}, ""}};
    for (auto& c : ds.cities)
        c.world = Projection::china().forward(c.position);
    ds.sources = {{"R1", "Registry", "", "", "", "", ""}, {"R2", "Report", "", "", "", "", ""}};
    const double none = std::numeric_limits<double>::quiet_NaN();
    auto add = [&](std::uint32_t city, unsigned short sectors, double w, std::size_t source,
                   int year = 2020) {
        Enterprise e;
        e.city = city;
        e.sectors = sectors;
        e.weight = w;
        e.source = source;
        e.year = year;
        e.world = ds.cities[city].world;
        ds.setEnterpriseName(e, "E");
        ds.enterprises.push_back(e);
    };
    add(0, bit(Sector::AiServers), 1000, 0);
    add(0, bit(Sector::AiChips) | bit(Sector::IoT), 50, 0);
    add(0, bit(Sector::EdgeComputing), none, 1);
    add(0, bit(Sector::AiChips), 30, static_cast<std::size_t>(-1));
    add(1, bit(Sector::IoT), 7, 1);
    add(0, bit(Sector::AiChips), 9, 0, 2021);
    ds.enterpriseWeightUnit = "CNY";
    Diagnostics d;
    EXPECT_TRUE(aggregateEnterprises(ds, true, "Revenue", "CNY", "revenue", "hand", d));
    return ds;
}

} // namespace aimap::test
