// Expected-image tests: scenes rendered headless by the real executable (--screenshot, under the
// Xvfb of test.sh with Mesa's software renderer) and compared with the PNGs committed in
// tests/expected/scenes/. A scene fails when more than 0.1% of its pixels differ by more than
// 2/255 in some channel. A failure writes NAME.actual.png and NAME.diff.png (differing pixels in
// magenta) next to the expected image.
//
// Regenerating is deliberate: tools/update-expected-images.sh (README, "Tests") rewrites them;
// look at every changed image before committing it.
#include "support/ImageCompare.hpp"
#include "support/Process.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <ostream>

using namespace aimap::test;

namespace {

constexpr int kTolerance = 2;                // out of 255, per channel
constexpr double kMaxDifferingShare = 0.001; // of the pixels

const std::string kExpectedDir = AIMAP_ROOT "/tests/expected/scenes/";
const std::string kEnterprises = AIMAP_FIXTURES "/scenes/enterprises-2000.csv";

struct Scene {
    const char* name;
    const char* size; ///< empty: the default screenshot size (1600x900)
    std::string args;
    /// Working folder: a file named relative to it is shown as named, not by a path that
    /// depends on where the repository was cloned.
    std::string cwd = "";
};

// Every scene pins the clock: "showing data loaded at HH:MM:SS" must not change the pixels.
const Scene kScenes[] = {
    {"default_view", "", ""},
    {"projector_1280x720", "1280x720", ""},
    // Issue 14, item 6: the high-contrast palette on a projector, room text, a card open.
    {"high_contrast_card_room", "1280x720", "--contrast high --ui-scale room --select shanghai"},
    // ...and at a desk: "High contrast" ticked in the open options, the pilot zones' symbols.
    {"high_contrast_zones", "", "--contrast high --zones all"},
    {"uhd_3840x2160", "3840x2160", ""},
    // Issue 15: a talk's audience view (the example talk's first frame): the caption instead of
    // the control panel, the national card the scene opens.
    {"talk_first_frame", "1280x720",
     "--talk " + std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json"},
    // A talk's spotlight: Shandong lit, the rest veiled, Jinan pulsing (scene 3); then cities
    // only, with their markers and labels dimmed but for Jinan (scene 4 after one step).
    {"talk_spotlight_province", "1280x720",
     "--talk " + std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json --scene 3"},
    {"talk_spotlight_cities", "1280x720",
     "--talk " + std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json --scene 4.1"},
    // The South China Sea inset (issue 14) with an English caption, and beside an open card.
    {"south_china_sea_inset_en", "1280x720", "--labels en"},
    {"south_china_sea_inset_beside_card", "1024x768", "--select shenzhen --labels zh"},
    {"labels_zh", "1920x1080", "--labels zh"},
    {"labels_en", "1920x1080", "--labels en"},
    {"labels_both", "1920x1080", "--labels both"},
    {"city_card_jinan", "1920x1080", "--select jinan"},
    {"city_card_projector", "1280x720", "--select Shanghai"},
    {"industry_scale_2018", "1920x1080", "--metric ai_industry_scale_cny --year 2018"},
    {"yangtze_delta_prefectures", "1920x1080", "--centre 120.2,31.0 --zoom 2.6"},
    {"enterprises_clusters_rings", "1920x1080",
     "--data " + quote(kEnterprises) + " --metric enterprise_weight"},
    {"cluster_card", "1920x1080",
     "--data " + quote(kEnterprises) + " --metric enterprise_weight --select-cluster Nanjing"},
    // Issue 14: a city card's sector charts (counts and weight sums), and a cluster card's
    // charts with a sector filter (the other sectors greyed, the legend saying what is summed).
    {"city_card_sectors", "1920x1080",
     "--data " + quote(kEnterprises) + " --metric enterprise_weight --select Hohhot"},
    {"sector_filter_cluster", "1280x720",
     "--data " + quote(kEnterprises) +
         " --metric enterprise_weight --sectors ai_chips,iot --select-cluster Hohhot"},
    // Issue 14: cited sector figures: where Shenzhen stands in IC design (integrated circuits,
    // all) among the cities with that figure, and its 2025 target as text.
    {"sector_charts_shenzhen", "1280x720", "--select shenzhen"},
    // Regression (issue 13): a metric whose figures are all 0 had a legend of 1, 0.25 and 0.05
    // circles and a "< 0" minimum dot.
    {"legend_all_zero", "1280x720", "--data odd/all-zero.json", AIMAP_FIXTURES "/datasets"},
    // Regression (issue 13): the banner covered the title of an open card at 1280x720; and the
    // load's warnings (here: a name the font cannot draw) were not shown at all.
    {"warnings_beside_card", "1280x720", "--data odd/arabic-name.json --select a",
     AIMAP_FIXTURES "/datasets"},
    {"error_banner_failed_reload", "1280x720", "--then-open missing-comma.json",
     AIMAP_FIXTURES "/datasets/bad"},
    // Issue 14: the pilot-zone layer, both programmes, in 2020 (MOST diamonds, MIIT squares;
    // zones approved later are faint).
    {"pilot_zones", "1280x720", "--metric ai_industry_scale_cny --year 2020 --zones all"},
    // Issue 14: a ranking as badges and an ordered list, never as circle areas.
    {"rank_layer", "1280x720",
     "--metric ai_industry_scale_cny --year 2020 --ranks idc_inspur_ai_city_rank:2021"},
    // Issue 14: the Chinese setting covers the whole interface: panels, card, legend, pilot-zone
    // counts, money in 亿元; and a cluster card with sector charts and a sector filter.
    {"chinese_interface", "1280x720",
     "--labels zh --select shanghai --metric ai_industry_scale_cny --year 2020 --zones all"},
    {"chinese_cluster_card", "1280x720",
     "--labels zh --data " + quote(kEnterprises) +
         " --metric enterprise_weight --sectors ai_chips,iot --select-cluster Hohhot"},
    // Issue 16: compare: four cities pinned (a ring and numbered badge on each marker, the panel:
    // shared metrics by year on one axis, n/a where a city has no figure, ranks as ranks); three
    // in Chinese on a projector in high contrast; enterprise sectors side by side on one scale.
    {"compare_four", "1920x1080", "--compare beijing,shanghai,shenzhen,hangzhou"},
    {"compare_three_zh_high_contrast", "1280x720",
     "--labels zh --contrast high --compare jinan,hefei,chengdu"},
    {"compare_sectors", "1280x720",
     "--data " + quote(kEnterprises) + " --metric enterprise_weight --compare Hohhot,Nanjing"},
    // Issue 16: the province choropleth: CINGAI's 2018 regional index in 5 Jenks classes with
    // Shandong's card open; and a density per 10,000 km² of a summable metric (provinces
    // without a city figure hatched "no data") in the high-contrast palette.
    {"choropleth_cingai_province_card", "1280x720",
     "--choropleth cingai_regional_ai_competitiveness_index_province:2018 --province 370000"},
    {"choropleth_density_high_contrast", "1920x1080",
     "--contrast high --choropleth density --metric ai_enterprises_count --year 2020"},
};

// gtest names the scene instead of printing its bytes.
void PrintTo(const Scene& s, std::ostream* os) {
    *os << s.name;
}

std::string render(const Scene& s, const std::string& extra, std::string& error) {
    const std::string png = testing::TempDir() + "aimap_scene_" + s.name + ".png";
    std::remove(png.c_str());
    std::string cmd = quote(AIMAP_EXE) + " --clock 09:30:00 --screenshot " + quote(png);
    if (*s.size)
        cmd += std::string(" --size ") + s.size;
    cmd += " " + s.args + " " + extra;
    if (!s.cwd.empty())
        cmd = "sh -c " + quote("cd " + quote(s.cwd) + " && " + cmd);
    const auto r = run(cmd, 120);
    if (r.exitCode != 0)
        error = "exit " + std::to_string(r.exitCode) + ": " + r.err;
    return png;
}

bool updating() {
    const char* v = std::getenv("AIMAP_UPDATE_EXPECTED");
    return v && *v && std::string(v) != "0";
}

class RenderScene : public testing::TestWithParam<Scene> {};

} // namespace

TEST_P(RenderScene, MatchesTheExpectedImage) {
    const Scene& s = GetParam();
    std::string error;
    const std::string png = render(s, "", error);
    ASSERT_TRUE(error.empty()) << error;
    sf::Image actual;
    ASSERT_TRUE(actual.loadFromFile(png)) << png;
    const std::string expectedPath = kExpectedDir + s.name + ".png";
    if (updating()) {
        std::filesystem::copy_file(png, expectedPath,
                                   std::filesystem::copy_options::overwrite_existing);
        std::printf("updated %s\n", expectedPath.c_str());
        return;
    }
    sf::Image expected;
    ASSERT_TRUE(expected.loadFromFile(expectedPath))
        << "no expected image " << expectedPath << " (tools/update-expected-images.sh makes it)";
    const ImageDiff d = compareImages(expected, actual, kTolerance);
    const bool ok = d.sameSize && d.fraction() <= kMaxDifferingShare;
    const std::string base = kExpectedDir + s.name;
    if (!ok) {
        actual.saveToFile(base + ".actual.png");
        if (d.sameSize)
            d.picture.saveToFile(base + ".diff.png");
    } else {
        std::remove((base + ".actual.png").c_str());
        std::remove((base + ".diff.png").c_str());
    }
    EXPECT_TRUE(ok) << s.name << ": " << describe(d, kTolerance) << "; see " << base
                    << ".actual.png and .diff.png";
}

INSTANTIATE_TEST_SUITE_P(Scenes, RenderScene, testing::ValuesIn(kScenes),
                         [](const testing::TestParamInfo<Scene>& i) {
                             return std::string(i.param.name);
                         });

// The suite must see a change nobody would notice by eye: the marker fill 4/255 brighter (or
// darker) fails the default scene.
TEST(RenderScenes, AMarkerFillFourStepsOffFailsTheDefaultScene) {
    if (updating())
        GTEST_SKIP() << "updating the expected images";
    sf::Image expected;
    ASSERT_TRUE(expected.loadFromFile(kExpectedDir + "default_view.png"));
    for (const char* shift : {"4", "-4"}) {
        std::string error;
        const std::string png =
            render(kScenes[0], std::string("--marker-fill-shift ") + shift, error);
        ASSERT_TRUE(error.empty()) << error;
        sf::Image actual;
        ASSERT_TRUE(actual.loadFromFile(png));
        const ImageDiff d = compareImages(expected, actual, kTolerance);
        std::printf("marker fill %s/255: %s\n", shift, describe(d, kTolerance).c_str());
        EXPECT_GT(d.fraction(), kMaxDifferingShare)
            << "shift " << shift << ": " << describe(d, kTolerance);
    }
}
