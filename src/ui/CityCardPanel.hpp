#pragma once

#include "core/data/CityCard.hpp"
#include "core/view/ViewState.hpp"
#include "ui/PanelFrame.hpp"

namespace aimap {

/// The card of the selected city, docked at the right edge: every figure by year with its
/// sources, enterprises by sector, pilot zones, specialisations.
struct CityCardState {
    const CityCardModel* card = nullptr; ///< the open card (owned by the app), or none
    LabelMode labels = LabelMode::Both;  ///< names of sectors and cities in its charts
    /// The change of the figure shown against the latest earlier full-year figure ("Number of AI
    /// enterprises, 2020: +216% since 2018"; core/timeline/YearChange), or empty.
    std::string changeBadge;
};

struct CityCardIntents {
    bool close = false;
};

CityCardIntents drawCityCard(const CityCardState& state, PanelFrame& frame);

} // namespace aimap
