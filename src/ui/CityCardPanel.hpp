#pragma once

#include "core/data/CityCard.hpp"
#include "core/view/Nearby.hpp"
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
    /// The radius tool (issue 16): on with its km, the list's heading ("3 cities of the data
    /// within 300 km of 济南 Jinan ...") and rows (name, distance, figure, sources).
    std::optional<double> radiusKm;
    std::string radiusHeading;
    const std::vector<NearbyRow>* nearby = nullptr;
    /// The checkbox and slider are the explorer's: an audience (presenting) sees the list only
    /// when the tool is on.
    bool radiusControls = true;
    /// Compare (issue 16): the "Pin to compare" / "Unpin" button (not for an audience), and the
    /// city's slot (0..3) when it is pinned.
    bool pinControls = false;
    std::optional<std::size_t> pinnedSlot;
};

struct CityCardIntents {
    bool close = false;
    /// The radius checkbox or slider moved: the new radius in km, or none (off).
    std::optional<std::optional<double>> radius;
    /// Where the radius checkbox is (window pixels; empty when not drawn): tests click it.
    Box radiusToggle;
    /// The figure under the mouse (metric, figure of the card): Ctrl+C copies it.
    std::optional<std::pair<std::size_t, std::size_t>> hoveredFigure;
    bool togglePin = false; ///< "Pin to compare" or "Unpin" was clicked
    Box pinToggle;          ///< where that button is (window pixels; empty when not drawn)
};

CityCardIntents drawCityCard(const CityCardState& state, PanelFrame& frame);

} // namespace aimap
