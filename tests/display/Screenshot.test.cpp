// Display tests: render with the real executable (headless --screenshot needs an X display; CI
// runs these under Xvfb) and check pixels of the PNG it writes.
#include "support/Process.hpp"

#include <SFML/Graphics/Image.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace aimap::test;

namespace {

const std::string kExe = AIMAP_EXE;
const std::string kSize = "1280x720";

std::string tmp(const std::string& name) {
    return testing::TempDir() + "aimap_" + name;
}

struct Point {
    int x = 0, y = 0;
    double r = 0;
};

Point markerOf(const std::string& city, const std::string& extra = "") {
    const auto r =
        run(quote(kExe) + " --size " + kSize + " --print-marker " + quote(city) + " " + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    Point p;
    std::istringstream(r.out) >> p.x >> p.y >> p.r;
    return p;
}

sf::Image shoot(const std::string& name, const std::string& extra = "") {
    const std::string png = tmp(name + ".png");
    std::remove(png.c_str());
    const auto r =
        run(quote(kExe) + " --size " + kSize + " --screenshot " + quote(png) + " " + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    sf::Image img;
    EXPECT_TRUE(img.loadFromFile(png)) << png;
    if (img.getSize().x == 0) // keep the pixel checks below failing, not crashing
        img.create(1280, 720, sf::Color::Magenta);
    return img;
}

// Pixel at (x, y), clamped to the image so a wrong position fails an assertion, not the process.
sf::Color at(const sf::Image& img, int x, int y) {
    const int w = static_cast<int>(img.getSize().x), h = static_cast<int>(img.getSize().y);
    return img.getPixel(static_cast<unsigned>(std::clamp(x, 0, w - 1)),
                        static_cast<unsigned>(std::clamp(y, 0, h - 1)));
}

bool near(sf::Color c, int r, int g, int b, int tol) {
    return std::abs(c.r - r) <= tol && std::abs(c.g - g) <= tol && std::abs(c.b - b) <= tol;
}

std::string str(sf::Color c) {
    return "(" + std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b) + ")";
}

} // namespace

TEST(Screenshot, DefaultViewHasSeaLandMarkersAndTheRequestedSize) {
    const sf::Image img = shoot("default");
    ASSERT_EQ(img.getSize().x, 1280u);
    ASSERT_EQ(img.getSize().y, 720u);
    // Shanghai has the largest value of the default metric (AI industry scale, 2020): its marker
    // is marker orange (translucent fill over land).
    const Point sh = markerOf("Shanghai");
    ASSERT_GT(sh.r, 20);
    const sf::Color fill = at(img, sh.x, sh.y - static_cast<int>(sh.r / 2)); // above: no label
    EXPECT_GT(fill.r, fill.b + 80) << str(fill);
    EXPECT_GT(fill.r, fill.g + 40) << str(fill);
    // 90 px east of Shanghai and 40 px south (below its label) is the East China Sea.
    const sf::Color sea = at(img, sh.x + 90, sh.y + 40);
    EXPECT_TRUE(near(sea, 214, 226, 234, 6)) << str(sea);
}

// Issue 14: a city without a figure is a small, light ring (absent, not zero, and quiet): 17
// rings as large and dark as data markers looked like data.
TEST(Screenshot, CityWithoutAFigureIsAQuietHollowRing) {
    // Xi'an has no figure for the default metric: its ring is light grey, its centre shows the
    // land, and it is smaller than the smallest data marker (the 3 px minimum dot at scale 1).
    const sf::Image img = shoot("hollow");
    const Point xa = markerOf("Xi'an");
    EXPECT_LE(xa.r, 4.5);
    // The centre shows the land (a pixel of the 3x3 around it: a border line may pass by).
    bool land = false;
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
            land = land || near(at(img, xa.x + dx, xa.y + dy), 250, 247, 240, 8);
    EXPECT_TRUE(land) << str(at(img, xa.x, xa.y));
    bool greyRing = false, darkRing = false;
    for (int dx = -static_cast<int>(xa.r) - 1; dx <= 0; ++dx) {
        const sf::Color c = at(img, xa.x + dx, xa.y);
        greyRing = greyRing || (c.r < 200 && std::abs(c.r - c.b) < 16);
        darkRing = darkRing || (c.r < 120 && c.g < 120 && c.b < 120);
    }
    EXPECT_TRUE(greyRing);
    EXPECT_FALSE(darkRing);
}

TEST(Screenshot, SelectOpensTheCityCardOnTheRight) {
    const std::string dump = tmp("select_dump.json");
    std::remove(dump.c_str());
    const sf::Image plain = shoot("noselect");
    const sf::Image card = shoot("select", "--select Jinan --ui-dump " + quote(dump));
    // The card is a light panel at the right edge, where the plain map shows sea or land.
    int changed = 0;
    for (int y = 100; y < 600; y += 10) {
        const sf::Color a = at(plain, 1200, y), b = at(card, 1200, y);
        changed += (a != b);
    }
    EXPECT_GT(changed, 30);
    const auto j = nlohmann::json::parse(readFile(dump));
    EXPECT_EQ(j["selected"], "jinan");
    EXPECT_EQ(j["card"]["name_zh"], "\xE6\xB5\x8E\xE5\x8D\x97");
}

TEST(Screenshot, SelectAcceptsChineseName) {
    const std::string dump = tmp("select_zh.json");
    std::remove(dump.c_str());
    shoot("select_zh", "--select \xE6\xB5\x8E\xE5\x8D\x97 --ui-dump " + quote(dump));
    EXPECT_EQ(nlohmann::json::parse(readFile(dump))["selected"], "jinan");
}

TEST(Screenshot, MetricAndYearOptionsChangeTheMap) {
    const sf::Image y2018 = shoot("y2018", "--metric ai_industry_scale_cny --year 2018");
    const sf::Image y2020 = shoot("y2020", "--metric ai_industry_scale_cny --year 2020");
    // Jinan grew from 41.7 to 70 bn: its 2020 circle is larger on the same scale.
    const Point j18 = markerOf("Jinan", "--metric ai_industry_scale_cny --year 2018");
    const Point j20 = markerOf("Jinan", "--metric ai_industry_scale_cny --year 2020");
    EXPECT_NEAR(j20.r * j20.r / (j18.r * j18.r), 70.0 / 41.7, 0.1);
    EXPECT_NE(at(y2018, j20.x + static_cast<int>(j20.r) - 2, j20.y),
              at(y2020, j20.x + static_cast<int>(j20.r) - 2, j20.y));
}

TEST(Screenshot, UnknownCityMetricOrYearIsAClearError) {
    auto r = run(quote(kExe) + " --screenshot " + quote(tmp("x.png")) + " --select Atlantis");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown city 'Atlantis'"), std::string::npos) << r.err;
    r = run(quote(kExe) + " --screenshot " + quote(tmp("x.png")) + " --metric nope");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown metric 'nope'"), std::string::npos) << r.err;
    r = run(quote(kExe) + " --screenshot " + quote(tmp("x.png")) +
            " --metric ai_enterprises_count --year 1999");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no values for 1999"), std::string::npos) << r.err;
}

TEST(Screenshot, BadDataFileNamesFileAndPlaceAndDoesNotCrash) {
    const std::string bad = AIMAP_FIXTURES "/datasets/bad/missing-comma.json";
    const auto r =
        run(quote(kExe) + " --data " + quote(bad) + " --screenshot " + quote(tmp("bad.png")));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(bad + ":5:3: error"), std::string::npos) << r.err;
}

