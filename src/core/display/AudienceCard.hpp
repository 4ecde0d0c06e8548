#pragma once

// The card of an audience frame (issue 15): the city, cluster or national card that the window
// docks at the right while presenting, as display-list items for the exported slides. The words
// and numbers are the window card's, from the same core models (CityCardModel, ClusterCardModel,
// the dataset's NationalSummary) and the same text functions (core/data/CardText, UiText).

#include "core/display/AudienceInput.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// A card laid out: its box (pixels) and what is drawn in it, the sources it names, and how many
/// of its parts did not fit.
struct AudienceCardLayout {
    Box box;
    DisplayGroup items; ///< the plate, the title bar, separators, bars, texts
    /// The ids of the sources of every figure the card shows ("" for an unsourced one), in
    /// first-seen order: the frame's source line names them too.
    std::vector<std::string> sources;
    std::size_t omitted = 0; ///< parts of the window's card left out for room ("... N more")
};

/// The card of `in.card` where the window docks it: from `in.card.leftPx` to the right margin,
/// from the top margin down, as tall as its contents up to what leaves the map its share beside
/// the panels `placed` before it (cardMaxHeight, as beginCard). A slide has no scroll bar: the
/// parts that do not fit are left out whole, and the last line says how many. Order: the title,
/// the data warning, the change badge, the figures of the metric on the map (its chart first),
/// then the rest in the window card's order. None when no card is shown.
std::optional<AudienceCardLayout> layOutAudienceCard(const AudienceInput& in,
                                                     const std::vector<Box>& placed);

} // namespace aimap
