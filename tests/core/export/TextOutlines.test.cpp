// Text as outlines (issue 15, exports): a text's glyphs placed as the renderer places them (the
// measured advances and kerning, the anchor's rounded shift), written as SVG path data, and the
// SVG writer's <path> in place of <text>. A fake font stands in for FreeType.
#include "core/export/TextOutlines.hpp"
#include "core/export/SvgWriter.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace aimap;

namespace {

using Op = GlyphPath::Op;

// A font of three glyphs, in ems: 'A' a square (lines), 'B' a quadratic arc, 中 a cubic one; any
// other code point a one-line "missing" mark. Advances in whole pixels as the renderer's are:
// 'A' 0.5 em, 'B' 0.6 em, 中 1 em, a space 0.25 em; 'A' then 'B' kerned by -1 px; line spacing
// 1.25 em. It counts what it is asked.
class FakeGlyphs : public GlyphOutlines {
public:
    std::map<char32_t, int> outlinesAsked;

    const GlyphPath& outline(char32_t cp) override {
        ++outlinesAsked[cp];
        if (cp == U'A')
            return m_a;
        if (cp == U'B')
            return m_b;
        if (cp == U'中')
            return m_zhong;
        return m_missing;
    }
    double advancePx(char32_t cp, unsigned size) override {
        const double em = cp == U'A' ? 0.5 : cp == U'B' ? 0.6 : cp == U' ' ? 0.25 : 1.0;
        return std::round(em * size);
    }
    double kerningPx(char32_t l, char32_t r, unsigned) override {
        return l == U'A' && r == U'B' ? -1 : 0;
    }
    double lineSpacingPx(unsigned size) override { return 1.25 * size; }

private:
    GlyphPath m_a{{{Op::Move, {{0, 0}}},
                   {Op::Line, {{0.4, 0}}},
                   {Op::Line, {{0.4, -0.4}}},
                   {Op::Line, {{0, -0.4}}},
                   {Op::Close, {}}}};
    GlyphPath m_b{{{Op::Move, {{0, 0}}}, {Op::Quad, {{0.25, -0.5}, {0.5, 0}}}, {Op::Close, {}}}};
    GlyphPath m_zhong{{{Op::Move, {{0.1, 0}}},
                       {Op::Cubic, {{0.1, -0.8}, {0.9, -0.8}, {0.9, 0}}},
                       {Op::Close, {}}}};
    GlyphPath m_missing{{{Op::Move, {{0, 0}}}, {Op::Line, {{0, -0.5}}}, {Op::Close, {}}}};
};

DisplayText text(const char* utf8, Vec2 baseline, TextAnchor anchor = TextAnchor::Start,
                 unsigned size = 10) {
    DisplayText t;
    t.utf8 = utf8;
    t.baseline = baseline;
    t.anchor = anchor;
    t.sizePx = size;
    return t;
}

// The text's outline as the SVG writer makes it (the code points the SVG holds).
GlyphPath outlineOf(const DisplayText& t, GlyphOutlines& glyphs) {
    return textOutline(svgCodePoints(t.utf8), t.baseline, t.anchor, t.sizePx, glyphs);
}

std::string pathOf(const DisplayText& t) {
    FakeGlyphs glyphs;
    return svgPathData(outlineOf(t, glyphs));
}

} // namespace

TEST(TextOutlines, EachGlyphAtThePenScaledToTheFontSize) {
    // 'A' at x 100, 'B' after A's 5 px advance and -1 px of kerning: at 104.
    EXPECT_EQ(pathOf(text("AB", {100, 50})), "M100 50L104 50L104 46L100 46Z"
                                             "M104 50Q106.5 45 109 50Z");
    // 中's cubic arc at 20 px; the second 中 a whole em (20 px) later, no kerning.
    EXPECT_EQ(pathOf(text("中中", {10.25, 30}, TextAnchor::Start, 20)),
              "M12.25 30C12.25 14 28.25 14 28.25 30Z"
              "M32.25 30C32.25 14 48.25 14 48.25 30Z");
}

TEST(TextOutlines, TheAnchorShiftsByTheMeasuredWidthRoundedAsTheRendererDoes) {
    // "AB" measures 5 - 1 + 6 = 10 px: the middle 5 px left of the baseline point, the end 10.
    EXPECT_EQ(pathOf(text("AB", {100, 50}, TextAnchor::Middle)), "M95 50L99 50L99 46L95 46Z"
                                                                 "M99 50Q101.5 45 104 50Z");
    EXPECT_EQ(pathOf(text("AB", {100, 50}, TextAnchor::End)), "M90 50L94 50L94 46L90 46Z"
                                                              "M94 50Q96.5 45 99 50Z");
    // "A" at 9 px is 5 px wide (4.5 rounded, as a hinted font's advances are whole pixels): the
    // renderer shifts it by round(2.5) = 3 px, not 2.5.
    EXPECT_EQ(pathOf(text("A", {100, 50}, TextAnchor::Middle, 9)),
              "M97 50L100.6 50L100.6 46.4L97 46.4Z");
}

