// Comparing pinned cities (issue 16): the pins' slots, and the compare model's metrics (shared by
// two or more pinned cities, one axis each, n/a never 0), ranks as ranks, targets apart, bounds
// as published, sector breakdowns on one scale.
#include "core/view/Compare.hpp"

#include "core/data/DatasetLoader.hpp"
#include "support/JsonDataset.hpp"
#include "support/SectorFixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace aimap;

namespace {

const Dataset& bundled() {
    static const auto ds = loadDataset(AIMAP_ROOT "/data/ai-cities.json").dataset;
    return *ds;
}

PinSet pinsOf(std::initializer_list<const char*> ids) {
    PinSet p;
    for (const char* id : ids)
        EXPECT_EQ(p.toggle(id), PinSet::Result::Pinned) << id;
    return p;
}

const CompareChart* chart(const CompareModel& m, const std::string& id) {
    for (const auto& c : m.metrics)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

TEST(Compare, AFifthPinIsRefusedAndSlotsStayWithTheirCities) {
    PinSet p = pinsOf({"beijing", "shanghai", "shenzhen", "hangzhou"});
    EXPECT_EQ(p.toggle("jinan"), PinSet::Result::Full);
    EXPECT_EQ(p.size(), 4u);
    EXPECT_FALSE(p.slotOf("jinan"));
    // Unpinning the second leaves the others' numbers (colours) as they were...
    EXPECT_EQ(p.toggle("shanghai"), PinSet::Result::Unpinned);
    EXPECT_EQ(p.slotOf("shenzhen"), 2u);
    EXPECT_EQ(p.slotOf("hangzhou"), 3u);
    // ...and the next pin takes the free slot.
    EXPECT_EQ(p.toggle("jinan"), PinSet::Result::Pinned);
    EXPECT_EQ(p.slotOf("jinan"), 1u);
    // Esc unpins the one pinned last, then the one before.
    EXPECT_EQ(p.unpinLast(), "jinan");
    EXPECT_EQ(p.unpinLast(), "hangzhou");
    EXPECT_EQ(p.size(), 2u);
    p.clear();
    EXPECT_TRUE(p.empty());
    EXPECT_FALSE(p.unpinLast());
}

TEST(Compare, PinsTheDataNoLongerHasAreLeftOut) {
    const PinSet p = pinsOf({"jinan", "atlantis", "hefei"});
    const auto pins = pinnedIn(bundled(), p, UiLanguage::Zh);
    ASSERT_EQ(pins.size(), 2u);
    EXPECT_EQ(pins[0].id, "jinan");
    EXPECT_EQ(pins[0].name, "\xE6\xB5\x8E\xE5\x8D\x97"); // 济南
    EXPECT_EQ(pins[1].id, "hefei");
    EXPECT_EQ(pins[1].slot, 2u) << "its slot, not its place in the list";
}

TEST(Compare, SharedMetricsByYearWithNaNeverZeroAndOneAxis) {
    const Dataset& ds = bundled();
    const auto pins = pinnedIn(ds, pinsOf({"jinan", "hefei", "chengdu"}), UiLanguage::En);
    const CompareModel m = buildCompare(ds, pins, 2020, UiLanguage::En);
    const CompareChart* e = chart(m, "ai_enterprises_count");
    ASSERT_NE(e, nullptr) << "Jinan and Chengdu both have it";
    EXPECT_EQ(e->kind, CompareKind::Bars);
    EXPECT_EQ(e->sharedBy, 2u);
    ASSERT_EQ(e->groups.size(), 2u);
    EXPECT_EQ(e->groups[0].year, 2018);
    EXPECT_EQ(e->groups[1].year, 2020);
    // 2018: Jinan 89 [S01]; Hefei and Chengdu n/a (absent, not 0).
    EXPECT_TRUE(e->groups[0].figures[0].present);
    EXPECT_EQ(e->groups[0].figures[0].value, 89);
    EXPECT_EQ(e->groups[0].figures[0].sources, std::vector<std::string>{"S01"});
    EXPECT_FALSE(e->groups[0].figures[1].present);
    EXPECT_FALSE(e->groups[0].figures[2].present);
    // 2020: Chengdu's "more than 550" stays a bound.
    const CompareFigure& chengdu = e->groups[1].figures[2];
    ASSERT_TRUE(chengdu.present);
    EXPECT_EQ(chengdu.qualifier, ">");
    EXPECT_EQ(chengdu.text, "> 550");
    // One axis for the chart: the largest figure of any pinned city in any year.
    EXPECT_EQ(e->axisMax, 550);
    // A metric only Jinan has is not a chart; it is counted as Jinan's own.
    EXPECT_EQ(chart(m, "ai_rd_investment_cny"), nullptr);
    EXPECT_GT(m.onlyHere[0], 0u);
    // Amounts first, ranks last.
    for (std::size_t i = 1; i < m.metrics.size(); ++i)
        EXPECT_FALSE(m.metrics[i - 1].kind == CompareKind::Ranks &&
                     m.metrics[i].kind == CompareKind::Bars)
            << m.metrics[i].id;
}

TEST(Compare, RanksAreListedRankOneFirstNeverAsLengths) {
    const Dataset& ds = bundled();
    const auto pins = pinnedIn(ds, pinsOf({"hefei", "jinan", "chengdu"}), UiLanguage::En);
    const CompareModel m = buildCompare(ds, pins, 2020, UiLanguage::En);
    const CompareChart* r = chart(m, "idc_inspur_ai_city_rank");
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->kind, CompareKind::Ranks);
    EXPECT_EQ(r->axisMax, 0) << "no axis: a rank is not an amount";
    ASSERT_EQ(r->groups.size(), 2u);
    // 2021: Jinan 8, Chengdu 9, Hefei 10 — in that order, whatever the pins' order.
    const CompareGroup& g = r->groups[1];
    EXPECT_EQ(g.year, 2021);
    ASSERT_EQ(g.order.size(), 3u);
    EXPECT_EQ(pins[g.order[0]].id, "jinan");
    EXPECT_EQ(pins[g.order[1]].id, "chengdu");
    EXPECT_EQ(pins[g.order[2]].id, "hefei");
    EXPECT_EQ(g.figures[g.order[0]].text, "#8");
    // 2019: only Hefei (6); the others n/a, listed last.
    const CompareGroup& g19 = r->groups[0];
    EXPECT_EQ(pins[g19.order[0]].id, "hefei");
    EXPECT_FALSE(g19.figures[g19.order[2]].present);
}

TEST(Compare, TargetsAreListedApartNeverAsActuals) {
    const auto r = test::loadJsonText(R"({"aimap": 1, "title": "t", "kind": "cited",
"sources": {"S1": {"title": "src"}},
"metrics": {"scale": {"label": "Scale", "unit": "CNY"}},
"cities": [{"id": "a", "name_en": "A", "lon": 117.0, "lat": 36.7},
           {"id": "b", "name_en": "B", "lon": 120.4, "lat": 36.1}],
"values": [{"city": "a", "metric": "scale", "year": 2020, "value": 5e9, "sources": ["S1"]},
           {"city": "b", "metric": "scale", "year": 2025, "value": 9e9, "kind": "target",
            "sources": ["S1"]}]})");
    ASSERT_TRUE(r.dataset) << r.diagnostics.format();
    PinSet p = pinsOf({"a", "b"});
    const CompareModel m = buildCompare(*r.dataset, pinnedIn(*r.dataset, p, UiLanguage::En), 2020);
    ASSERT_EQ(m.metrics.size(), 1u);
    const CompareChart& c = m.metrics[0];
    EXPECT_EQ(c.sharedBy, 2u);
    ASSERT_EQ(c.groups.size(), 1u) << "2025 is a target's year: no group, no bar";
    EXPECT_EQ(c.groups[0].year, 2020);
    EXPECT_FALSE(c.groups[0].figures[1].present) << "B has no actual for 2020";
    EXPECT_EQ(c.axisMax, 5e9) << "a target never sets the axis";
    ASSERT_EQ(c.targets.size(), 1u);
    EXPECT_EQ(c.targets[0].pin, 1u);
    EXPECT_EQ(c.targets[0].text, "target 2025: 9 bn CNY");
    const nlohmann::json j = toJson(m);
    EXPECT_EQ(j["metrics"][0]["values"]["b"], nlohmann::json::array({nullptr}));
    EXPECT_EQ(j["metrics"][0]["values"]["a"], nlohmann::json::array({5e9}));
}

