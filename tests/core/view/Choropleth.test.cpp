// The province choropleth (issue 16): Jenks classes, the palette, values and the legend.
#include "core/view/Choropleth.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/view/ColourVision.hpp"
#include "core/view/Palette.hpp"

#include "support/Fixtures.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace aimap;
using namespace aimap::test;

namespace {

double lightness(Rgba c) {
    return toLab(toLinear(c)).L;
}

} // namespace

TEST(Choropleth, JenksSeparatesNaturalGroups) {
    // Three clear groups: the breaks fall between them.
    const auto c = jenksClasses({1, 2, 3, 10, 11, 12, 50, 52}, 3);
    ASSERT_EQ(c.count(), 3u);
    EXPECT_EQ(c.breaks, (std::vector<double>{1, 3, 12, 52}));
    EXPECT_EQ(c.lowest, (std::vector<double>{1, 10, 50}));
    EXPECT_EQ(c.classOf(2), 0u);
    EXPECT_EQ(c.classOf(10), 1u);
    EXPECT_EQ(c.classOf(12), 1u);
    EXPECT_EQ(c.classOf(51), 2u);
}

TEST(Choropleth, JenksNeverMakesMoreClassesThanDistinctValues) {
    EXPECT_EQ(jenksClasses({4, 4, 4}, 5).count(), 1u);
    EXPECT_EQ(jenksClasses({1, 1, 2, 2}, 5).count(), 2u);
    const auto c = jenksClasses({1, 1, 2, 2}, 5);
    EXPECT_EQ(c.classOf(1), 0u);
    EXPECT_EQ(c.classOf(2), 1u);
    EXPECT_EQ(jenksClasses({}, 5).count(), 0u);
}

TEST(Choropleth, TheCingaiIndexOf2018InFiveClasses) {
    const Dataset& ds = bundledDataset();
    std::string error;
    const auto choice = parseChoropleth(
        ds, bundledProvinceFigures(), "cingai_regional_ai_competitiveness_index_province:2018", error);
    ASSERT_TRUE(choice) << error;
    const Choropleth c = makeChoropleth(ds, bundledProvinceFigures(), *choice, {}, {}, 0, 0);
    ASSERT_EQ(c.values.size(), 15u) << "15 provinces scored in 2018";
    ASSERT_EQ(c.classes.count(), 5u);
    EXPECT_DOUBLE_EQ(c.classes.breaks.front(), 3.2);
    EXPECT_DOUBLE_EQ(c.classes.breaks.back(), 80.3);
    EXPECT_EQ(*c.classOf("110000"), 4u) << "Beijing alone in the top class";
    EXPECT_EQ(*c.classOf("230000"), 0u) << "Heilongjiang, 3.2";
    EXPECT_FALSE(c.classOf("540000")) << "Tibet: no score, no data";
    const ProvinceValue* sd = c.valueOf("370000");
    ASSERT_NE(sd, nullptr);
    EXPECT_DOUBLE_EQ(sd->value, 9.8);
    EXPECT_EQ(sd->sources, (std::vector<std::string>{"X09"}));
    // The id alone picks the year with the most provinces.
    EXPECT_EQ(
        parseChoropleth(ds, bundledProvinceFigures(), "cingai_regional_ai_competitiveness_index_province", error)
            ->year,
        2018);
    EXPECT_FALSE(parseChoropleth(ds, bundledProvinceFigures(), "nonsense", error));
    EXPECT_NE(error.find("density"), std::string::npos) << "the error lists the choices";
    // The legend states the method, every class's range and the source.
    const auto t = choroplethLegend(ds, c, 0, 0, UiLanguage::En);
    EXPECT_NE(t.method.find("Jenks"), std::string::npos);
    ASSERT_EQ(t.classes.size(), 5u);
    EXPECT_EQ(t.classes.back(), "80.3 (1)");
    EXPECT_NE(t.source.find("[X09]"), std::string::npos);
}

