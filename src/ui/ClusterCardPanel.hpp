#pragma once

#include "core/cluster/ClusterCard.hpp"
#include "core/data/Dataset.hpp"
#include "core/view/ViewState.hpp"
#include "ui/PanelFrame.hpp"

namespace aimap {

/// The card of the selected cluster, docked at the right edge: the sum, its sector mix, its
/// largest members and every source of the members' figures.
struct ClusterCardState {
    const ClusterCardModel* card = nullptr; ///< the open card (owned by the app), or none
    const Dataset* dataset = nullptr;       ///< names the sources
    LabelMode labels = LabelMode::Both;     ///< names of sectors in its charts
    std::size_t metric = 0;                 ///< the metric its sum is of
};

struct ClusterCardIntents {
    bool close = false;
    bool expand = false; ///< zoom to where the cluster splits
};

ClusterCardIntents drawClusterCard(const ClusterCardState& state, PanelFrame& frame);

} // namespace aimap
