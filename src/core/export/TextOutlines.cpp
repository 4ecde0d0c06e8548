#include "core/export/TextOutlines.hpp"

#include <cmath>

namespace aimap {
namespace {

// The pen's moves along `cps` as sf::Text makes them (Text::findCharacterPos): kerning before
// every code point after the first, spaces and tabs by the space's advance, a line feed back to
// the start one line lower, a carriage return skipped. `glyph(cp, pen)` is called for every
// other code point.
template <typename Glyph>
Vec2 walk(std::u32string_view cps, unsigned size, GlyphOutlines& glyphs, Glyph&& glyph) {
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

double outlinedTextWidth(std::u32string_view codePoints, unsigned sizePx, GlyphOutlines& glyphs) {
    return walk(codePoints, sizePx, glyphs, [](char32_t, Vec2) {}).x;
}

GlyphPath textOutline(std::u32string_view codePoints, Vec2 baseline, TextAnchor anchor,
                      unsigned sizePx, GlyphOutlines& glyphs) {
    GlyphPath out;
    const double width =
        anchor == TextAnchor::Start ? 0.0 : outlinedTextWidth(codePoints, sizePx, glyphs);
    const double f = anchor == TextAnchor::Middle ? 0.5 : 1.0;
    // The renderer rounds the anchor's shift to a whole pixel (DisplayListRenderer).
    const Vec2 origin{baseline.x - std::round(width * f), baseline.y};
    walk(codePoints, sizePx, glyphs, [&](char32_t cp, Vec2 pen) {
        const Vec2 at = origin + pen;
        for (GlyphPath::Command c : glyphs.outline(cp).commands) {
            for (int i = 0; i < glyphPointCount(c.op); ++i)
                c.p[i] = at + c.p[i] * static_cast<double>(sizePx);
            out.commands.push_back(c);
        }
    });
    return out;
}

} // namespace aimap
