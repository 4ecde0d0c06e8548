#include "core/export/TextOutlines.hpp"

#include "core/export/SvgWriter.hpp"

#include <cmath>

namespace aimap {
namespace {

// How many points each command has (Close: none).
int pointCount(GlyphPath::Op op) {
    switch (op) {
    case GlyphPath::Op::Move:
    case GlyphPath::Op::Line:
        return 1;
    case GlyphPath::Op::Quad:
        return 2;
    case GlyphPath::Op::Cubic:
        return 3;
    case GlyphPath::Op::Close:
        break;
    }
    return 0;
}

// The pen's moves along `cps` as sf::Text makes them (Text::findCharacterPos): kerning before
// every code point after the first, spaces and tabs by the space's advance, a line feed back to
// the start one line lower, a carriage return skipped. `glyph(cp, pen)` is called for every
// other code point.
template <typename Glyph>
Vec2 walk(const std::u32string& cps, unsigned size, GlyphOutlines& glyphs, Glyph&& glyph) {
    Vec2 pen;
    char32_t prev = 0;
    for (const char32_t cp : cps) {
        if (cp == U'\r') // sf::Text draws nothing for it
            continue;
        if (prev != 0)
            pen.x += glyphs.kerningPx(prev, cp, size);
        prev = cp;
        if (cp == U' ' || cp == U'\t') {
            pen.x += glyphs.advancePx(U' ', size) * (cp == U'\t' ? 4 : 1);
            continue;
        }
        if (cp == U'\n') {
            pen.x = 0;
            pen.y += glyphs.lineSpacingPx(size);
            continue;
        }
        glyph(cp, pen);
        pen.x += glyphs.advancePx(cp, size);
    }
    return pen;
}

} // namespace

double outlinedTextWidth(std::string_view utf8, unsigned sizePx, GlyphOutlines& glyphs) {
    return walk(svgCodePoints(utf8), sizePx, glyphs, [](char32_t, Vec2) {}).x;
}

GlyphPath textOutline(const DisplayText& text, GlyphOutlines& glyphs) {
    GlyphPath out;
    const std::u32string cps = svgCodePoints(text.utf8);
    const double size = text.sizePx;
    const double width =
        text.anchor == TextAnchor::Start ? 0.0 : outlinedTextWidth(text.utf8, text.sizePx, glyphs);
    const double f = text.anchor == TextAnchor::Middle ? 0.5 : 1.0;
    // The renderer rounds the anchor's shift to a whole pixel (DisplayListRenderer).
    const Vec2 origin{text.baseline.x - std::round(width * f), text.baseline.y};
    walk(cps, text.sizePx, glyphs, [&](char32_t cp, Vec2 pen) {
        const Vec2 at = origin + pen;
        for (GlyphPath::Command c : glyphs.outline(cp).commands) {
            for (int i = 0; i < pointCount(c.op); ++i)
                c.p[i] = at + c.p[i] * size;
            out.commands.push_back(c);
        }
    });
    return out;
}

std::string svgPathData(const GlyphPath& path) {
    static constexpr char kLetters[] = {'M', 'L', 'Q', 'C', 'Z'};
    std::string d;
    d.reserve(path.commands.size() * 16);
    for (const GlyphPath::Command& c : path.commands) {
        d += kLetters[static_cast<int>(c.op)];
        for (int i = 0; i < pointCount(c.op); ++i) {
            if (i > 0)
                d += ' ';
            d += svgNumber(c.p[i].x);
            d += ' ';
            d += svgNumber(c.p[i].y);
        }
    }
    return d;
}

} // namespace aimap
