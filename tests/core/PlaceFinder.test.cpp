// Which city a name on the command line means (`aimap distance`, issue 16).
#include "core/data/PlaceFinder.hpp"
#include "core/data/DatasetLoader.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

using namespace aimap;
using namespace aimap::test;

namespace {

const Dataset& bundled() {
    static const auto ds = loadDataset(AIMAP_ROOT "/data/ai-cities.json").dataset;
    return *ds;
}

const std::map<std::string, std::string> kProvinces = {{"320000", "Jiangsu 江苏"},
                                                       {"340000", "Anhui 安徽"}};

} // namespace

TEST(PlaceFinder, ACityIsFoundByChineseEnglishCodeAndTheDataId) {
    for (const char* name : {"济南", "济南市", "Jinan", "jinan", "370100"}) {
        const PlaceMatch m = findPlace(name, &bundled(), bundledGazetteer(), kProvinces);
        ASSERT_TRUE(m.place) << name;
        EXPECT_EQ(m.place->nameZh, "济南") << name;
        EXPECT_EQ(m.place->code, "370100") << name;
    }
    // Not a prefecture-level city of the gazetteer: the data's id.
    const PlaceMatch hk = findPlace("hong-kong", &bundled(), bundledGazetteer(), kProvinces);
    ASSERT_TRUE(hk.place);
    EXPECT_EQ(hk.place->nameEn, "Hong Kong");
}

TEST(PlaceFinder, ACityOfTheDataIsWhereTheDataPutsIt) {
    // A user's data puts Qingdao (370200) at its own point: the map draws it there, and the
    // distance is measured from there.
    Dataset mine;
    City q;
    q.id = "qd";
    q.code = "370200";
    q.nameEn = "Qingdao";
    q.nameZh = "青岛";
    q.position = {120.5, 36.2};
    mine.cities.push_back(q);
    mine.indexIds();
    for (const char* name : {"青岛", "Qingdao", "qd"}) {
        const PlaceMatch m = findPlace(name, &mine, bundledGazetteer(), kProvinces);
        ASSERT_TRUE(m.place) << name;
        EXPECT_EQ(m.place->position.lat, 36.2) << name;
        EXPECT_EQ(m.place->position.lon, 120.5) << name;
    }
    const PlaceMatch alone = findPlace("青岛", nullptr, bundledGazetteer(), kProvinces);
    ASSERT_TRUE(alone.place);
    EXPECT_EQ(alone.place->position.lat, 36.0649) << "without data: the gazetteer's point";
}

TEST(PlaceFinder, ASharedEnglishNameIsAmbiguousEvenWhenItIsADataId) {
    for (const char* name : {"Suzhou", "suzhou"}) {
        const PlaceMatch m = findPlace(name, &bundled(), bundledGazetteer(), kProvinces);
        EXPECT_FALSE(m.place) << name;
        ASSERT_EQ(m.candidates.size(), 2u) << name;
        std::vector<std::string> described;
        for (const Place& p : m.candidates)
            described.push_back(describePlace(p));
        EXPECT_NE(
            std::find(described.begin(), described.end(), "苏州 Suzhou, Jiangsu 江苏 (320500)"),
            described.end());
        EXPECT_NE(std::find(described.begin(), described.end(), "宿州 Suzhou, Anhui 安徽 (341300)"),
                  described.end());
    }
    // The Chinese name or the code picks one.
    EXPECT_EQ(findPlace("宿州", &bundled(), bundledGazetteer(), kProvinces).place->code, "341300");
    EXPECT_EQ(findPlace("320500", &bundled(), bundledGazetteer(), kProvinces).place->nameZh,
              "苏州");
}

TEST(PlaceFinder, AnUnknownNameComesWithTheClosestOne) {
    const PlaceMatch m = findPlace("Qingdoa", &bundled(), bundledGazetteer(), kProvinces);
    EXPECT_FALSE(m.place);
    EXPECT_TRUE(m.candidates.empty());
    EXPECT_EQ(m.suggestion, "Qingdao");
}
