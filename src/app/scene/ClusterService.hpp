#pragma once

#include "core/cluster/ClusterLayer.hpp"
#include "core/data/Dataset.hpp"

#include <chrono>
#include <future>
#include <memory>

namespace aimap {

/// The cluster layer's lifecycle: builds the layer for a dataset, metric and year on a worker
/// thread (one build at a time), and publishes the finished one on the UI thread in one
/// assignment (an immutable shared_ptr<const ClusterLayer>).
class ClusterService {
public:
    ClusterService() = default;
    ClusterService(const ClusterService&) = delete;
    ClusterService& operator=(const ClusterService&) = delete;

    /// Adopts a finished build; starts one for (dataset, metric, year) when `wanted` and none
    /// matching is there or running. With `wait`, blocks until the wanted layer is there
    /// (screenshots). Returns true when this call adopted a layer for `dataset`.
    bool update(const std::shared_ptr<const Dataset>& dataset, std::size_t metric, int year,
                bool wanted, bool wait);
    /// The layer for exactly this dataset, metric and year, or none (the latest, or the one it
    /// replaced: a timeline transition keeps showing the year it started from).
    const ClusterLayer* layerFor(const Dataset* dataset, std::size_t metric, int year) const;
    /// The layer layerFor() returned (kept alive while held), or null.
    std::shared_ptr<const ClusterLayer> owner(const ClusterLayer* layer) const;
    /// The last adopted layer (cards and tooltips keep referring to it), or null.
    const std::shared_ptr<const ClusterLayer>& latest() const { return m_layer; }
    bool building() const { return m_build.valid(); }
    /// Waits up to `ms` for the running build (idle frames leave the CPU to it).
    void waitForBuild(std::chrono::milliseconds ms) const;

private:
    struct Key {
        const Dataset* dataset = nullptr;
        std::size_t metric = 0;
        int year = 0;
        bool operator==(const Key& o) const {
            return dataset == o.dataset && metric == o.metric && year == o.year;
        }
    };
    std::shared_ptr<const ClusterLayer> m_layer;
    std::shared_ptr<const ClusterLayer> m_previous; ///< the layer m_layer replaced
    std::future<std::shared_ptr<const ClusterLayer>> m_build;
    Key m_buildKey;
};

} // namespace aimap
