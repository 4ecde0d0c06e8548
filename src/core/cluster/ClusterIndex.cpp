#include "core/cluster/ClusterIndex.hpp"

#include <nanoflann.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aimap {

// One zoom level: items as flat arrays (structure of arrays), each an input point or a cluster.
struct ClusterIndex::Level {
    std::vector<double> x, y, weight;
    std::vector<std::uint32_t> count;
    std::vector<std::uint32_t> id;      ///< point index or cluster id
    std::vector<std::uint8_t> isCluster;
    std::vector<std::uint8_t> category; ///< points only

    // nanoflann dataset adaptor.
    std::size_t kdtree_get_point_count() const { return x.size(); }
    double kdtree_get_pt(std::size_t i, std::size_t dim) const { return dim == 0 ? x[i] : y[i]; }
    template <class Box> bool kdtree_get_bbox(Box&) const { return false; }

    using Tree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, Level>,
                                                     Level, 2, std::uint32_t>;
    std::unique_ptr<Tree> tree;

    void buildTree() {
        tree = std::make_unique<Tree>(2, *this, nanoflann::KDTreeSingleIndexAdaptorParams(32));
        tree->buildIndex();
    }
    std::size_t size() const { return x.size(); }
};

ClusterIndex::~ClusterIndex() = default;

ClusterIndex::ClusterIndex(const std::vector<ClusterPoint>& points, const ClusterOptions& options)
    : m_options(options) {
    m_options.maxZoom = std::max(m_options.maxZoom, m_options.minZoom);
    const int levels = m_options.maxZoom - m_options.minZoom + 2;
    m_levels.resize(static_cast<std::size_t>(levels));

    // Level maxZoom + 1: the input points (non-finite or negative ones are skipped).
    auto top = std::make_unique<Level>();
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto& p = points[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.weight) || p.weight < 0)
            continue;
        top->x.push_back(p.x);
        top->y.push_back(p.y);
        top->weight.push_back(p.weight);
        top->count.push_back(1);
        top->id.push_back(static_cast<std::uint32_t>(i));
        top->isCluster.push_back(0);
        top->category.push_back(static_cast<std::uint8_t>(std::min<std::size_t>(p.category, kCategories - 1)));
    }
    top->buildTree();
    m_levels.back() = std::move(top);

    std::vector<std::pair<std::uint32_t, double>> found;
    for (int z = m_options.maxZoom; z >= m_options.minZoom; --z) {
        const Level& prev = *m_levels[static_cast<std::size_t>(z + 1 - m_options.minZoom)];
        auto level = std::make_unique<Level>();
        const double r = m_options.radiusPx / (m_options.extent * std::pow(2.0, z));
        std::vector<std::uint8_t> taken(prev.size(), 0);
        std::vector<std::uint32_t> members; // reused: one allocation per level, not per point
        for (auto* v : {&level->x, &level->y, &level->weight})
            v->reserve(prev.size());
        level->count.reserve(prev.size());
        level->id.reserve(prev.size());
        level->isCluster.reserve(prev.size());
        level->category.reserve(prev.size());
        for (std::size_t i = 0; i < prev.size(); ++i) {
            if (taken[i])
                continue;
            taken[i] = 1;
            const double q[2] = {prev.x[i], prev.y[i]};
            found.clear();
            nanoflann::SearchParams params;
            params.sorted = false;
            prev.tree->radiusSearch(q, r * r, found, params);
            std::uint32_t count = prev.count[i];
            members.assign(1, static_cast<std::uint32_t>(i));
            for (const auto& f : found)
                if (!taken[f.first]) {
                    members.push_back(f.first);
                    count += prev.count[f.first];
                }
            if (members.size() < 2 || count < static_cast<std::uint32_t>(m_options.minPoints)) {
                // Stays as it is at this zoom.
                level->x.push_back(prev.x[i]);
                level->y.push_back(prev.y[i]);
                level->weight.push_back(prev.weight[i]);
                level->count.push_back(prev.count[i]);
                level->id.push_back(prev.id[i]);
                level->isCluster.push_back(prev.isCluster[i]);
                level->category.push_back(prev.category[i]);
                continue;
            }
            double sumW = 0, sx = 0, sy = 0, sumC = 0;
            std::array<double, kCategories> cats{};
            for (std::uint32_t m : members) {
                taken[m] = 1;
                const double w = prev.weight[m];
                const double c = prev.count[m];
                const double k = m_options.countWeighted ? c : w;
                sx += prev.x[m] * k;
                sy += prev.y[m] * k;
                sumC += k;
                sumW += w;
                if (prev.isCluster[m]) {
                    const auto& sub = m_categories[prev.id[m]];
                    for (std::size_t s = 0; s < kCategories; ++s)
                        cats[s] += sub[s];
                } else {
                    cats[prev.category[m]] += w;
                }
            }
            // All-zero weights: fall back to the plain mean so the centroid stays defined.
            double cx = 0, cy = 0;
            if (sumC > 0) {
                cx = sx / sumC;
                cy = sy / sumC;
            } else {
                for (std::uint32_t m : members) {
                    cx += prev.x[m];
                    cy += prev.y[m];
                }
                cx /= static_cast<double>(members.size());
                cy /= static_cast<double>(members.size());
            }
            const auto clusterId = static_cast<std::uint32_t>(m_clusterZoom.size());
            m_clusterZoom.push_back(z);
            m_childStart.push_back(static_cast<std::uint32_t>(m_childIndex.size()));
            m_childIndex.insert(m_childIndex.end(), members.begin(), members.end());
            m_categories.push_back(cats);
            level->x.push_back(cx);
            level->y.push_back(cy);
            level->weight.push_back(sumW);
            level->count.push_back(count);
            level->id.push_back(clusterId);
            level->isCluster.push_back(1);
            level->category.push_back(0);
        }
        level->buildTree();
        m_levels[static_cast<std::size_t>(z - m_options.minZoom)] = std::move(level);
    }
    m_childStart.push_back(static_cast<std::uint32_t>(m_childIndex.size()));
}

