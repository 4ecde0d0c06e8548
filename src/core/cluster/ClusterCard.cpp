#include "core/cluster/ClusterCard.hpp"

#include "core/data/Format.hpp"
#include "core/data/Sectors.hpp"
#include "core/view/SectorBars.hpp"

#include <algorithm>

namespace aimap {

ClusterCardModel buildClusterCard(const ClusterLayer& layer, std::uint32_t clusterId,
                                  UiLanguage lang) {
    ClusterCardModel card;
    const ClusterIndex& index = layer.index;
    const ClusterItem item = index.clusterItem(clusterId);
    const Dataset& ds = *layer.dataset;
    const Metric& m = ds.metrics[layer.metric];
    card.clusterId = clusterId;
    card.language = lang;
    card.count = item.count;
    card.sum = item.weight;
    card.metricLabel = m.labelIn(lang == UiLanguage::Zh);
    card.unit = m.unit;
    card.year = layer.year;
    card.title = layer.memberCount(item.count, lang);
    card.sumText = formatValue(item.weight, m.unit, "=", lang);
    card.expansionZoom = index.getExpansionZoom(clusterId);

    if (layer.hasSectors) {
        const auto weights = index.categoryWeights(clusterId);
        double assigned = 0;
        for (std::size_t k = 0; k < weights.size() && k < kSectorCount; ++k) {
            const auto& info = sectorInfo(static_cast<Sector>(k));
            const double share = item.weight > 0 ? weights[k] / item.weight : 0;
            card.sectors.push_back({k, info.en, info.zh, weights[k], share});
            assigned += weights[k];
        }
        std::stable_sort(card.sectors.begin(), card.sectors.end(),
                         [](const auto& a, const auto& b) { return a.weight > b.weight; });
        card.unassignedShare = item.weight > 0 ? std::max(0.0, 1.0 - assigned / item.weight) : 0;
    }

    // Every leaf once: the ten largest, and the sources of all.
    const auto leaves = index.getLeaves(clusterId, item.count);
    std::vector<std::uint32_t> top(leaves);
    const std::size_t keep = std::min<std::size_t>(10, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(keep), top.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          const double wa = index.pointItem(a).weight, wb = index.pointItem(b).weight;
                          return wa != wb ? wa > wb : a < b;
                      });
    for (std::size_t i = 0; i < keep; ++i) {
        const double w = index.pointItem(top[i]).weight;
        card.topMembers.push_back({layer.memberName(top[i]), formatValue(w, m.unit, "=", lang),
                                   item.weight > 0 ? w / item.weight : 0});
    }
    card.otherMembers = leaves.size() - keep;
    if (layer.members == ClusterLayer::Members::Enterprises) {
        std::vector<std::uint32_t> enterprises;
        enterprises.reserve(leaves.size());
        for (auto leaf : leaves)
            enterprises.push_back(layer.member[leaf]);
        card.sectorCharts =
            enterpriseSectorCharts(ds, enterprises, tr(Tx::WhatMembers, lang), lang);
    }
    layer.clusterSources(clusterId, card.sourceIds, card.unsourcedMembers);
    return card;
}

} // namespace aimap
