// The label font's glyphs as outlines (exports with text as outlines): FreeType's outlines of
// the font the viewer finds, placed with sf::Font's advances, so an outlined line is as wide as
// sf::Text measures it and lands where sf::Text draws it. Needs an X display: sf::Font renders
// glyphs into a texture.
#include "render/FontGlyphOutlines.hpp"
#include "core/export/SvgWriter.hpp"
#include "core/export/TextOutlines.hpp"
#include "render/FontLocator.hpp"

#include <SFML/Graphics/Text.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace aimap;

namespace {

struct LoadedFont {
    std::string path = findCjkFont();
    sf::Font font;
    bool ok = !path.empty() && font.loadFromFile(path);
};

// The x extent of a path's on-curve points (pixels).
std::pair<double, double> xExtent(const GlyphPath& p) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& c : p.commands) {
        const int last = c.op == GlyphPath::Op::Quad ? 1 : c.op == GlyphPath::Op::Cubic ? 2 : 0;
        if (c.op == GlyphPath::Op::Close)
            continue;
        lo = std::min(lo, c.p[last].x);
        hi = std::max(hi, c.p[last].x);
    }
    return {lo, hi};
}

const char* const kLines[] = {"济南 Jinan",
                              "上海 Shanghai +2",
                              "南海诸岛",
                              "2020全球人工智能产业地图:全球人工智能产业规模",
                              "AI servers, 2023: CNY 27.1 bn (P07–P18)",
                              "WAVE Te To \"ok\""};

} // namespace

TEST(FontGlyphOutlines, AnOutlinedLineIsAsWideAsSfTextMeasuresItAndWhereItDrawsIt) {
    const LoadedFont f;
    ASSERT_TRUE(f.ok) << "install a CJK font: apt-get install fonts-wqy-microhei";
    FontGlyphOutlines glyphs(f.font, f.path);
    ASSERT_TRUE(glyphs.ok()) << glyphs.error();
    for (const unsigned size : {12u, 16u, 23u, 39u, 87u})
        for (const char* line : kLines) {
            const std::string s = line;
            sf::Text t(sf::String::fromUtf8(s.begin(), s.end()), f.font, size);
            const double measured = t.findCharacterPos(t.getString().getSize()).x;
            const std::u32string cps = svgCodePoints(s);
            EXPECT_EQ(outlinedTextWidth(cps, size, glyphs), measured) << line << " at " << size;
            // The ink: sf::Text's glyphs (hinted, their bitmaps whole pixels) and the unhinted
            // outlines agree within 1.5 px at either end for each anchor (up to 1.13 px measured,
            // at every size from 12 to 87 px; the renderer shifts by the rounded width).
            const sf::FloatRect ink = t.getLocalBounds();
            for (const TextAnchor anchor :
                 {TextAnchor::Start, TextAnchor::Middle, TextAnchor::End}) {
                const double shift = anchor == TextAnchor::Start    ? 0
                                     : anchor == TextAnchor::Middle ? std::round(measured / 2)
                                                                    : std::round(measured);
                const auto [lo, hi] = xExtent(textOutline(cps, {500, 100}, anchor, size, glyphs));
                const double tolerance = 1.5;
                EXPECT_NEAR(lo, 500 - shift + ink.left, tolerance) << line << " at " << size;
                EXPECT_NEAR(hi, 500 - shift + ink.left + ink.width, tolerance)
                    << line << " at " << size;
            }
        }
}

TEST(FontGlyphOutlines, AMissingCharacterIsTheFontsMissingGlyphBoxWithSfmlsAdvance) {
    const LoadedFont f;
    ASSERT_TRUE(f.ok);
    FontGlyphOutlines glyphs(f.font, f.path);
    // Neither the snowman nor an emoji is in the font: both are its glyph 0 (SFML draws the
    // same), a box of contours, never nothing.
    const GlyphPath& snowman = glyphs.outline(U'\u2603');
    const GlyphPath& emoji = glyphs.outline(U'\U0001F600');
    ASSERT_FALSE(snowman.empty());
    ASSERT_EQ(snowman.commands.size(), emoji.commands.size());
    for (std::size_t i = 0; i < snowman.commands.size(); ++i)
        EXPECT_EQ(snowman.commands[i].p[0].x, emoji.commands[i].p[0].x);
    EXPECT_EQ(glyphs.advancePx(U'\u2603', 24), f.font.getGlyph(U'\u2603', 24, false).advance);
    // 中 is in the font: three contours (its box, its hole, the stroke through it).
    const GlyphPath& zhong = glyphs.outline(U'中');
    EXPECT_EQ(std::count_if(zhong.commands.begin(), zhong.commands.end(),
                            [](const auto& c) { return c.op == GlyphPath::Op::Move; }),
              3);
    // A space has no outline.
    EXPECT_TRUE(glyphs.outline(U' ').empty());
}

TEST(FontGlyphOutlines, EachGlyphIsReadFromTheFontOnce) {
    const LoadedFont f;
    ASSERT_TRUE(f.ok);
    FontGlyphOutlines glyphs(f.font, f.path);
    const GlyphPath* first = &glyphs.outline(U'济');
    for (int i = 0; i < 3; ++i)
        for (const char32_t cp : {U'济', U'南', U'J', U'济'})
            glyphs.outline(cp);
    EXPECT_EQ(&glyphs.outline(U'济'), first);
    EXPECT_EQ(glyphs.glyphsRead(), 3u);
}

TEST(FontGlyphOutlines, AFileThatIsNoFontIsAnErrorNotACrash) {
    const LoadedFont f;
    ASSERT_TRUE(f.ok);
    FontGlyphOutlines glyphs(f.font, std::string(AIMAP_ROOT) + "/README.md");
    EXPECT_FALSE(glyphs.ok());
    EXPECT_NE(glyphs.error().find("README.md"), std::string::npos) << glyphs.error();
    EXPECT_TRUE(glyphs.outline(U'A').empty());
}

TEST(FontGlyphOutlines, ACffFontsArcsAreCubicAndItsLinesAsWideAsMeasured) {
    // The viewer's font is TrueType (quadratic arcs); CJK fonts such as Noto Sans CJK are CFF.
    // Debian's fonts-urw-base35 (pulled in by ImageMagick's Ghostscript) has a CFF sans.
    const std::string path = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf";
    sf::Font font;
    if (!font.loadFromFile(path))
        GTEST_SKIP() << "no CFF font: apt-get install fonts-urw-base35";
    FontGlyphOutlines glyphs(font, path);
    ASSERT_TRUE(glyphs.ok()) << glyphs.error();
    const GlyphPath& o = glyphs.outline(U'o');
    EXPECT_TRUE(std::any_of(o.commands.begin(), o.commands.end(),
                            [](const auto& c) { return c.op == GlyphPath::Op::Cubic; }));
    EXPECT_TRUE(std::none_of(o.commands.begin(), o.commands.end(),
                             [](const auto& c) { return c.op == GlyphPath::Op::Quad; }));
    const std::string s = "AVATAR To Wavy 27.1 bn";
    sf::Text t(sf::String::fromUtf8(s.begin(), s.end()), font, 31);
    EXPECT_EQ(outlinedTextWidth(svgCodePoints(s), 31, glyphs),
              t.findCharacterPos(t.getString().getSize()).x);
}
