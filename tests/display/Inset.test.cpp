// The South China Sea inset in the real executable: it stays put while the map pans and zooms,
// moves beside an open card, and labels keep clear of it (--ui-dump's inset_rect).
#include "support/Process.hpp"

#include "core/data/BasemapLoader.hpp"
#include "core/geo/Projection.hpp"
#include "core/view/InsetLayout.hpp"

#include <SFML/Graphics/Image.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

using namespace aimap::test;
using aimap::LonLat;

namespace {

struct Shot {
    sf::Image image;
    nlohmann::json dump;
};

Shot shoot(const std::string& name, const std::string& size, const std::string& args) {
    const std::string png = testing::TempDir() + "aimap_inset_" + name + ".png";
    const std::string dump = testing::TempDir() + "aimap_inset_" + name + ".json";
    std::remove(png.c_str());
    std::remove(dump.c_str());
    const auto r = run(quote(AIMAP_EXE) + " --clock 09:30:00 --size " + size + " --screenshot " +
                       quote(png) + " --ui-dump " + quote(dump) + " " + args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    Shot s;
    EXPECT_TRUE(s.image.loadFromFile(png)) << png;
    s.dump = nlohmann::json::parse(readFile(dump), nullptr, false);
    return s;
}

// Pixels of `a` and `b` inside rect [x, y, w, h] that differ.
int differing(const sf::Image& a, const sf::Image& b, const nlohmann::json& rect) {
    int n = 0;
    const int x0 = rect[0], y0 = rect[1], w = rect[2], h = rect[3];
    for (int y = y0; y < y0 + h; ++y)
        for (int x = x0; x < x0 + w; ++x)
            n += a.getPixel(x, y) != b.getPixel(x, y);
    return n;
}

} // namespace

TEST(Inset, StaysPutWhileTheMapPansAndZooms) {
    const Shot fit = shoot("fit", "1280x720", "");
    const Shot moved = shoot("moved", "1280x720", "--centre 113.3,23.1 --zoom 2.5");
    ASSERT_TRUE(fit.dump.is_object() && moved.dump.is_object());
    ASSERT_TRUE(fit.dump["inset_rect"].is_array()) << fit.dump.dump();
    EXPECT_EQ(fit.dump["inset_rect"], moved.dump["inset_rect"]);
    // ...and shows the same picture: nothing of the main map shows through.
    EXPECT_EQ(differing(fit.image, moved.image, fit.dump["inset_rect"]), 0);
    // At the lower right, inside the window.
    const auto& r = fit.dump["inset_rect"];
    EXPECT_EQ(r[0].get<double>() + r[2].get<double>(), 1280 - 12);
    EXPECT_EQ(r[1].get<double>() + r[3].get<double>(), 720 - 12);
}

TEST(Inset, MovesBesideAnOpenCard) {
    const Shot card = shoot("card", "1280x720", "--select shanghai");
    ASSERT_TRUE(card.dump.is_object());
    ASSERT_FALSE(card.dump["card"].is_null());
    const auto& r = card.dump["inset_rect"];
    ASSERT_TRUE(r.is_array()) << card.dump.dump();
    // The card: 500 px wide, 12 px in from the right edge; the inset 12 px left of it.
    EXPECT_LE(r[0].get<double>() + r[2].get<double>(), 1280 - 12 - 500 - 12);
    EXPECT_EQ(r[1].get<double>() + r[3].get<double>(), 720 - 12);
}

TEST(Inset, CaptionFollowsTheLabelLanguage) {
    const Shot zh = shoot("zh", "1280x720", "--labels zh");
    const Shot en = shoot("en", "1280x720", "--labels en");
    const Shot both = shoot("both", "1280x720", "--labels both");
    // One caption line for one language, two for both: the box is taller by a line.
    const double hZh = zh.dump["inset_rect"][3], hEn = en.dump["inset_rect"][3],
                 hBoth = both.dump["inset_rect"][3];
    EXPECT_EQ(hZh, hEn);
    EXPECT_GT(hBoth, hZh);
    EXPECT_GT(differing(zh.image, en.image, zh.dump["inset_rect"]), 20);
}

namespace {

// The colour at `ll` in the inset of a 1280x720 screenshot whose inset_rect is `rect`: its map
// part is the top 0.30 * 720 = 216 pixels (README), shown through the inset's camera.
sf::Color insetPixel(const sf::Image& img, const nlohmann::json& rect, LonLat ll) {
    aimap::InsetPlacement p;
    p.map.min = {rect[0].get<double>(), rect[1].get<double>()};
    p.map.max = {p.map.min.x + rect[2].get<double>(), p.map.min.y + 216};
    const aimap::Camera c = aimap::insetCamera(p, aimap::insetWorldBox(aimap::Projection::china()));
    const aimap::Vec2 s = c.worldToScreen(aimap::Projection::china().forward(ll));
    return img.getPixel(static_cast<unsigned>(p.map.min.x + std::floor(s.x)),
                        static_cast<unsigned>(p.map.min.y + std::floor(s.y)));
}

bool near(sf::Color a, sf::Color b, int tol = 3) {
    return std::abs(a.r - b.r) <= tol && std::abs(a.g - b.g) <= tol && std::abs(a.b - b.b) <= tol;
}

std::string str(sf::Color c) {
    return std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b);
}

} // namespace

