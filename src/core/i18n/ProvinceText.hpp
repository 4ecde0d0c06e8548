#pragma once

#include "core/i18n/UiText.hpp"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace aimap {

// The provinces' and the choropleth's words (issue 16), in English and Chinese: a table of its
// own beside UiText's (same form: {id, en, zh}, checked when compiled), so that adding them
// did not rebuild every file that includes UiText.hpp while four features were built at once.
// Placeholders as in tr(): {0}, {1}...

enum class PTx : unsigned short {
    ProvinceArea,           ///< {0}: km²
    ProvinceCities,         ///< {0}: count of the data's cities in the province
    ProvinceNoCities,       ///< the province has none of the data's cities
    ProvinceNoZones,        ///< no pilot zone in the province
    ProvinceFigures,        ///< heading: figures of the whole province
    ProvinceOpenCity,       ///< tooltip of a city row: opens its card
    ChoroplethLabel,        ///< the controls' combo
    ChoroplethOff,          ///< ...its "off" entry
    ChoroplethDensityOf,    ///< {0}: the metric; a density per 10,000 km²
    ChoroplethDensityShown, ///< the combo's density entry: of the metric shown
    ChoroplethMethod,       ///< {0}: number of classes
    ChoroplethClassRange,   ///< {0}: lowest, {1}: highest, {2}: provinces
    ChoroplethClassOne,     ///< {0}: the value, {1}: provinces
    ChoroplethNoData,       ///< {0}: provinces without a value
    ChoroplethDensityNote,  ///< only cities with a figure are summed
    ChoroplethSource,       ///< {0}: the sources
    ChoroplethNotAdditive,  ///< the metric shown does not add up
    ChoroplethValue,        ///< {0}: what, {1}: the value
    Count
};

/// The text of `id` in `lang` (never null, never empty).
const char* provinceText(PTx id, UiLanguage lang);
/// ...with its placeholders filled.
std::string provinceText(PTx id, UiLanguage lang, std::initializer_list<std::string_view> args);

/// Every entry, in the order of PTx (the font atlas needs their characters).
const UiString* provinceStrings();
constexpr std::size_t kProvinceStringCount = static_cast<std::size_t>(PTx::Count);

} // namespace aimap
