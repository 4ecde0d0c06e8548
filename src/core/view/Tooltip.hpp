#pragma once

#include "core/cluster/ClusterLayer.hpp"
#include "core/data/Dataset.hpp"
#include "core/view/MapItem.hpp"
#include "core/view/ViewState.hpp"

#include <string>

namespace aimap {

/// What the hovered marker shows in its tooltip.
struct HoverInfo {
    std::string title;     ///< "济南  Jinan", "Cluster of 3 cities"
    std::string valueLine; ///< "AI enterprises: 281, 2020" or "...: n/a (no figure for 2020)"
    std::string sourceLine;

    bool operator==(const HoverInfo& o) const {
        return title == o.title && valueLine == o.valueLine && sourceLine == o.sourceLine;
    }
};

/// "[S01] [S07]; 12 unsourced": every source of a cluster's members (linear in its members:
/// worth caching per cluster).
std::string clusterSourcesText(const ClusterLayer& layer, std::uint32_t cluster,
                               UiLanguage lang = UiLanguage::En);

/// The tooltip of a map item. `layer` is the cluster layer shown (needed for clusters and
/// points); `clusterSources` is clusterSourcesText() of a hovered cluster.
HoverInfo tooltipFor(const Dataset& ds, const ViewState& view, const ClusterLayer* layer,
                     MapItem item, const std::string& clusterSources = "");

} // namespace aimap
