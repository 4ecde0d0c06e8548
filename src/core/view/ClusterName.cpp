#include "core/view/ClusterName.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace aimap {

ClusterName clusterName(const ClusterLayer& layer, std::uint32_t clusterId, LabelMode mode) {
    ClusterName out;
    const ClusterIndex& index = layer.index;
    const ClusterItem item = index.clusterItem(clusterId);
    const Dataset& ds = *layer.dataset;
    std::unordered_map<std::uint32_t, double> byCity;
    for (const std::uint32_t leaf : index.getLeaves(clusterId, item.count)) {
        if (leaf >= layer.member.size())
            continue;
        const std::uint32_t m = layer.member[leaf];
        std::uint32_t city = m;
        if (layer.members == ClusterLayer::Members::Enterprises) {
            if (m >= ds.enterprises.size())
                continue;
            city = ds.enterprises[m].city;
        }
        if (city >= ds.cities.size())
            continue;
        const double w = index.pointItem(leaf).weight;
        byCity[city] += std::isfinite(w) ? w : 0.0;
    }
    std::vector<std::pair<std::uint32_t, double>> ranked(byCity.begin(), byCity.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto& r : ranked)
        out.cities.push_back(r.first);
    if (ranked.empty())
        return out;
    const std::size_t named = mode == LabelMode::Both ? 1 : std::min<std::size_t>(2, ranked.size());
    for (std::size_t i = 0; i < named; ++i)
        out.text += (i ? tr(Tx::ListSeparator, uiLanguage(mode)) : "") +
                    cityLabel(ds.cities[ranked[i].first], mode); // "济南、青岛 +2"
    if (ranked.size() > named)
        out.text += " +" + std::to_string(ranked.size() - named);
    return out;
}

} // namespace aimap
