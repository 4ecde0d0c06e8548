#include "core/cluster/ClusterIndex.hpp"

#include "core/cluster/ClusterGrid.hpp"

#include <algorithm>
#include <cstring>

namespace aimap {

using namespace grid;

// The constructor, which builds the index, is in ClusterIndexBuilder.cpp (the builder is an
// implementation detail of the index: this file does not include it).

int ClusterIndex::clampZoom(int zoom) const {
    return std::clamp(zoom, m_options.minZoom, m_options.maxZoom + 1);
}

std::int32_t ClusterIndex::itemX(std::uint32_t ref) const {
    return (ref & kClusterBit) ? m_clusterX[ref & ~kClusterBit] : m_pointX[ref];
}
std::int32_t ClusterIndex::itemY(std::uint32_t ref) const {
    return (ref & kClusterBit) ? m_clusterY[ref & ~kClusterBit] : m_pointY[ref];
}

ClusterItem ClusterIndex::itemOf(std::uint32_t ref) const {
    ClusterItem item;
    if (ref & kClusterBit) {
        const auto c = ref & ~kClusterBit;
        item.x = decode(m_clusterX[c]);
        item.y = decode(m_clusterY[c]);
        item.weight = m_clusterWeight[c];
        item.count = m_clusterCount[c];
        item.id = c;
        item.isCluster = true;
    } else {
        item.x = decode(m_pointX[ref]);
        item.y = decode(m_pointY[ref]);
        item.weight = pointWeight(ref);
        item.count = 1;
        item.id = ref;
    }
    return item;
}

ClusterItem ClusterIndex::clusterItem(std::uint32_t clusterId) const {
    if (clusterId >= m_clusterX.size())
        return ClusterItem{0, 0, 0, 0, clusterId, true};
    return itemOf(clusterId | kClusterBit);
}

ClusterItem ClusterIndex::pointItem(std::uint32_t point) const {
    if (point >= m_pointX.size())
        return ClusterItem{0, 0, 0, 0, point, false};
    return itemOf(point);
}

std::vector<ClusterItem> ClusterIndex::getClusters(double minX, double minY, double maxX,
                                                   double maxY, int zoom) const {
    std::vector<ClusterItem> out;
    if (!(minX <= maxX) || !(minY <= maxY) || m_levels.empty())
        return out;
    const auto& level = m_levels[static_cast<std::size_t>(clampZoom(zoom) - m_options.minZoom)];
    const auto& refs = level.refs;
    if (refs.empty())
        return out;
    const auto ex0 = encode(std::clamp(minX, 0.0, 1.0)), ex1 = encode(std::clamp(maxX, 0.0, 1.0));
    const auto ey0 = encode(std::clamp(minY, 0.0, 1.0)), ey1 = encode(std::clamp(maxY, 0.0, 1.0));
    auto inside = [&](std::uint32_t ref) {
        const auto x = itemX(ref), y = itemY(ref);
        return x >= ex0 && x <= ex1 && y >= ey0 && y <= ey1;
    };
    const int s = level.shift;
    const auto ox = static_cast<std::uint64_t>(level.originX), oy = static_cast<std::uint64_t>(level.originY);
    const auto cx0 = unsignedCoord(ex0) >> s, cx1 = unsignedCoord(ex1) >> s;
    const auto cy0 = unsignedCoord(ey0) >> s, cy1 = unsignedCoord(ey1) >> s;
    // Cells of the level: columns [ox, ox + 2^bitsX), rows from oy.
    const std::uint64_t maxCol = ox + (std::uint64_t{1} << level.bitsX) - 2;
    if (cx1 < ox || cy1 < oy || cx0 > maxCol)
        return out;
    const auto colLo = std::max(cx0, ox) - ox, colHi = std::min(cx1, maxCol) - ox;
    if (cy0 > oy + static_cast<std::uint64_t>(level.maxRow))
        return out;
    const auto rowLo = std::max(cy0, oy) - oy;
    const auto rowHi = std::min(cy1 - oy, static_cast<std::uint64_t>(level.maxRow));
    auto keyOf = [&](std::uint32_t ref) {
        return (((unsignedCoord(itemY(ref)) >> s) - oy) << level.bitsX) |
               ((unsignedCoord(itemX(ref)) >> s) - ox);
    };
    const std::uint64_t rows = rowHi - rowLo + 1;
    if (rows * 24 >= refs.size()) { // as cheap to look at every item
        for (auto ref : refs)
            if (inside(ref))
                out.push_back(itemOf(ref));
        return out;
    }
    auto from = refs.begin();
    for (auto row = rowLo; row <= rowHi; ++row) {
        const auto lo = (row << level.bitsX) | colLo, hi = (row << level.bitsX) | colHi;
        from = std::lower_bound(from, refs.end(), lo,
                                [&](std::uint32_t ref, std::uint64_t k) { return keyOf(ref) < k; });
        for (auto i = from; i != refs.end(); ++i) {
            if (keyOf(*i) > hi)
                break;
            if (inside(*i))
                out.push_back(itemOf(*i));
        }
        if (from == refs.end())
            break;
    }
    return out;
}

std::vector<ClusterItem> ClusterIndex::getChildren(std::uint32_t clusterId) const {
    std::vector<ClusterItem> out;
    if (clusterId >= m_clusterX.size())
        return out;
    for (auto i = m_childStart[clusterId]; i < m_childStart[clusterId + 1]; ++i)
        out.push_back(itemOf(m_children[i]));
    return out;
}

std::vector<std::uint32_t> ClusterIndex::getLeaves(std::uint32_t clusterId, std::size_t limit,
                                                   std::size_t offset) const {
    std::vector<std::uint32_t> out;
    if (clusterId >= m_clusterX.size() || limit == 0)
        return out;
    std::size_t skipped = 0;
    BigVector<std::uint32_t> stack{clusterId | kClusterBit};
    // Depth-first, children in their stored order (pushed in reverse to pop in order).
    while (!stack.empty() && out.size() < limit) {
        const auto ref = stack.back();
        stack.pop_back();
        if (!(ref & kClusterBit)) {
            if (skipped < offset)
                ++skipped;
            else
                out.push_back(ref);
            continue;
        }
        const auto c = ref & ~kClusterBit;
        if (skipped + m_clusterCount[c] <= offset && ref != (clusterId | kClusterBit)) {
            skipped += m_clusterCount[c]; // skip the whole cluster
            continue;
        }
        for (auto i = m_childStart[c + 1]; i > m_childStart[c]; --i)
            stack.push_back(m_children[i - 1]);
    }
    return out;
}

int ClusterIndex::getExpansionZoom(std::uint32_t clusterId) const {
    if (clusterId >= m_clusterX.size())
        return -1;
    return m_clusterZoom[clusterId] + 1;
}

std::array<double, ClusterIndex::kCategories> ClusterIndex::categoryWeights(std::uint32_t clusterId) const {
    std::array<double, kCategories> out{};
    if (clusterId >= m_clusterX.size())
        return out;
    if (m_clusterCategories.empty())
        return out; // no point had a category
    for (std::size_t k = 0; k < kCategories; ++k)
        out[k] = m_clusterCategories[std::size_t{clusterId} * kCategories + k];
    return out;
}

ClusterItem ClusterIndex::containerAt(std::uint32_t point, int zoom) const {
    if (point >= m_pointX.size())
        return pointItem(point);
    zoom = clampZoom(zoom);
    auto parent = m_pointParent[point];
    if (parent == kNone || m_clusterZoom[parent] < zoom)
        return itemOf(point);
    return clusterContainerAt(parent, zoom);
}

ClusterItem ClusterIndex::clusterContainerAt(std::uint32_t clusterId, int zoom) const {
    if (clusterId >= m_clusterX.size())
        return clusterItem(clusterId);
    zoom = clampZoom(zoom);
    auto c = clusterId;
    while (m_clusterParent[c] != kNone && m_clusterZoom[m_clusterParent[c]] >= zoom)
        c = m_clusterParent[c];
    return itemOf(c | kClusterBit);
}

std::size_t ClusterIndex::itemCount(int zoom) const {
    if (m_levels.empty())
        return 0;
    return m_levels[static_cast<std::size_t>(clampZoom(zoom) - m_options.minZoom)].refs.size();
}

std::size_t ClusterIndex::memoryBytes() const {
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    std::size_t total = sizeof(*this);
    total += bytes(m_pointX) + bytes(m_pointY) + bytes(m_pointWeight) + bytes(m_pointCategories) +
             bytes(m_pointParent);
    total += bytes(m_clusterX) + bytes(m_clusterY) + bytes(m_clusterWeight) + bytes(m_clusterCount) +
             bytes(m_clusterZoom) + bytes(m_clusterParent) + bytes(m_clusterCategories) +
             bytes(m_childStart) + bytes(m_children);
    for (const auto& l : m_levels)
        total += sizeof(l) + bytes(l.refs);
    return total;
}

bool ClusterIndex::identicalTo(const ClusterIndex& o) const {
    auto same = [](const auto& a, const auto& b) {
        return a.size() == b.size() &&
               (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(a[0])) == 0);
    };
    if (m_rejected != o.m_rejected ||
        std::memcmp(&m_uniformWeight, &o.m_uniformWeight, sizeof(double)) != 0 ||
        m_levels.size() != o.m_levels.size())
        return false;
    if (!same(m_pointX, o.m_pointX) || !same(m_pointY, o.m_pointY) ||
        !same(m_pointWeight, o.m_pointWeight) || !same(m_pointCategories, o.m_pointCategories) ||
        !same(m_pointParent, o.m_pointParent))
        return false;
    if (!same(m_clusterX, o.m_clusterX) || !same(m_clusterY, o.m_clusterY) ||
        !same(m_clusterWeight, o.m_clusterWeight) || !same(m_clusterCount, o.m_clusterCount) ||
        !same(m_clusterZoom, o.m_clusterZoom) || !same(m_clusterParent, o.m_clusterParent) ||
        !same(m_clusterCategories, o.m_clusterCategories) || !same(m_childStart, o.m_childStart) ||
        !same(m_children, o.m_children))
        return false;
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        const auto &a = m_levels[i], &b = o.m_levels[i];
        if (!same(a.refs, b.refs) || a.shift != b.shift || a.originX != b.originX ||
            a.originY != b.originY || a.bitsX != b.bitsX || a.maxRow != b.maxRow)
            return false;
    }
    return true;
}

} // namespace aimap
