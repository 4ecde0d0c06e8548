#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/cluster/ClusterOptions.hpp"
#include "core/memory/BigVector.hpp"

namespace aimap {

/// One input point: planar coordinates normalised to [0, 1] (x east, y down, like supercluster's
/// projected coordinates), a weight (>= 0, finite) and the categories it belongs to (bit i =
/// category i < kCategories; its weight is split evenly between them; none = uncategorised).
struct ClusterPoint {
    double x = 0;
    double y = 0;
    double weight = 1;
    std::uint16_t categories = 0;
};

/// A cluster or a single point as returned by queries.
struct ClusterItem {
    double x = 0, y = 0;     ///< position: the cluster's centroid or the point's, normalised
    double weight = 0;       ///< sum of member weights
    std::uint32_t count = 1; ///< number of input points
    std::uint32_t id = 0;    ///< cluster id (isCluster) or input point index
    bool isCluster = false;
};

/// Value-weighted greedy clustering per integer zoom, with supercluster's algorithm and results
/// (CARTOGRAPHY.md, "Clusters"): from maxZoom down to minZoom, the items of the zoom above are
/// visited in their order (a cluster takes the place of its first member) and each one not yet
/// taken gathers the untaken items within radiusPx / (extent * 2^z) into a cluster whose weight
/// is the sum of its members' weights, placed at their weight-weighted centroid (count-weighted
/// on request, as supercluster does), with per-category weight sums for the sector ring.
/// Coordinates are fixed-point (2^30 per unit, as supercluster 9 stores them), so with
/// countWeighted the clusters match supercluster's exactly.
///
/// How it is fast: the greedy pass is order-dependent, but an item becomes a cluster seed exactly
/// when no earlier neighbour is a seed (the lexicographically first maximal independent set of the
/// "within r" graph). So each zoom is done in a spatial sweep: items sorted by grid cell (cell >=
/// r, radix sort), neighbour pairs found between adjacent cells, seeds decided by a memoised walk
/// to earlier neighbours — linear, cache-friendly passes instead of a kd-tree per zoom. The next
/// zoom's cells are twice as large, so its order is merged from this one's, not sorted again; and
/// a zoom is done on two threads split at a row of cells (options.threads), with the same index.
///
/// Flat arrays; immutable after construction, so it can be built on a worker thread and shared
/// as std::shared_ptr<const ClusterIndex>.
class ClusterIndex {
public:
    static constexpr std::size_t kCategories = 9;
    static constexpr std::uint32_t kNone = 0xffffffffu;

    ClusterIndex(const std::vector<ClusterPoint>& points, const ClusterOptions& options);

    /// Items of zoom `zoom` (clamped to [minZoom, maxZoom + 1]) whose position lies in the box
    /// [minX, maxX] × [minY, maxY] (normalised coordinates, inclusive).
    std::vector<ClusterItem> getClusters(double minX, double minY, double maxX, double maxY,
                                         int zoom) const;
    /// Direct children of a cluster: the items of the zoom above it that it gathered.
    std::vector<ClusterItem> getChildren(std::uint32_t clusterId) const;
    /// Input point indices under a cluster, paged, in a stable order.
    std::vector<std::uint32_t> getLeaves(std::uint32_t clusterId, std::size_t limit = 10,
                                         std::size_t offset = 0) const;
    /// The zoom at which the cluster splits into its children (its zoom + 1); -1 if unknown.
    int getExpansionZoom(std::uint32_t clusterId) const;
    /// Per-category weight sums of a cluster (zeros for an unknown id).
    std::array<double, kCategories> categoryWeights(std::uint32_t clusterId) const;
    /// The cluster (or the point itself) that holds input point `point` at `zoom`.
    ClusterItem containerAt(std::uint32_t point, int zoom) const;
    /// The cluster that holds cluster `clusterId` at `zoom` (itself if it still stands alone).
    ClusterItem clusterContainerAt(std::uint32_t clusterId, int zoom) const;
    ClusterItem clusterItem(std::uint32_t clusterId) const;
    ClusterItem pointItem(std::uint32_t point) const;

