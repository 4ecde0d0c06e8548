// The pilot-zone layer (issue 14): which zones are marked on which cities for a year, and how
// the command line names programmes.
#include "core/view/ZoneLayer.hpp"
#include "support/JsonDataset.hpp"

#include <gtest/gtest.h>


using namespace aimap;

namespace {

const char* kData = R"json({
  "aimap": 1, "title": "Zones", "kind": "example",
  "metrics": {"a": {"label": "A", "unit": "count"}},
  "cities": [
    {"id": "jinan", "name_en": "Jinan", "lon": 117, "lat": 36.7},
    {"id": "qingdao", "name_en": "Qingdao", "lon": 120.4, "lat": 36.1},
    {"id": "harbin", "name_en": "Harbin", "lon": 126.6, "lat": 45.8}
  ],
  "values": [{"city": "jinan", "metric": "a", "year": 2020, "value": 1}],
  "programmes": [
    {"id": "most", "name_en": "Innovation and Development Pilot Zone (MOST)", "count": 2,
     "zones": [{"zone": "Jinan", "cities": ["jinan"], "date": "2020-03-09"},
               {"zone": "Harbin", "cities": ["harbin"], "date": "2021-12-07 (publication)"}]},
    {"id": "miit", "name_en": "Innovation and Application Pilot Zone (MIIT)", "count": 1,
     "zones": [{"zone": "Jinan-Qingdao", "cities": ["jinan", "qingdao"], "date": "2019-10-14"}]}
  ]
})json";

std::shared_ptr<const Dataset> load() {
    return test::loadJsonDataset(kData, "zones");
}

} // namespace

TEST(ZoneLayer, ApprovalYearIsReadFromTheStartOfTheDate) {
    EXPECT_EQ(approvalYear("2019-02"), 2019);
    EXPECT_EQ(approvalYear("2021-12 (letters published on MOST site 12-07)"), 2021);
    EXPECT_EQ(approvalYear("2019"), 2019);
    EXPECT_EQ(approvalYear("12月8日"), std::nullopt);
    EXPECT_EQ(approvalYear(""), std::nullopt);
    EXPECT_EQ(approvalYear("20190"), std::nullopt);
}

TEST(ZoneLayer, MarksFollowTheYearShownAndAJointZoneMarksEachCity) {
    const auto ds = load();
    ASSERT_TRUE(ds);
    EXPECT_TRUE(zoneMarks(*ds, 0, 2020).empty());
    const auto most2020 = zoneMarks(*ds, 0b01, 2020);
    ASSERT_EQ(most2020.size(), 2u);
    EXPECT_EQ(ds->cities[most2020[0].city].id, "jinan");
    EXPECT_TRUE(most2020[0].approved);
    EXPECT_EQ(ds->cities[most2020[1].city].id, "harbin");
    EXPECT_FALSE(most2020[1].approved); // approved in 2021: faint in 2020
    EXPECT_TRUE(zoneMarks(*ds, 0b01, 2021)[1].approved);
    EXPECT_TRUE(zoneMarks(*ds, 0b01, 0)[1].approved); // no year: every zone
    const auto both = zoneMarks(*ds, 0b11, 2019);
    ASSERT_EQ(both.size(), 4u);
    EXPECT_EQ(ds->cities[both[2].city].id, "jinan");
    EXPECT_EQ(ds->cities[both[3].city].id, "qingdao");
    EXPECT_EQ(both[3].programme, 1u);
    EXPECT_TRUE(both[3].approved);
    const ZoneCount c = countZones(ds->programmes[0], 2020);
    EXPECT_EQ(c.approved, 1u);
    EXPECT_EQ(c.total, 2u);
}

TEST(ZoneLayer, ProgrammesAreNamedByIdOrShortName) {
    const auto ds = load();
    ASSERT_TRUE(ds);
    EXPECT_EQ(programmeShortName(ds->programmes[0]), "MOST");
    std::string error;
    EXPECT_EQ(parseProgrammes(*ds, "MOST", error), 0b01u);
    EXPECT_EQ(parseProgrammes(*ds, "miit, most", error), 0b11u);
    EXPECT_EQ(parseProgrammes(*ds, "all", error), 0b11u);
    EXPECT_EQ(parseProgrammes(*ds, "none", error), 0u);
    EXPECT_TRUE(error.empty()) << error;
    EXPECT_EQ(parseProgrammes(*ds, "nasa", error), 0u);
    EXPECT_NE(error.find("unknown pilot-zone programme 'nasa'"), std::string::npos) << error;
    EXPECT_NE(error.find("MIIT (miit)"), std::string::npos) << error;
}

TEST(ZoneLayer, SymbolsDifferByProgrammeAndHaveFixedSizes) {
    EXPECT_EQ(zoneShape(0).sides, 4);
    EXPECT_EQ(zoneShape(1).sides, 4);
    EXPECT_NE(zoneShape(0).rotation, zoneShape(1).rotation);
    EXPECT_LT(zoneShape(1).radiusPx, zoneShape(0).radiusPx); // the square fits in the diamond
    EXPECT_EQ(zoneShape(2).sides, 3);
}