ClusterItem ClusterIndex::itemOf(const Level& l, std::size_t i) const {
    ClusterItem it;
    it.x = l.x[i];
    it.y = l.y[i];
    it.weight = l.weight[i];
    it.count = l.count[i];
    it.id = l.id[i];
    it.isCluster = l.isCluster[i] != 0;
    return it;
}

std::vector<ClusterItem> ClusterIndex::getClusters(double minX, double minY, double maxX,
                                                   double maxY, int zoom) const {
    const int z = std::clamp(zoom, m_options.minZoom, m_options.maxZoom + 1);
    const Level& l = *m_levels[static_cast<std::size_t>(z - m_options.minZoom)];
    std::vector<ClusterItem> out;
    if (!(minX <= maxX && minY <= maxY))
        return out;
    // nanoflann has no box query: search the circle around the box, then keep what is inside.
    const double q[2] = {(minX + maxX) / 2, (minY + maxY) / 2};
    const double r2 = ((maxX - minX) * (maxX - minX) + (maxY - minY) * (maxY - minY)) / 4;
    std::vector<std::pair<std::uint32_t, double>> found;
    nanoflann::SearchParams params;
    params.sorted = false;
    l.tree->radiusSearch(q, r2 * (1 + 1e-12), found, params);
    for (const auto& f : found) {
        const std::size_t i = f.first;
        if (l.x[i] >= minX && l.x[i] <= maxX && l.y[i] >= minY && l.y[i] <= maxY)
            out.push_back(itemOf(l, i));
    }
    return out;
}

std::vector<ClusterItem> ClusterIndex::getChildren(std::uint32_t clusterId) const {
    std::vector<ClusterItem> out;
    if (clusterId >= m_clusterZoom.size())
        return out;
    const Level& next = *m_levels[static_cast<std::size_t>(m_clusterZoom[clusterId] + 1 - m_options.minZoom)];
    for (std::uint32_t k = m_childStart[clusterId]; k < m_childStart[clusterId + 1]; ++k)
        out.push_back(itemOf(next, m_childIndex[k]));
    return out;
}

std::vector<std::uint32_t> ClusterIndex::getLeaves(std::uint32_t clusterId, std::size_t limit,
                                                   std::size_t offset) const {
    std::vector<std::uint32_t> out;
    if (clusterId >= m_clusterZoom.size())
        return out;
    std::size_t skipped = 0;
    // Depth-first over children; clusters expand into their own children.
    std::vector<std::uint32_t> stack{clusterId};
    while (!stack.empty() && out.size() < limit) {
        const std::uint32_t c = stack.back();
        stack.pop_back();
        const Level& next = *m_levels[static_cast<std::size_t>(m_clusterZoom[c] + 1 - m_options.minZoom)];
        for (std::uint32_t k = m_childStart[c + 1]; k-- > m_childStart[c];) {
            const std::uint32_t i = m_childIndex[k];
            if (next.isCluster[i]) {
                stack.push_back(next.id[i]);
            } else if (skipped < offset) {
                ++skipped;
            } else if (out.size() < limit) {
                out.push_back(next.id[i]);
            }
        }
    }
    return out;
}

int ClusterIndex::getExpansionZoom(std::uint32_t clusterId) const {
    if (clusterId >= m_clusterZoom.size())
        return m_options.maxZoom + 1;
    std::uint32_t c = clusterId;
    while (true) {
        const auto children = getChildren(c);
        const int z = m_clusterZoom[c] + 1;
        if (children.size() != 1 || !children[0].isCluster || z > m_options.maxZoom)
            return z;
        c = children[0].id;
    }
}

const std::array<double, ClusterIndex::kCategories>&
ClusterIndex::categoryWeights(std::uint32_t clusterId) const {
    static const std::array<double, kCategories> none{};
    return clusterId < m_categories.size() ? m_categories[clusterId] : none;
}

std::size_t ClusterIndex::itemCount(int zoom) const {
    const int z = std::clamp(zoom, m_options.minZoom, m_options.maxZoom + 1);
    return m_levels[static_cast<std::size_t>(z - m_options.minZoom)]->size();
}

std::size_t ClusterIndex::memoryBytes() const {
    std::size_t bytes = 0;
    for (const auto& l : m_levels)
        bytes += l->size() * (3 * sizeof(double) + 2 * sizeof(std::uint32_t) + 2) +
                 l->size() * sizeof(std::uint32_t) * 2; // tree index, roughly
    bytes += m_clusterZoom.size() * (sizeof(int) + sizeof(std::uint32_t) * 2 +
                                     sizeof(std::array<double, kCategories>));
    bytes += m_childIndex.size() * sizeof(std::uint32_t);
    return bytes;
}

} // namespace aimap