TEST(TextOutlines, SpacesAndTabsMoveThePenLineFeedsStartANewLine) {
    // A space is 2.5 px at 10 px (0.25 em, the fake's rounding gives 3), a tab four spaces;
    // neither draws anything.
    EXPECT_EQ(pathOf(text("A A", {0, 20})), "M0 20L4 20L4 16L0 16Z"
                                            "M8 20L12 20L12 16L8 16Z");
    EXPECT_EQ(pathOf(text("\tA", {0, 20})), "M12 20L16 20L16 16L12 16Z");
    // A line feed: back to the start, 12.5 px lower (1.25 em).
    EXPECT_EQ(pathOf(text("A\nA", {0, 20})), "M0 20L4 20L4 16L0 16Z"
                                             "M0 32.5L4 32.5L4 28.5L0 28.5Z");
    EXPECT_EQ(pathOf(text("   ", {0, 20})), "") << "blanks only: nothing to fill";
}

TEST(TextOutlines, PathDataNumbersAreWrittenAsEverywhereInTheSvg) {
    // At most two decimals, no trailing zeros, no "-0", never NaN (path data has its own fast
    // writer: a million numbers on an 8K slide of labels).
    const GlyphPath p{{{Op::Move, {{-0.001, 0.05}}},
                       {Op::Line, {{-12.5, 3.1}}},
                       {Op::Quad, {{1234.567, -0.996}, {100, 7.0}}},
                       {Op::Line, {{std::nan(""), 1e13}}},
                       {Op::Close, {}}}};
    EXPECT_EQ(svgPathData(p), "M0 0.05L-12.5 3.1Q1234.57 -1 100 7L0 10000000000000Z");
}

TEST(TextOutlines, AMissingOrBrokenCharacterIsTheFontsMissingGlyphNeverSkipped) {
    FakeGlyphs glyphs;
    // Invalid UTF-8 and a control XML cannot hold are U+FFFD, as the SVG's <text> holds them:
    // each asked of the font (which draws what it draws for a missing glyph), each advancing.
    const GlyphPath p = outlineOf(text("\xE4\xB8"
                                       "A\x01",
                                       {0, 20}),
                                  glyphs);
    EXPECT_EQ(glyphs.outlinesAsked[U'\uFFFD'], 3);
    EXPECT_EQ(glyphs.outlinesAsked[U'A'], 1);
    EXPECT_EQ(svgPathData(p), "M0 20L0 15Z"
                              "M10 20L10 15Z"
                              "M20 20L24 20L24 16L20 16Z"
                              "M25 20L25 15Z");
}

TEST(TextOutlines, TheSvgHasPathsNamedByTheirTextInPlaceOfTextElements) {
    DisplayList dl;
    dl.sizePx = {640, 360};
    DisplayText label = text("济南 <A&B>", {120, 60});
    label.haloPx = 2;
    label.halo = {255, 255, 255, 220};
    label.colour = {40, 40, 40, 255};
    dl[DisplayLayer::Labels].texts.push_back(label);
    DisplayText mark = text("AB", {300, 200}, TextAnchor::Middle, 40);
    mark.rotationDeg = -20;
    dl[DisplayLayer::Watermark].texts.push_back(mark);
    dl[DisplayLayer::Caption].texts.push_back(text("  ", {0, 0})); // nothing to draw

    EXPECT_NE(svgDocument(dl).find("<text"), std::string::npos) << "without outlines: text";
    FakeGlyphs glyphs;
    const std::string svg = svgDocument(dl, &glyphs);
    EXPECT_EQ(svg.find("<text"), std::string::npos) << svg;
    // The label: its glyphs' outlines, the fill and the halo of the <text> (painted under the
    // glyphs), its text as its name (escaped).
    // 济, 南, '<', '&' and '>' are missing from the fake font: 1 em each.
    EXPECT_NE(svg.find("<path class=\"text\" aria-label=\"济南 &lt;A&amp;B&gt;\" d=\"M120 60L120 "
                       "55ZM130 60L130 55ZM143 60L143 55ZM153 60L157 60L157 56L153 56ZM158 60L158 "
                       "55ZM168 60Q170.5 55 173 60ZM174 60L174 55Z\" fill=\"#282828\" "
                       "stroke=\"#ffffff\" stroke-opacity=\"0.86\" stroke-width=\"4\" "
                       "stroke-linejoin=\"round\" paint-order=\"stroke\"><title>济南 "
                       "&lt;A&amp;B&gt;</title></path>\n"),
              std::string::npos)
        << svg;
    // The watermark: rotated about its baseline point, as the <text> is; 40 px "AB" is 20 - 1 +
    // 24 = 43 px wide, shifted by round(21.5) = 22.
    EXPECT_NE(svg.find("<path class=\"text\" aria-label=\"AB\" d=\"M278 200L294 200L294 184L278 "
                       "184ZM297 200Q307 180 317 200Z\" fill=\"#000000\" transform=\"rotate(-20 "
                       "300 200)\"><title>AB</title></path>"),
              std::string::npos)
        << svg;
    EXPECT_NE(svg.find("<g id=\"caption\">\n</g>"), std::string::npos)
        << "a text of blanks only is no path";
}