TEST(Choropleth, DensitySumsOnlyTheCitiesWithAFigure) {
    const Dataset& ds = bundledDataset();
    const std::size_t m = *ds.metricIndex("ai_enterprises_count");
    // Jinan and Qingdao in Shandong; Beijing; a city with no figure counts nothing.
    CityProvinces provinces(ds.cities.size());
    for (std::size_t c = 0; c < ds.cities.size(); ++c)
        provinces[c] = ds.cities[c].code.substr(0, 2) + "0000";
    const std::vector<std::pair<std::string, double>> areas{{"370000", 155000.0},
                                                            {"110000", 16400.0}};
    std::string error;
    const auto choice = parseChoropleth(ds, bundledProvinceFigures(), "density", error);
    ASSERT_TRUE(choice);
    const Choropleth c = makeChoropleth(ds, bundledProvinceFigures(), *choice, provinces, areas, m, 2020);
    const ProvinceValue* sd = c.valueOf("370000");
    ASSERT_NE(sd, nullptr);
    double sum = 0;
    std::size_t cities = 0;
    for (std::size_t k = 0; k < ds.cities.size(); ++k)
        if (provinces[k] == "370000")
            if (const Value* v = ds.value(k, m, 2020)) {
                sum += v->value;
                ++cities;
            }
    EXPECT_EQ(sd->cities, cities);
    EXPECT_NEAR(sd->value, sum / 15.5, 1e-9) << "per 10,000 km²";
    EXPECT_FALSE(c.valueOf("440000")) << "no area given: no density";
    // A metric that does not add up (an index) gives no density.
    const std::size_t index = *ds.metricIndex("sydney_ici_cn_2020_score");
    EXPECT_TRUE(
        makeChoropleth(ds, bundledProvinceFigures(), *choice, provinces, areas, index, 2020).values.empty());
}

TEST(Choropleth, AProvinceFigureWithAnUnknownMetricIsLeftOutAndSaidWhy) {
    const nlohmann::json doc = nlohmann::json::parse(R"({"province_figures": [
        {"province": "370000", "metric": "cingai_regional_ai_competitiveness_index_province",
         "year": 2018, "value": 9.8, "sources": ["X09"]},
        {"province": "370000", "metric": "no_such_metric", "year": 2018, "value": 1},
        {"province": "3700", "metric": "cingai_regional_ai_competitiveness_index_province",
         "year": 2018, "value": 1},
        {"province": "370000", "metric": "cingai_regional_ai_competitiveness_index_province",
         "year": 2018, "value": 1, "sources": ["NOPE"]}]})");
    std::vector<std::string> problems;
    const ProvinceFigures f = readProvinceFigures(doc, bundledDataset(), problems);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].period, "2018");
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_NE(problems[0].find("/province_figures/1/metric"), std::string::npos) << problems[0];
    EXPECT_NE(problems[1].find("/province_figures/2/province"), std::string::npos);
    EXPECT_NE(problems[2].find("NOPE"), std::string::npos);
    EXPECT_EQ(bundledProvinceFigures().size(), 18u) << "15 provinces in 2018, 3 in 2021";
}

TEST(Choropleth, ColoursDarkenClassByClassAndStayApartForEveryColourVision) {
    for (const Palette p : {Palette::Normal, Palette::HighContrast})
        for (std::size_t k = 2; k <= 5; ++k)
            for (std::size_t i = 1; i < k; ++i) {
                const Rgba lo = choroplethColour(i - 1, k, p), hi = choroplethColour(i, k, p);
                EXPECT_LT(lightness(hi) + 8, lightness(lo)) << k << " classes, class " << i;
                for (const Deficiency d : {Deficiency::None, Deficiency::Protanopia,
                                           Deficiency::Deuteranopia, Deficiency::Tritanopia})
                    EXPECT_GT(deltaE2000Seen(lo, hi, d), 8.0)
                        << deficiencyName(d) << ", " << k << " classes, class " << i;
                // No class looks like "no data".
                EXPECT_GT(deltaE2000Seen(hi, choroplethNoDataFill(p), Deficiency::None), 5.0);
            }
    // Regression: Blues' lightest class looked like the sea (Shandong beside the Bohai Sea). No
    // class is taken for the sea, nor for "no data", whatever the colour vision.
    for (const Palette p : {Palette::Normal, Palette::HighContrast})
        for (std::size_t i = 0; i < 5; ++i)
            for (const Deficiency d : {Deficiency::None, Deficiency::Protanopia,
                                       Deficiency::Deuteranopia, Deficiency::Tritanopia}) {
                const Rgba c = choroplethColour(i, 5, p);
                const double sea = deltaE2000Seen(c, paletteTheme(p).sea, d);
                const double noData = deltaE2000Seen(c, choroplethNoDataFill(p), d);
                std::printf("%s class %zu %s: sea %.1f, no data %.1f\n",
                            p == Palette::Normal ? "normal" : "high", i, deficiencyName(d), sea,
                            noData);
                EXPECT_GT(sea, 9.0) << "class " << i << ", " << deficiencyName(d);
                EXPECT_GT(noData, 5.0) << "class " << i << ", " << deficiencyName(d);
            }
    // The darkest class is the darkest step of the ramp, whatever the number of classes.
    EXPECT_EQ(choroplethColour(1, 2, Palette::Normal), choroplethColour(4, 5, Palette::Normal));
}
