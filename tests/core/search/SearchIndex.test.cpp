// Search (issue 16): Chinese, English and pinyin with or without tones, prefix and
// case-insensitive, over the bundled gazetteer, provinces and data.
#include "core/search/SearchIndex.hpp"
#include "core/search/SearchPlaces.hpp"

#include "core/data/BasemapLoader.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"
#include "support/Fixtures.hpp"

#include <gtest/gtest.h>

using namespace aimap;
using namespace aimap::test;

namespace {

const BasemapLayer& provinces() {
    static const BasemapLayer layer = [] {
        Diagnostics d;
        auto l = loadBasemapLayer(AIMAP_ROOT "/data/basemap/provinces.json", d);
        return l ? *l : BasemapLayer{};
    }();
    return layer;
}

const SearchIndex& bundledIndex() {
    static const SearchIndex index(
        searchPlaces(&bundledDataset(), &bundledGazetteer(), &provinces()));
    return index;
}

// The first result's place.
const SearchPlace* first(const SearchIndex& index, const std::string& query) {
    const auto r = index.find(query);
    return r.empty() ? nullptr : &index.places()[r.front().place];
}

std::vector<std::string> zhNames(const SearchIndex& index, const std::string& query) {
    std::vector<std::string> out;
    for (const SearchResult& r : index.find(query))
        out.push_back(index.places()[r.place].nameZh);
    return out;
}

} // namespace

TEST(SearchIndex, FoldsCaseTonesSpacesApostrophesAndFullWidth) {
    EXPECT_EQ(foldSearchText("Jǐnán"), "jinan");
    EXPECT_EQ(foldSearchText("JI NAN"), "jinan");
    EXPECT_EQ(foldSearchText("Xī'ān"), "xian");
    EXPECT_EQ(foldSearchText("Xi’an"), "xian");
    EXPECT_EQ(foldSearchText("Lǚliáng"), "luliang");
    EXPECT_EQ(foldSearchText("Garzê"), "garze");
    EXPECT_EQ(foldSearchText("Ｊｉｎａｎ"), "jinan");        // full-width letters
    EXPECT_EQ(foldSearchText("ji\xE3\x80\x80nan"), "jinan"); // ideographic space
    EXPECT_EQ(foldSearchText("ji\xCC\x8Cnan"), "jinan");     // a combining caron typed after i
    EXPECT_EQ(foldSearchText("济南"), "济南");
    EXPECT_EQ(foldSearchText("  "), "");
    EXPECT_EQ(foldSearchText("ji\xFFnan"), "jinan") << "an invalid byte is dropped";
}

TEST(SearchIndex, JinanIsFoundInChineseEnglishAndPinyinWithAndWithoutTones) {
    for (const char* q : {"济南", "济南市", "Jinan", "jinan", "JINAN", "jǐnán", "Jǐnán", "ji nan",
                          "jǐ nán", "Ｊｉｎａｎ"}) {
        const auto r = bundledIndex().find(q);
        ASSERT_FALSE(r.empty()) << q;
        const SearchPlace& p = bundledIndex().places()[r.front().place];
        EXPECT_EQ(p.nameZh, "济南") << q;
        EXPECT_EQ(p.cityId, "jinan") << q << ": the data's Jinan, with its card";
        EXPECT_EQ(r.front().match, SearchMatch::Exact) << q;
    }
}

TEST(SearchIndex, APrefixListsEveryPlaceStartingWithItDataCitiesFirst) {
    const auto r = bundledIndex().find("jin");
    ASSERT_FALSE(r.empty());
    // Jinan is a city of the data: first, before Jincheng, Jinzhong, Jinhua (gazetteer only).
    EXPECT_EQ(bundledIndex().places()[r.front().place].cityId, "jinan");
    std::vector<std::string> names = zhNames(bundledIndex(), "jin");
    for (const char* zh : {"晋城", "晋中", "金华", "锦州", "济宁"})
        EXPECT_NE(std::find(names.begin(), names.end(), zh), names.end()) << zh;
    for (const SearchResult& x : r)
        EXPECT_EQ(x.match, SearchMatch::Prefix);
    // Chinese: 济 begins 济南, 济宁 and 济源.
    const auto ji = zhNames(bundledIndex(), "济");
    EXPECT_EQ(ji.front(), "济南");
    EXPECT_EQ(ji.size(), 3u);
}

