#pragma once

#include "core/cluster/ClusterIndex.hpp"
#include "core/data/Dataset.hpp"
#include "core/i18n/UiText.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace aimap {

/// What the map clusters for one dataset, metric and year: the cities that have a figure (weight =
/// the figure), or — for the enterprise metrics of an enterprise table — the enterprises of that
/// year (weight = 1 for "enterprises", the enterprise's weight for "enterprise_weight"; their
/// sectors give the ring). Immutable once built: built on a worker thread, published as
/// shared_ptr<const ClusterLayer>.
struct ClusterLayer {
    enum class Members { Cities, Enterprises };
    std::shared_ptr<const Dataset> dataset; ///< kept alive: members refer into it
    std::size_t metric = 0;
    int year = 0;
    Members members = Members::Cities;
    std::vector<std::uint32_t> member; ///< index point -> city or enterprise index
    ClusterIndex index;
    bool hasSectors = false; ///< the sector ring and breakdown mean something

    ClusterLayer(std::shared_ptr<const Dataset> ds, std::size_t metric, int year,
                 Members members, std::vector<std::uint32_t> member,
                 const std::vector<ClusterPoint>& points, bool hasSectors);
    /// Name of one member for tooltips and cards ("济南 Jinan", an enterprise's name).
    std::string memberName(std::uint32_t point) const;
    /// The source ids of one member's figure (a city's value; an enterprise's source).
    std::vector<std::string> memberSources(std::uint32_t point) const;
    /// The sources of every member of a cluster (sorted ids) and how many members have none.
    /// Linear in the members without allocating per member (a cluster may hold a million).
    void clusterSources(std::uint32_t clusterId, std::vector<std::string>& ids,
                        std::size_t& unsourced) const;
    /// World position (Albers metres) of an index item.
    Vec2 world(const ClusterItem& item) const;
    const char* memberNoun(std::size_t count) const;
    /// "12 cities", "1 enterprise"; "12 个城市", "1 家企业".
    std::string memberCount(std::size_t count, UiLanguage lang) const;
};

/// Whether a cluster may show the sum of its members' figures: amounts and counts add up;
/// percentages, rates, ratios, indices, ranks, scores, averages and per-capita figures do not,
/// so such metrics are never clustered (buildClusterLayer returns null for them).
bool isAdditiveMetric(const Metric& metric);

/// Clusters on screen have about this radius: members closer than this merge.
constexpr double kClusterRadiusPx = 44.0;

/// The deepest zoom a layer indexes. In the Albers square of ClusterSpace.hpp zoom 12 merges
/// members about 160 m apart; the camera's closest view (64x "fit China") never needs more than
/// zoom 11 in a window up to 16 000 pixels tall (test ClusterLayer.CameraNeverNeedsADeeperZoom).
/// Zooms that can never be shown would be most of the build: nearly every point stands alone in
/// them and each costs a full pass.
constexpr int kClusterMaxZoom = 12;
ClusterOptions clusterLayerOptions();

/// Builds the layer (run it on a worker: a million enterprises take about half a second).
std::shared_ptr<const ClusterLayer> buildClusterLayer(std::shared_ptr<const Dataset> ds,
                                                      std::size_t metric, int year);

/// The cluster zoom (integer) to use at a camera scale (pixels per metre) so that the clustering
/// radius on screen is about `radiusPx`; `fraction` receives the continuous zoom.
int clusterZoomFor(double pxPerMetre, double radiusPx, const ClusterOptions& options,
                   double* fraction = nullptr);
/// The camera scale at which clusterZoomFor() starts returning `zoom`.
double pxPerMetreForClusterZoom(int zoom, double radiusPx, const ClusterOptions& options);

} // namespace aimap
