// Sector charts and the sector filter as the real executable shows them (issue 14, item 1),
// observed through the UI dump's `sector_bars` and --print-marker. Expected values are counted by
// hand from the fixtures.
#include "support/Process.hpp"
#include "support/UiDump.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

using namespace aimap::test;

namespace {

const std::string kList = AIMAP_FIXTURES "/datasets/enterprises.json";
const std::string kTable = AIMAP_FIXTURES "/scenes/enterprises-2000.csv";

struct Bar {
    std::string sector;
    double value;
    std::string unit;
    std::vector<std::string> sources;
    bool operator==(const Bar& o) const {
        return sector == o.sector && value == o.value && unit == o.unit && sources == o.sources;
    }
};

std::ostream& operator<<(std::ostream& os, const Bar& b) {
    os << b.sector << " " << b.value << " " << b.unit << " [";
    for (const auto& s : b.sources)
        os << s << " ";
    return os << "]";
}

std::vector<Bar> barsOf(const nlohmann::json& bars, const std::string& chart) {
    std::vector<Bar> out;
    for (const auto& b : bars)
        if (b["chart"] == chart)
            out.push_back({b["sector"], b["value"], b["unit"], b["sources"]});
    return out;
}

} // namespace

// enterprises.json, Jinan 2020: Inspur (AI servers, 1000, R1), B (AI chips + IoT, 50, R1) and
// D (edge computing, 10, no source; placed by lon/lat, counted in Jinan).
const std::vector<Bar> kJinanCounts = {{"ai_chips", 1, "count", {"R1"}},
                                       {"ai_servers", 1, "count", {"R1"}},
                                       {"edge_computing", 1, "count", {}},
                                       {"iot", 1, "count", {"R1"}}};
const std::vector<Bar> kJinanWeights = {{"ai_servers", 1000, "CNY", {"R1"}},
                                        {"ai_chips", 25, "CNY", {"R1"}},
                                        {"iot", 25, "CNY", {"R1"}},
                                        {"edge_computing", 10, "CNY", {}}};

TEST(SectorCharts, CityCardShowsCountsAndWeightsAsTwoRankedCharts) {
    std::string err;
    const auto j =
        shootDump("--data " + quote(kList) + " --select jinan", "sector_city", "1280x720", &err);
    ASSERT_TRUE(j["card"].is_object()) << err;
    ASSERT_EQ(j["card"]["name_en"], "Jinan");
    EXPECT_EQ(barsOf(j["sector_bars"], "enterprise_count_2020"), kJinanCounts);
    EXPECT_EQ(barsOf(j["sector_bars"], "enterprise_weight_2020"), kJinanWeights);
}

TEST(SectorCharts, ClusterCardShowsTheSameChartsForItsMembers) {
    std::string err;
    const auto j = shootDump("--data " + quote(kList) +
                                 " --metric enterprise_weight "
                                 "--select-cluster jinan",
                             "sector_cluster", "1280x720", &err);
    ASSERT_TRUE(j.contains("cluster_card") && j["cluster_card"].is_object()) << err << j.dump(1);
    const auto& bars = j["cluster_card"]["sector_bars"];
    EXPECT_EQ(barsOf(bars, "enterprise_count_2020"), kJinanCounts);
    EXPECT_EQ(barsOf(bars, "enterprise_weight_2020"), kJinanWeights);
}