// Regression: a --data path that is not UTF-8 ended with "unexpected error: [json.exception.
// type_error.316]" (saving it as a recent file) and left a settings.json.tmp behind.
TEST(Screenshot, ADataPathThatIsNotUtf8IsShown) {
    const std::string data = tmp("caf\xE9-latin1.json");
    std::filesystem::copy_file(AIMAP_FIXTURES "/datasets/minimal.json", data,
                               std::filesystem::copy_options::overwrite_existing);
    const std::string png = tmp("non-utf8-path.png");
    std::remove(png.c_str());
    const auto r = run(quote(kExe) + " --size " + kSize + " --data " + quote(data) +
                       " --select jinan --screenshot " + quote(png));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("error"), std::string::npos) << r.err;
    sf::Image img;
    ASSERT_TRUE(img.loadFromFile(png)) << r.err;
    EXPECT_EQ(img.getSize().x, 1280u);
    std::filesystem::remove(data);
}

namespace {

// Renders one frame of `data` with --ui-dump; the dump's text ("" when none was written) and
// the run's exit code and stderr.
struct DumpRun {
    int exitCode = -1;
    std::string err;
    std::string dump;
};
DumpRun shootWithDump(const std::string& data, const std::string& name) {
    const std::string png = tmp(name + ".png");
    const std::string dump = tmp(name + ".dump.json");
    std::remove(dump.c_str());
    const auto r = run(quote(kExe) + " --size " + kSize + " --data " + quote(data) + " --ui-dump " +
                       quote(dump) + " --screenshot " + quote(png));
    std::ifstream in(dump);
    return {r.exitCode, r.err,
            std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>())};
}

} // namespace

