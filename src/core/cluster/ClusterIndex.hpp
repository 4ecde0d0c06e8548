#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace aimap {

/// Options of ClusterIndex, with supercluster's meaning and units.
struct ClusterOptions {
    double radiusPx = 40;   ///< cluster radius, pixels of a tile
    double extent = 512;    ///< tile extent, pixels (radius is relative to it)
    int minZoom = 0;        ///< lowest zoom with clusters
    int maxZoom = 16;       ///< highest zoom with clusters; above it points stand alone
    int minPoints = 2;      ///< smallest group that forms a cluster
    bool countWeighted = false; ///< centroid by member count (supercluster) instead of by weight
};

/// One input point: planar coordinates normalised to [0, 1] (x east, y down, like supercluster's
/// projected coordinates), a weight (>= 0) and a category (e.g. a Sector index, < kCategories).
struct ClusterPoint {
    double x = 0;
    double y = 0;
    double weight = 1;
    std::uint8_t category = 0;
};

/// A cluster or a single point as returned by queries.
struct ClusterItem {
    double x = 0, y = 0;  ///< centroid (weighted as the options say), normalised
    double weight = 0;    ///< sum of member weights
    std::uint32_t count = 1; ///< number of input points
    std::uint32_t id = 0; ///< cluster id (isCluster) or input point index
    bool isCluster = false;
};

/// Value-weighted greedy clustering per integer zoom, as supercluster does it (CARTOGRAPHY.md):
/// from maxZoom down to minZoom, each point or cluster not yet taken gathers its neighbours within
/// radiusPx / (extent * 2^z) of the previous level into a cluster whose weight is the sum of its
/// members' weights, placed at the weight-weighted centroid (or count-weighted), with per-category
/// weight sums for the sector ring. Flat arrays; immutable after construction, so it can be built
/// on a worker thread and shared as std::shared_ptr<const ClusterIndex>.
class ClusterIndex {
public:
    static constexpr std::size_t kCategories = 9;

    ClusterIndex(const std::vector<ClusterPoint>& points, const ClusterOptions& options);
    ~ClusterIndex();
    ClusterIndex(const ClusterIndex&) = delete;
    ClusterIndex& operator=(const ClusterIndex&) = delete;

    /// Items of zoom `zoom` (clamped to [minZoom, maxZoom + 1]) whose position lies in the box
    /// [minX, maxX] × [minY, maxY] (normalised coordinates).
    std::vector<ClusterItem> getClusters(double minX, double minY, double maxX, double maxY,
                                         int zoom) const;
    /// Direct children of a cluster (clusters or points of the next zoom).
    std::vector<ClusterItem> getChildren(std::uint32_t clusterId) const;
    /// Input point indices under a cluster, paged.
    std::vector<std::uint32_t> getLeaves(std::uint32_t clusterId, std::size_t limit = 10,
                                         std::size_t offset = 0) const;
    /// The zoom at which the cluster splits into more than one item.
    int getExpansionZoom(std::uint32_t clusterId) const;
    /// Per-category weight sums of a cluster.
    const std::array<double, kCategories>& categoryWeights(std::uint32_t clusterId) const;

    /// Number of items (clusters + unclustered points) at a zoom.
    std::size_t itemCount(int zoom) const;
    /// Bytes held by the index (arrays and trees), for benchmarks.
    std::size_t memoryBytes() const;
    const ClusterOptions& options() const { return m_options; }

private:
    struct Level; // one zoom: flat arrays and a kd-tree over them
    ClusterItem itemOf(const Level& level, std::size_t i) const;

    ClusterOptions m_options;
    std::vector<std::unique_ptr<Level>> m_levels; ///< index z - minZoom, up to maxZoom + 1
    // Clusters, by id: the zoom at which each was formed, its per-category weights, and its
    // members at the next zoom (flattened: m_childIndex[m_childStart[id] .. m_childStart[id+1])).
    std::vector<int> m_clusterZoom;
    std::vector<std::uint32_t> m_childStart;
    std::vector<std::uint32_t> m_childIndex; ///< indices into the next zoom's level
    std::vector<std::array<double, kCategories>> m_categories;
};

} // namespace aimap
