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
};

struct CityCardIntents {
    bool close = false;
};

CityCardIntents drawCityCard(const CityCardState& state, PanelFrame& frame);

} // namespace aimap
