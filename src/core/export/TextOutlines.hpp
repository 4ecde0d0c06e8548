#pragma once

#include "core/display/DisplayList.hpp"
#include "core/export/GlyphOutlines.hpp"

#include <string_view>

namespace aimap {

/// A line of text as outlines, in pixels (y down), where the renderer (render/
/// DisplayListRenderer, i.e. sf::Text) puts its glyphs: `codePoints` at a font size of `sizePx`
/// from `baseline` (the point on the baseline at the anchor). The pen starts there, each code
/// point adds the kerning after the previous one, then its advance; a space moves by the space's
/// advance, a tab by four, a line feed starts a new line one line spacing lower at the start, a
/// carriage return is skipped. The anchor shifts the whole text by the pen's final x (times 0,
/// 1/2 or 1, rounded to a whole pixel, as the renderer rounds it). So an outlined line is exactly
/// as wide as the measured text, and anchored the same. A rotation is the caller's (the SVG
/// writer rotates the element, as it rotates a <text>).
GlyphPath textOutline(std::u32string_view codePoints, Vec2 baseline, TextAnchor anchor,
                      unsigned sizePx, GlyphOutlines& glyphs);

/// The pen's x after `codePoints` at `sizePx` (pixels) as textOutline() moves it: the measured
/// width of a line (of the last line when there are line feeds).
double outlinedTextWidth(std::u32string_view codePoints, unsigned sizePx, GlyphOutlines& glyphs);

} // namespace aimap
