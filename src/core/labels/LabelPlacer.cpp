#include "core/labels/LabelPlacer.hpp"

#include <algorithm>
#include <numeric>
#include <set>

namespace aimap {

bool overlaps(const Box& a, const Box& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

std::vector<std::size_t> placeLabels(const std::vector<LabelCandidate>& candidates,
                                     const std::vector<Box>& obstacles) {
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (candidates[a].priority != candidates[b].priority)
            return candidates[a].priority > candidates[b].priority;
        return candidates[a].item < candidates[b].item;
    });
    std::vector<std::size_t> accepted;
    std::set<std::size_t> placedItems;
    for (std::size_t i : order) {
        if (placedItems.count(candidates[i].item))
            continue;
        const Box& r = candidates[i].rect;
        bool free = std::none_of(obstacles.begin(), obstacles.end(),
                                 [&](const Box& o) { return overlaps(r, o); });
        for (std::size_t j : accepted)
            if (free && overlaps(r, candidates[j].rect))
                free = false;
        if (free) {
            accepted.push_back(i);
            placedItems.insert(candidates[i].item);
        }
    }
    return accepted;
}

} // namespace aimap
