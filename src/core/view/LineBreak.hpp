#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace aimap {

/// Width of a piece of text (pixels, or any unit the caller's wrap width is in). The pieces are
/// whole UTF-8 characters; widths must add up (no kerning), as ImGui's do.
using TextWidth = std::function<float(std::string_view)>;

/// Lines of `text` wrapped to `width`: the panels' text wrapping. Dear ImGui 1.86 breaks a line
/// after any '.', ',', ';' or '"', so a card showed "27." at the end of one line and "1 bn" on
/// the next, and a definition line started with "; ". Here a line breaks only:
///  - at a space (the spaces at the break are dropped) or a line break in the text;
///  - between two CJK characters, but never before closing punctuation (，。、；：！？）」》 …)
///    nor after opening punctuation (（「《 …): Chinese has no spaces;
///  - after a '/', an en or em dash, or a hyphen between two letters ("AI-related");
///  - within a word only when the word alone is wider than `width` (a long URL), between
///    characters.
/// Never inside a number ("27.1", "1,048", ">70"), between a number and its unit ("271亿元"), or
/// before punctuation. Each line is a byte range of `text` without its trailing spaces.
std::vector<std::string_view> breakLines(std::string_view text, float width,
                                         const TextWidth& measure);

/// The lines of breakLines() joined with '\n', for drawing as one block.
std::string wrapText(std::string_view text, float width, const TextWidth& measure);

} // namespace aimap
