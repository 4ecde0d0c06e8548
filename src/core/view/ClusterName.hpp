#pragma once

#include "core/cluster/ClusterLayer.hpp"
#include "core/view/ViewState.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace aimap {

/// What a cluster is called on the map: its largest member cities, so that a grey circle over the
/// Yangtze delta never reads as the one nearby city that happens to be labelled.
struct ClusterName {
    std::string text;                  ///< "上海 Shanghai +2"; zh or en: "上海, 深圳 +1"
    std::vector<std::uint32_t> cities; ///< every member city, largest first (ties by index)
};

/// The member cities of a cluster by their share of its sum, largest first: the cities
/// themselves in a city layer, the enterprises' cities (weights summed per city) in an
/// enterprise layer. The text names the largest (in "both", "中文 English"; in zh or en, the two
/// largest when the cluster has more than one), then "+N" for the N cities not named. Linear in
/// the cluster's members: cache it per layer and cluster.
ClusterName clusterName(const ClusterLayer& layer, std::uint32_t clusterId, LabelMode mode);

} // namespace aimap
