#pragma once

#include "core/data/Dataset.hpp"
#include "core/view/RankLayer.hpp"
#include "ui/PanelFrame.hpp"

#include <optional>
#include <vector>

namespace aimap {

/// The rank layer's ordered list, right of the control panel: the ranking's name and year, its
/// cities in order with their rank or score as published, and its sources. Asks for nothing.
struct RankListState {
    const Dataset* dataset = nullptr;
    std::optional<RankLayerChoice> ranking;
    std::vector<RankBadge> badges; ///< in ranking order (rankBadges)
    /// Under the first panel of the frame instead of right of it: a talk's caption, whose
    /// neighbours at the top are the source line and the card.
    bool belowFirst = false;
};

void drawRankList(const RankListState& state, PanelFrame& frame);

} // namespace aimap
