#pragma once

#include "core/Theme.hpp"
#include "core/data/CardText.hpp"
#include "core/data/CityCard.hpp"
#include "core/i18n/UiText.hpp"

#include <string>
#include <vector>

namespace aimap {

// Small widgets shared by the panels. User text is always drawn unformatted (never as a format
// string).

/// Text wrapped at the window's edge.
void wrapped(const std::string& s);
/// Wrapped text in the dimmed (disabled) colour: definitions, notes, sources.
void dimWrapped(const std::string& s);
/// One line of text in a theme colour (warnings such as "SYNTHETIC DATA").
void colouredText(Rgba colour, const char* s);
/// Wrapped text in a theme colour.
void colouredWrapped(Rgba colour, const std::string& s);

/// Data text made safe as an ImGui label (a window title, a selectable): ImGui hides what follows
/// "##" in a label (its ID syntax), so a zero-width no-break space (U+FEFF, which the panels' font
/// holds with no width) goes between two '#'. A label is one line (ImGui ends a window title at
/// a line break): see oneLineLabel(). Otherwise the same characters.
std::string labelText(const std::string& text);

/// One dimmed line per source ("[S01] title, publisher, date (quality A)"), or a warning
/// "unsourced" when there is none; the words in `lang`.
void sourceList(const std::vector<CardSource>& sources, UiLanguage lang);

} // namespace aimap
