#pragma once

#include "core/view/ProvinceCard.hpp"
#include "ui/PanelFrame.hpp"

#include <optional>
#include <string>

namespace aimap {

/// The card of the opened province (issue 16), docked at the right edge as the city card is:
/// its area, its cities of the data with the figure shown (a row opens the city's card), its
/// pilot zones, its own figures, and its value in the choropleth shown.
struct ProvinceCardState {
    const ProvinceCardModel* card = nullptr; ///< the open card (owned by the app), or none
    std::string choroplethLine; ///< "CINGAI ... 2018: 9.8 [X09]" (empty: no choropleth)
};

struct ProvinceCardIntents {
    bool close = false;
    std::optional<std::size_t> openCity; ///< a city row was clicked: its index in the data
};

ProvinceCardIntents drawProvinceCard(const ProvinceCardState& state, PanelFrame& frame);

} // namespace aimap