// The sector filter re-sizes the markers: with one sector chosen, Hohhot's figure is its count of
// that sector (the bar of the unfiltered chart), and its radius follows r = rMax * sqrt(v / vMax)
// with the filtered figures' vMax (one scale over all years, docs/data-format.md).
TEST(SectorCharts, TheSectorFilterResizesMarkers) {
    const std::string base = "--data " + quote(kTable) + " --metric enterprises --grouping off ";
    auto radius = [&](const std::string& extra) {
        const auto r =
            run(quote(AIMAP_EXE) + " --size 1280x720 --print-marker Hohhot " + base + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        double x = 0, y = 0, rad = -1;
        std::istringstream(r.out) >> x >> y >> rad;
        return rad;
    };
    auto figure = [](const nlohmann::json& j) {
        for (const auto& m : j["card"]["metrics"])
            if (m["id"] == "enterprises")
                return m["figures"][0]["value"].get<double>();
        return -1.0;
    };
    const auto all = shootDump(base + "--select Hohhot", "filter_all");
    const auto chips = shootDump(base + "--select Hohhot --sectors ai_chips", "filter_chips");
    ASSERT_TRUE(all["card"].is_object() && chips["card"].is_object());
    double chipsBar = -1;
    for (const auto& b : all["sector_bars"])
        if (b["chart"] == "enterprise_count_2022" && b["sector"] == "ai_chips")
            chipsBar = b["value"];
    EXPECT_EQ(figure(all), 54);
    EXPECT_EQ(figure(chips), chipsBar);
    EXPECT_EQ(chips["sector_filter"], nlohmann::json::array({"ai_chips"}));
    EXPECT_LT(chips["v_max"].get<double>(), all["v_max"].get<double>());
    const double rAll = radius(""), rChips = radius("--sectors ai_chips");
    ASSERT_GT(rAll, 0);
    ASSERT_GT(rChips, 0);
    const double expected = std::sqrt((figure(chips) / chips["v_max"].get<double>()) /
                                      (figure(all) / all["v_max"].get<double>()));
    EXPECT_NEAR(rChips / rAll, expected, 0.02) << rAll << " " << rChips;
    EXPECT_GT(std::abs(rChips - rAll), 1.0) << "the filter must change Hohhot's marker";
}

TEST(SectorCharts, AnUnknownSectorIsAnErrorThatListsTheSectors) {
    const auto r = run(quote(AIMAP_EXE) + " --print-marker jinan --sectors robots");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown sector 'robots'; sectors: ai_chips"), std::string::npos) << r.err;
}

// Done-when of issue 14: --select shanghai and --select shenzhen show sector charts with cited
// figures. IC design industry scale 2023 (亿元) as ../shared/reference/sector_figures_cited.json
// gives it (source Y04): Shanghai 1400, Shenzhen 1201.5, Beijing 907.5, Hangzhou 619.5, Wuxi 589.7.
TEST(SectorCharts, ShanghaiAndShenzhenShowWhereTheyStandInCitedSectorFigures) {
    const std::vector<std::pair<std::string, double>> expected = {
        {"shanghai", 1400}, {"shenzhen", 1201.5}, {"beijing", 907.5}, {"hangzhou", 619.5}, {"wuxi", 589.7}};
    for (const std::string city : {"shanghai", "shenzhen"}) {
        std::string err;
        const auto j = shootDump("--select " + city, "cited_" + city, "1920x1080", &err);
        ASSERT_TRUE(j.contains("sector_bars")) << err;
        std::vector<std::pair<std::string, double>> ic;
        std::string highlighted, title;
        for (const auto& b : j["sector_bars"]) {
            EXPECT_FALSE(b["sources"].empty()) << city << " " << b.dump();
            EXPECT_FALSE(b["unit"].get<std::string>().empty()) << b.dump();
            // Targets only in the years chart, never a bar among the actuals.
            if (b["target"].get<bool>())
                EXPECT_NE(b["chart"].get<std::string>().find("_years"), std::string::npos);
            if (b["chart"] != "cited_ic_design_scale_cny_100m_2023")
                continue;
            ic.push_back({b["sector"], b["value"]});
            title = b["title"];
            if (b["highlighted"].get<bool>())
                highlighted = b["sector"];
        }
        EXPECT_EQ(ic, expected) << city;
        EXPECT_EQ(highlighted, city);
        EXPECT_NE(title.find("integrated circuits (all)"), std::string::npos) << title;
    }
}
