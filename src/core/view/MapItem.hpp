#pragma once

#include <cstdint>

namespace aimap {

/// One thing drawn on the map: a city marker, a cluster, or a point of a cluster layer that
/// stands alone at the zoom shown (a city or an enterprise, by ClusterLayer::member).
struct MapItem {
    enum class Kind { City, Cluster, Point } kind = Kind::City;
    std::uint32_t id = 0; ///< city index, cluster id, or point index of the cluster layer

    bool operator==(const MapItem& o) const { return kind == o.kind && id == o.id; }
};

} // namespace aimap
