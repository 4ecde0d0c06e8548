#pragma once

#include "core/display/DisplayList.hpp"
#include "core/export/GlyphOutlines.hpp"

#include <string>
#include <string_view>

namespace aimap {

/// `text` as outlines, in pixels (y down), where the renderer (render/DisplayListRenderer, i.e.
/// sf::Text) puts its glyphs: the pen starts at the baseline point, each code point adds the
/// kerning after the previous one, then its advance; a space moves by the space's advance, a tab
/// by four, a line feed starts a new line one line spacing lower at the start. The anchor shifts
/// the whole text by the pen's final x (times 0, 1/2 or 1, rounded to a whole pixel, as the
/// renderer rounds it). So an outlined line is exactly as wide as the measured text, and
/// anchored the same. Code points are those the SVG would hold (svgCodePoints). The rotation is
/// not applied (the SVG writer rotates the element, as it rotates a <text>).
GlyphPath textOutline(const DisplayText& text, GlyphOutlines& glyphs);

/// The pen's x after `utf8` at `sizePx` (pixels) as textOutline() moves it: the measured width
/// of a line (of the last line when there are line feeds).
double outlinedTextWidth(std::string_view utf8, unsigned sizePx, GlyphOutlines& glyphs);

/// SVG path data for `path` ("M1 2L3 4Q5 6 7 8C...Z"), coordinates with at most two decimals.
/// Empty for an empty path.
std::string svgPathData(const GlyphPath& path);

} // namespace aimap