    /// Number of items (clusters + unclustered points) at a zoom.
    std::size_t itemCount(int zoom) const;
    std::size_t clusterCount() const { return m_clusterX.size(); }
    /// Input points that were skipped (non-finite position or weight, negative weight, outside
    /// [0, 1]).
    std::size_t rejectedCount() const { return m_rejected; }
    std::size_t pointCount() const { return m_pointX.size(); }
    /// Bytes held by the index (all arrays), for benchmarks.
    std::size_t memoryBytes() const;

    /// Where the build spent its time (milliseconds of wall clock), for benchmarks.
    struct BuildProfile {
        double pointsMs = 0;        ///< points checked, encoded and sorted by cell (the top level)
        std::vector<double> zoomMs; ///< per zoom (index zoom - minZoom): clustered, items sorted
        double childrenMs = 0;      ///< the children lists
        // Sums over all zooms, by phase of a zoom.
        double runsMs = 0;  ///< runs of equal cells, duplicates, the pair budget
        double pairsMs = 0; ///< neighbour pairs within r
        double listsMs = 0; ///< each item's earlier neighbours, from the pairs
        double seedsMs = 0; ///< the seed walk (a crowded zoom: all its seeds)
        double sumsMs = 0;  ///< cluster numbers, sums, records, the next zoom's items
        double sortMs = 0;  ///< the next zoom's items sorted by cell
    };
    const BuildProfile& buildProfile() const { return m_profile; }
    /// Whether `other` holds the same index: every array equal bit for bit, and the same levels
    /// (for tests: a build on two threads must give the one-thread index).
    bool identicalTo(const ClusterIndex& other) const;
    const ClusterOptions& options() const { return m_options; }

private:
    friend class ClusterIndexBuilder;
    // An item reference: an input point index, or a cluster id with the top bit set.
    static constexpr std::uint32_t kClusterBit = 0x80000000u;

    ClusterItem itemOf(std::uint32_t ref) const;
    int clampZoom(int zoom) const;
    std::int32_t itemX(std::uint32_t ref) const;
    std::int32_t itemY(std::uint32_t ref) const;

    ClusterOptions m_options;
    std::size_t m_rejected = 0;
    BuildProfile m_profile;

    // Input points by index (rejected ones keep their slot, with count 0 in m_pointParent).
    BigVector<std::int32_t> m_pointX, m_pointY;
    BigVector<double> m_pointWeight; ///< empty when every point weighs m_uniformWeight
    double m_uniformWeight = 1.0;
    double pointWeight(std::uint32_t point) const {
        return m_pointWeight.empty() ? m_uniformWeight : m_pointWeight[point];
    }
    BigVector<std::uint16_t> m_pointCategories;
    BigVector<std::uint32_t> m_pointParent; ///< first cluster that took it, or kNone

    // Clusters by id.
    BigVector<std::int32_t> m_clusterX, m_clusterY;
    BigVector<double> m_clusterWeight;
    BigVector<std::uint32_t> m_clusterCount;
    BigVector<std::int8_t> m_clusterZoom;       ///< zoom at which it was formed
    BigVector<std::uint32_t> m_clusterParent;   ///< cluster that took it, or kNone
    BigVector<float> m_clusterCategories;       ///< kCategories per cluster
    BigVector<std::uint32_t> m_childStart;      ///< children: m_children[start[c] .. start[c+1])
    BigVector<std::uint32_t> m_children;        ///< item references

    // Per zoom (index zoom - minZoom, up to maxZoom + 1): the item references sorted by grid cell
    // (row-major, cells of 2^shift fixed-point units), for box queries.
    struct Level {
        BigVector<std::uint32_t> refs;
        int shift = 0;
        std::int64_t originX = 0, originY = 0; ///< cell origin (fixed-point units)
        int bitsX = 0;
        std::int64_t maxRow = 0;
    };
    std::vector<Level> m_levels;
};

} // namespace aimap
