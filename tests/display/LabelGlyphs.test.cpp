// Label glyphs and the font texture: needs an X display for the GL context, like the other
// display tests.
#include "core/Theme.hpp"
#include "render/FontLocator.hpp"
#include "render/LabelRenderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

#include <cstring>

using namespace aimap;

namespace {

LabelRequest req(const char* text, Vec2 anchor, double radius, double priority, std::size_t item) {
    LabelRequest r;
    r.text = text;
    r.anchor = anchor;
    r.markerRadiusPx = radius;
    r.priority = priority;
    r.item = item;
    r.owner = item;
    return r;
}

// A label renderer with the CJK font the viewer finds, at `size` pixels.
void loadLabels(LabelRenderer& labels, unsigned size) {
    const std::string fontPath = findCjkFont();
    ASSERT_FALSE(fontPath.empty()) << "install a CJK font: apt-get install fonts-wqy-microhei";
    ASSERT_TRUE(labels.loadFont(fontPath));
    labels.setCharacterSize(size);
}

// Lays the labels out and draws them; returns whether the font's texture at `size` stayed as it
// was before the drawing (or, with `layoutToo`, before the layout): no glyph rendered then.
bool noGlyphRendered(LabelRenderer& labels, unsigned size, const std::vector<LabelRequest>& requests,
                     bool layoutToo, sf::Image& shot) {
    sf::Image before = labels.font().getTexture(size).copyToImage();
    EXPECT_EQ(labels.layout(requests, {}, {}, {800, 600}).size(), requests.size());
    if (!layoutToo)
        before = labels.font().getTexture(size).copyToImage();
    sf::RenderTexture target;
    EXPECT_TRUE(target.create(800, 600));
    labels.draw(target, theme());
    target.display();
    shot = target.getTexture().copyToImage();
    const sf::Image after = labels.font().getTexture(size).copyToImage();
    const std::size_t bytes = std::size_t{before.getSize().x} * before.getSize().y * 4;
    return before.getSize() == after.getSize() &&
           std::memcmp(before.getPixelsPtr(), after.getPixelsPtr(), bytes) == 0;
}

} // namespace

// Regression: the frame that first showed a dataset's labels took 40-60 ms on llvmpipe because
// their outlined glyphs were first rendered while drawing, each one updating the font's texture
// with draws pending. layout() now renders them, so drawing adds nothing to the texture.
TEST(LabelRenderer, GlyphsAreRenderedByTheLayoutNotWhileDrawing) {
    LabelRenderer labels;
    const unsigned size = 17;
    ASSERT_NO_FATAL_FAILURE(loadLabels(labels, size));
    // Characters no other test of this process has drawn at this size (sf::Text measures an x).
    const std::vector<LabelRequest> requests = {
        req("\xE4\xB9\x8C\xE9\xB2\x81\xE6\x9C\xA8\xE9\xBD\x90 Urumqi 7 412", {200, 100}, 6, 3,
            0),                                                        // 乌鲁木齐
        req("\xE6\x8B\x89\xE8\x90\xA8 Lhasa 58", {200, 300}, 4, 2, 1), // 拉萨
        req("\xE5\x93\x88\xE5\xAF\x86 Hami 0.9", {500, 200}, 3, 1, 2), // 哈密
    };
    sf::Image shot;
    EXPECT_TRUE(noGlyphRendered(labels, size, requests, false, shot))
        << "drawing the labels rendered glyphs the layout had not";
    // And the labels are there: dark text pixels near each anchor's right.
    for (const auto& r : requests) {
        int dark = 0;
        for (unsigned y = static_cast<unsigned>(r.anchor.y) - 10; y < r.anchor.y + 10; ++y)
            for (unsigned x = static_cast<unsigned>(r.anchor.x); x < r.anchor.x + 120; ++x)
                dark += shot.getPixel(x, y).r < 100 && shot.getPixel(x, y).a > 200;
        EXPECT_GT(dark, 20) << r.text;
    }
}

// Frames that wait for a file render label glyphs ahead, a slice per frame; the frame that then
// shows the labels renders none.
TEST(LabelRenderer, PrewarmRendersGlyphsAheadInSlices) {
    LabelRenderer labels;
    const unsigned size = 19;
    ASSERT_NO_FATAL_FAILURE(loadLabels(labels, size));
    // Those of the labels below (and the x by which sf::Text places a strike-through).
    const std::u32string chars = U" .0123456789GSXaeghinouxz\u5E7F\u5DDE\u6DF1\u5733\u897F\u5B81"; // 广州 深圳 西宁
    int calls = 0;
    while (!labels.prewarm(chars, 0.0)) // no time at all: one slice per call
        ASSERT_LT(++calls, 100);
    EXPECT_GE(calls, 2) << "a zero budget still renders everything in one call";
    const std::vector<LabelRequest> requests = {
        req("\xE5\xB9\xBF\xE5\xB7\x9E Guangzhou 1.5", {200, 100}, 6, 3, 0), // 广州
        req("\xE6\xB7\xB1\xE5\x9C\xB3 Shenzhen 220", {200, 300}, 4, 2, 1),  // 深圳
        req("\xE8\xA5\xBF\xE5\xAE\x81 Xining 0.07", {500, 200}, 3, 1, 2),   // 西宁
    };
    sf::Image shot;
    EXPECT_TRUE(noGlyphRendered(labels, size, requests, true, shot))
        << "the labels needed glyphs that prewarm had not rendered";
}
