#pragma once

#include "core/display/DisplayList.hpp"
#include "core/export/GlyphOutlines.hpp"

#include <string>
#include <string_view>

namespace aimap {

/// The display list as an SVG 1.1 document: one group per layer (`<g id="markers">`...), filled
/// polygons as paths (even-odd), lines as polylines, circles as circles (a marker carries
/// `class="marker"` and `data-item`, what it stands for), text as `<text>` in the list's font
/// family with CJK fallbacks, halos as a stroke painted under the glyphs. Sizes in pixels; the
/// result is UTF-8. Text stays text (machines without the CJK font show a fallback font) unless
/// `textOutlines` is given: then every text is a filled <path class="text"> of its glyphs' outlines
/// (core/export/TextOutlines), the same on every machine, with the text in its aria-label and
/// <title>.
std::string svgDocument(const DisplayList& list, GlyphOutlines* textOutlines = nullptr);

/// `text` escaped for XML character data and attribute values (& < > " '); characters XML 1.0
/// cannot hold (controls other than tab, line feed, carriage return) and invalid UTF-8 bytes
/// become U+FFFD.
std::string xmlEscape(std::string_view text);

/// SVG path data for `path` ("M1 2L3 4Q5 6 7 8C...Z"), coordinates with at most two decimals as
/// everywhere in the document. Empty for an empty path.
std::string svgPathData(const GlyphPath& path);

/// The code points of `text` as the document holds them (xmlEscape's rules): invalid UTF-8 bytes
/// and controls XML cannot hold are U+FFFD.
std::u32string svgCodePoints(std::string_view text);

/// The font-family value for `family`: it first, then CJK fonts Debian ships, then sans-serif.
std::string svgFontFamily(const std::string& family);

} // namespace aimap
