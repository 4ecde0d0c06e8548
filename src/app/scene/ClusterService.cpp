#include "app/scene/ClusterService.hpp"

#include "app/Background.hpp"
#include "core/Trace.hpp"

namespace aimap {

bool ClusterService::update(const std::shared_ptr<const Dataset>& dataset, std::size_t metric,
                            int year, bool wanted, bool wait) {
    bool adopted = false;
    if (m_build.valid() &&
        (wait || m_build.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
        auto layer = m_build.get(); // published in one assignment on the UI thread
        if (layer && layer->dataset == dataset) {
            traceMark("viewer: clusters adopted");
            // The replaced layer is kept only when it is another year of the same metric (a
            // timeline transition shows it): never a second large index of other data.
            const bool sameMetric =
                m_layer && m_layer->dataset == layer->dataset && m_layer->metric == layer->metric;
            m_previous = sameMetric ? std::move(m_layer) : nullptr;
            m_layer = std::move(layer);
            adopted = true;
        }
    }
    if (!wanted || !dataset || dataset->metrics.empty())
        return adopted;
    const Key want{dataset.get(), metric, year};
    if (layerFor(want.dataset, metric, year) || (m_build.valid() && m_buildKey == want))
        return adopted;
    if (m_build.valid())
        return adopted; // one build at a time; the next frame starts the one wanted now
    m_buildKey = want;
    traceMark("viewer: cluster build started");
    m_build = std::async(std::launch::async, [dataset, metric, year] {
        runInBackground();
        return buildClusterLayer(dataset, metric, year);
    });
    if (wait)
        adopted = update(dataset, metric, year, wanted, true) || adopted;
    return adopted;
}

const ClusterLayer* ClusterService::layerFor(const Dataset* dataset, std::size_t metric,
                                             int year) const {
    for (const auto* l : {&m_layer, &m_previous})
        if (*l && (*l)->dataset.get() == dataset && (*l)->metric == metric && (*l)->year == year)
            return l->get();
    return nullptr;
}

std::shared_ptr<const ClusterLayer> ClusterService::owner(const ClusterLayer* layer) const {
    for (const auto* l : {&m_layer, &m_previous})
        if (layer && l->get() == layer)
            return *l;
    return nullptr;
}

void ClusterService::waitForBuild(std::chrono::milliseconds ms) const {
    if (m_build.valid())
        m_build.wait_for(ms);
}

} // namespace aimap