TEST(SearchIndex, PolyphonicPlaceNamesAreFoundByTheirPlaceNameReading) {
    // Generated pinyin (tools/build-data-pinyin.mjs): the reading of the character in the name.
    const struct {
        const char* query;
        const char* zh;
    } cases[] = {{"chongqing", "重庆"}, {"changsha", "长沙"}, {"xiamen", "厦门"},
                 {"bengbu", "蚌埠"},    {"lu'an", "六安"},    {"lishui", "丽水"},
                 {"leshan", "乐山"},    {"kashi", "喀什"},    {"Chāngdū", "昌都"},
                 {"Xī'ān", "西安"},     {"haerbin", "哈尔滨"}};
    for (const auto& c : cases) {
        const SearchPlace* p = first(bundledIndex(), c.query);
        ASSERT_NE(p, nullptr) << c.query;
        EXPECT_EQ(p->nameZh, c.zh) << c.query;
    }
    EXPECT_EQ(first(bundledIndex(), "kashen"), nullptr) << "喀什 is Kāshí, not Kāshén";
}

TEST(SearchIndex, ProvincesAreFoundAndLabelledAsProvinces) {
    for (const char* q : {"山东", "山东省", "Shandong", "shāndōng"}) {
        const auto r = bundledIndex().find(q);
        ASSERT_FALSE(r.empty()) << q;
        const SearchPlace& p = bundledIndex().places()[r.front().place];
        EXPECT_EQ(p.kind, SearchKind::Province) << q;
        EXPECT_EQ(p.code, "370000") << q;
    }
    // Shaanxi (陕西) is Shǎnxī in pinyin: "shanxi" finds both 山西 and 陕西.
    const auto sx = zhNames(bundledIndex(), "shanxi");
    EXPECT_NE(std::find(sx.begin(), sx.end(), "山西"), sx.end());
    EXPECT_NE(std::find(sx.begin(), sx.end(), "陕西"), sx.end());
}

TEST(SearchIndex, ExactBeforePrefixAndDataCitiesBeforeProvincesBeforeOtherCities) {
    std::vector<SearchPlace> places = {
        {SearchKind::City, "1", "", "甲", "Shanwei", "Shànwěi"},           // gazetteer only
        {SearchKind::Province, "2", "", "乙", "Shanxi", "Shānxī"},         // province
        {SearchKind::City, "3", "shanghai", "丙", "Shanghai", "Shànghǎi"}, // data
        {SearchKind::City, "4", "", "丁", "Shan", ""},                     // exact
    };
    const SearchIndex index(places);
    const auto r = index.find("shan");
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(index.places()[r[0].place].code, "4");
    EXPECT_EQ(r[0].match, SearchMatch::Exact);
    EXPECT_EQ(index.places()[r[1].place].code, "3");
    EXPECT_EQ(index.places()[r[2].place].code, "2");
    EXPECT_EQ(index.places()[r[3].place].code, "1");
}

TEST(SearchIndex, ResultsAreCappedAndAPlaceIsListedOnce) {
    const auto r = bundledIndex().find("s");
    EXPECT_EQ(r.size(), SearchIndex::kMaxResults);
    // Beijing the city (data) and Beijing the municipality (province) are two places; neither
    // is listed twice although each has several names starting with "bei".
    const auto b = bundledIndex().find("beijing");
    ASSERT_EQ(b.size(), 2u);
    EXPECT_EQ(bundledIndex().places()[b[0].place].cityId, "beijing");
    EXPECT_EQ(bundledIndex().places()[b[1].place].kind, SearchKind::Province);
    EXPECT_TRUE(bundledIndex().find("").empty());
    EXPECT_TRUE(bundledIndex().find(" ' ").empty());
    EXPECT_TRUE(bundledIndex().find("zzzz").empty());
}

TEST(SearchIndex, EveryGazetteerCityAndProvinceHasGeneratedPinyin) {
    for (const GazetteerEntry& e : bundledGazetteer().entries())
        EXPECT_FALSE(e.pinyin.empty()) << e.code << " " << e.nameZh;
    for (const BasemapFeature& f : provinces().features)
        EXPECT_FALSE(f.pinyin.empty()) << f.code << " " << f.nameZh;
    EXPECT_EQ(bundledGazetteer().find("370100").entry->pinyin, "Jǐnán");
}

TEST(SearchIndex, AGazetteerWithoutPinyinStillLoadsAndIsSearchedByName) {
    // Files written before the pinyin field: Chinese and English names only.
    Gazetteer old({{"370100", "济南", "Jinan", "370000", {117.0, 36.7}, "geonames", ""}});
    const SearchIndex index(searchPlaces(nullptr, &old, nullptr));
    EXPECT_EQ(index.find("jin").size(), 1u);
    EXPECT_EQ(index.find("济").size(), 1u);
    EXPECT_EQ(index.places().front().cityId, "") << "no data: a gazetteer city only";
}