// What the inset shows, where the projection says it is: China's land (Hainan, Taiwan) in the
// main map's China fill, Luzon in the neighbours' fill, the sea, the Paracels' largest island
// (Woody Island) as a dark dot, and every one of the nine dashes.
TEST(Inset, ShowsChinaTheIslandsAndTheDashesWhereTheProjectionPutsThem) {
    const Shot s = shoot("content", "1280x720", "");
    const auto& r = s.dump["inset_rect"];
    ASSERT_TRUE(r.is_array());
    const sf::Color chinaLand(250, 247, 240), foreignLand(236, 234, 229), sea(214, 226, 234);
    // The main map's China: the same fill (a point of Qinghai away from every border and label).
    EXPECT_TRUE(near(s.image.getPixel(560, 330), chinaLand)) << str(s.image.getPixel(560, 330));
    for (LonLat ll : {LonLat{109.7, 19.1}, LonLat{120.9, 23.3}}) {
        const sf::Color c = insetPixel(s.image, r, ll);
        EXPECT_TRUE(near(c, chinaLand)) << ll.lon << " " << ll.lat << ": " << str(c);
    }
    EXPECT_TRUE(near(insetPixel(s.image, r, {121.0, 16.6}), foreignLand))
        << str(insetPixel(s.image, r, {121.0, 16.6}));
    EXPECT_TRUE(near(insetPixel(s.image, r, {114.0, 14.0}), sea))
        << str(insetPixel(s.image, r, {114.0, 14.0}));
    const auto dark = [](sf::Color c) { return c.r + c.g + c.b < 3 * 170; };
    const sf::Color woody = insetPixel(s.image, r, {112.332, 16.8315});
    EXPECT_TRUE(dark(woody)) << "Woody Island: " << str(woody);
    aimap::Diagnostics d;
    const auto layer = aimap::loadBasemapLayer(AIMAP_ROOT "/data/basemap/south-china-sea.json", d);
    ASSERT_TRUE(layer) << d.format();
    int dashes = 0;
    for (const auto& f : layer->features)
        for (const auto& line : f.lines) {
            const LonLat mid = aimap::Projection::china().inverse(line[line.size() / 2]);
            const sf::Color c = insetPixel(s.image, r, mid);
            EXPECT_TRUE(dark(c)) << "dash at " << mid.lon << " " << mid.lat << ": " << str(c);
            ++dashes;
        }
    EXPECT_EQ(dashes, 9);
}
