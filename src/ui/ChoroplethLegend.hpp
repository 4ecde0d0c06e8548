#pragma once

#include "core/Theme.hpp"
#include "core/i18n/UiText.hpp"
#include "core/view/Choropleth.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// The choropleth's part of the legend (issue 16): title, method, one swatch per class with its
/// stated range, the hatched "no data" swatch, the note and the source.
struct ChoroplethKey {
    ChoroplethLegendText text;
    std::vector<Rgba> colours; ///< per class, lowest first
    Rgba noData{0, 0, 0, 0}, hatch{0, 0, 0, 0};
    bool compact = false; ///< the source's title on hover, its id shown
};

/// Drawn inside the legend's window, `width` wide.
void drawChoroplethKey(const ChoroplethKey& key, float width, float uiScale, UiLanguage lang);

/// The controls' choice of choropleth: `names` of the choices, the one shown (none: off).
/// Returns a new choice when one is made (an empty optional inside: off).
std::optional<std::optional<std::size_t>> choroplethCombo(const std::vector<std::string>& names,
                                                          std::optional<std::size_t> shown,
                                                          UiLanguage lang);

} // namespace aimap