// Regression: the UI dump wrote the data path as JSON and aborted with type_error.316 when the
// path was not UTF-8.
TEST(Screenshot, UiDumpOfADataPathThatIsNotUtf8) {
    const std::string data = tmp("caf\xE9-dump.json");
    std::filesystem::copy_file(AIMAP_FIXTURES "/datasets/minimal.json", data,
                               std::filesystem::copy_options::overwrite_existing);
    const DumpRun r = shootWithDump(data, "non-utf8-dump");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("error"), std::string::npos) << r.err;
    EXPECT_NE(r.dump.find("caf\xEF\xBF\xBD-dump.json"), std::string::npos) << r.dump;
    std::filesystem::remove(data);
}

// Regression (issue 13): the warnings of a good load (an enterprise 1,187 km from the city it is
// counted in) went to the terminal only. The viewer shows them, and the dump counts them apart
// from errors.
TEST(Screenshot, TheWarningsOfAGoodLoadAreShown) {
    const std::string data = tmp("far-enterprise.csv");
    {
        std::ofstream out(data);
        out << "name,lon,lat,sector,year,source\nTokyo Co,139.69,35.69,iot,2020,R\n"
               "Jinan Co,117.1,36.7,iot,2020,R\n";
    }
    const DumpRun r = shootWithDump(data, "warnings");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.dump);
    EXPECT_EQ(j["load_errors"], 0);
    EXPECT_EQ(j["load_warnings"], 1);
    EXPECT_EQ(j["values"], 2);
    std::filesystem::remove(data);
}

// Regression (issue 13): a name in Arabic was drawn as "?????" without a word (the panels' font
// has no Arabic glyphs). The viewer says so among the load's warnings.
TEST(Screenshot, TextThePanelsCannotDrawIsWarnedAbout) {
    const DumpRun r = shootWithDump(AIMAP_FIXTURES "/datasets/odd/arabic-name.json", "arabic");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.dump);
    EXPECT_EQ(j["load_errors"], 0);
    EXPECT_EQ(j["load_warnings"], 1);
}

// Regression (issue 13): a DISPLAY naming a server that is not there aborted in SFML (SIGABRT,
// exit 134).
TEST(Screenshot, ADisplayThatDoesNotAnswerIsSaidInOneLine) {
    const auto r = run("env DISPLAY=:4242 " + quote(kExe) + " --screenshot " +
                       quote(tmp("never.png")));
    EXPECT_EQ(r.exitCode, 3) << r.err;
    EXPECT_NE(r.err.find("DISPLAY is :4242 but no X server answers there"), std::string::npos)
        << r.err;
}