TEST(Compare, SectorBreakdownsSideBySideOnOneScale) {
    const Dataset ds = test::handMade();     // Jinan 2020: AI chips 2, AI servers 1, IoT 1, edge 1
    PinSet p = pinsOf({"qingdao", "jinan"}); // Qingdao 2020: IoT 1
    const CompareModel m = buildCompare(ds, pinnedIn(ds, p, UiLanguage::En), 2020);
    ASSERT_FALSE(m.sectors.empty());
    const CompareChart& counts = m.sectors[0];
    EXPECT_EQ(counts.id, "enterprise_count_2020");
    EXPECT_EQ(counts.axisMax, 2) << "one scale for both cities";
    const auto chips = std::find_if(counts.groups.begin(), counts.groups.end(),
                                    [](const CompareGroup& g) { return g.label == "AI chips"; });
    ASSERT_NE(chips, counts.groups.end());
    EXPECT_TRUE(chips->figures[0].present) << "Qingdao's table has no AI chips: 0, counted";
    EXPECT_EQ(chips->figures[0].value, 0);
    EXPECT_EQ(chips->figures[0].sources, std::vector<std::string>{"R2"}) << "the table's sources";
    EXPECT_EQ(chips->figures[1].value, 2);
    // 2021: only Jinan has a table; the map's year without one falls back to the latest (2021)
    // and a breakdown one city has is not a comparison.
    const CompareModel later = buildCompare(ds, pinnedIn(ds, p, UiLanguage::En), 2021);
    EXPECT_TRUE(later.sectors.empty());
}
