#pragma once

#include "core/Theme.hpp"

#include <optional>
#include <string>

namespace aimap {

/// The high-contrast palette, for projectors in lit halls (light greys vanish, pale fills wash
/// out): a white China on a mid-blue sea with grey neighbours, black national and dark province
/// borders, opaque markers with dark outlines, black label text on an opaque white halo, the
/// "absent" rings a mid grey (quiet, still visible), opaque white panels with black text and
/// black frames. The sector colours are the normal palette's (they pass the colour-vision test
/// for both). Contrast checked in tests/core/view/Palette.test.cpp: every panel and label text
/// at least 7:1 (WCAG AAA) on its background; docs/colours.md has the numbers.
Theme highContrastTheme();

/// The theme of a palette (Normal: Theme's defaults).
Theme paletteTheme(Palette p);

/// "normal" or "high" (the --contrast values, the settings file, the UI dump).
const char* paletteName(Palette p);
std::optional<Palette> parsePalette(const std::string& name);

} // namespace aimap