TEST(Screenshot, NoDisplaySaysSoInOneLineAndShowsTheHeadlessCommand) {
    const auto r = run("env -u DISPLAY -u WAYLAND_DISPLAY " + quote(kExe));
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("no display"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--screenshot"), std::string::npos) << r.err;
}

TEST(Screenshot, LabelLanguageSwitches) {
    const sf::Image zh = shoot("labels_zh", "--labels zh");
    const sf::Image en = shoot("labels_en", "--labels en");
    // Labels sit right of the markers; compare the band to the right of Beijing's marker.
    const Point bj = markerOf("Beijing");
    int differing = 0;
    for (int x = bj.x + 16; x < bj.x + 110; ++x)
        for (int y = bj.y - 10; y < bj.y + 10; ++y)
            differing += at(zh, x, y) != at(en, x, y);
    EXPECT_GT(differing, 50);
}

// Issue 14: the pilot zones are a layer a presenter switches on; it follows the year shown.
TEST(Screenshot, PilotZoneLayerMarksZoneCitiesByYear) {
    const auto dumpFor = [](const std::string& name, const std::string& args) {
        const std::string dump = tmp(name + ".dump.json");
        std::remove(dump.c_str());
        const auto r = run(quote(kExe) + " --size " + kSize + " --ui-dump " + quote(dump) +
                           " --screenshot " + quote(tmp(name + ".png")) + " " + args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        std::ifstream in(dump);
        return nlohmann::json::parse(in);
    };
    EXPECT_TRUE(dumpFor("nozones", "")["zones"].empty()); // off by default
    const auto j = dumpFor("zones2020", "--metric ai_industry_scale_cny --year 2020 --zones MIIT");
    // MIIT: 11 zones, Jinan-Qingdao marks two cities; 3 approved by the end of 2020 (Shanghai
    // Pudong 2019-05, Jinan-Qingdao and Shenzhen 2019-10).
    ASSERT_EQ(j["zones"].size(), 12u);
    int approved = 0;
    for (const auto& z : j["zones"])
        approved += z["approved"].get<bool>();
    EXPECT_EQ(approved, 4); // Shanghai, Jinan, Qingdao, Shenzhen
    const Point sh = markerOf("Shanghai");
    bool shanghai = false;
    for (const auto& z : j["zones"])
        if (z["city"] == "shanghai")
            shanghai = std::abs(z["x"].get<int>() - sh.x) <= 1 && std::abs(z["y"].get<int>() - sh.y) <= 1;
    EXPECT_TRUE(shanghai);
    // Regression (issue 14): labels ran into the zone symbols (at 1280x720 in the room setting,
    // "西安 Xi'an" and "广州 Guangzhou" touched their diamonds). A city's label keeps clear of its
    // own symbols.
    const auto all = dumpFor("zonesroom", "--ui-scale room --zones all");
    ASSERT_FALSE(all["zones"].empty());
    for (const auto& z : all["zones"])
        for (const auto& l : all["labels"]) {
            if (!l.contains("city") || l["city"] != z["city"])
                continue;
            const double x = z["x"], y = z["y"], r = z["r"];
            const auto& b = l["rect"];
            const double dx =
                x - std::clamp(x, b[0].get<double>(), b[0].get<double>() + b[2].get<double>());
            const double dy =
                y - std::clamp(y, b[1].get<double>(), b[1].get<double>() + b[3].get<double>());
            EXPECT_GE(dx * dx + dy * dy, (r - 1) * (r - 1)) << l["text"] << " on its zone symbol";
        }
    // An unknown programme is an error listing the programmes.
    const auto bad = run(quote(kExe) + " --size " + kSize + " --zones nasa --print-marker Jinan");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("MIIT"), std::string::npos) << bad.err;
}

// Issue 14: a ranking is drawn as badges (never circles) and can be chosen on the command line.
TEST(Screenshot, RankLayerDrawsBadgesInRankOrder) {
    const std::string dump = tmp("ranks.dump.json");
    std::remove(dump.c_str());
    const auto r = run(quote(kExe) + " --size " + kSize + " --ui-dump " + quote(dump) +
                       " --screenshot " + quote(tmp("ranks.png")) +
                       " --ranks idc_inspur_ai_city_rank:2021");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(dump);
    const auto j = nlohmann::json::parse(in);
    // IDC & Inspur 2021: Beijing, Hangzhou, Shenzhen, Nanjing, Shanghai first (data/README.md).
    ASSERT_EQ(j["ranks"].size(), 10u);
    EXPECT_EQ(j["ranks"][0]["city"], "beijing");
    EXPECT_EQ(j["ranks"][0]["text"], "#1");
    EXPECT_EQ(j["ranks"][1]["city"], "hangzhou");
    // The metric shown is still a size metric: the ranking did not become circle areas.
    EXPECT_NE(j["metric"], "idc_inspur_ai_city_rank");
    const auto bad = run(quote(kExe) + " --size " + kSize + " --ranks ai_industry_scale_cny --print-marker Jinan");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("idc_inspur_ai_city_rank:2021"), std::string::npos) << bad.err;
}

// Issue 14: with the room setting at 1280x720, map labels and panel text are at least 20 px and
// the control panel and the legend do not cover each other (the options fold away).
TEST(Screenshot, RoomSettingMakesTextLargeAndKeepsPanelsApart) {
    const std::string dump = tmp("room.dump.json");
    std::remove(dump.c_str());
    const auto r = run(quote(kExe) + " --size 1280x720 --ui-dump " + quote(dump) +
                       " --screenshot " + quote(tmp("room.png")) + " --ui-scale room");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(dump);
    const auto j = nlohmann::json::parse(in);
    EXPECT_GE(j["label_text_px"].get<int>(), 20);
    EXPECT_GE(j["panel_text_px"].get<int>(), 20);
    const auto& p = j["panel_rects"];
    ASSERT_GE(p.size(), 2u);
    for (std::size_t a = 0; a < p.size(); ++a)
        for (std::size_t b = a + 1; b < p.size(); ++b) {
            const bool apart = p[a][0].get<double>() + p[a][2].get<double>() <= p[b][0].get<double>() ||
                               p[b][0].get<double>() + p[b][2].get<double>() <= p[a][0].get<double>() ||
                               p[a][1].get<double>() + p[a][3].get<double>() <= p[b][1].get<double>() ||
                               p[b][1].get<double>() + p[b][3].get<double>() <= p[a][1].get<double>();
            EXPECT_TRUE(apart) << p[a].dump() << " and " << p[b].dump();
        }
    const auto bad = run(quote(kExe) + " --size 1280x720 --ui-scale huge --print-marker Jinan");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("desk, room"), std::string::npos) << bad.err;
}
