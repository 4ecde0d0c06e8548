#include "core/pick/Picker.hpp"

#include <algorithm>

namespace aimap {

void sortForDrawing(std::vector<ScreenMarker>& markers) {
    std::sort(markers.begin(), markers.end(), [](const ScreenMarker& a, const ScreenMarker& b) {
        if (a.radiusPx != b.radiusPx)
            return a.radiusPx > b.radiusPx;
        return a.item < b.item;
    });
}

std::optional<std::size_t> pickMarker(const std::vector<ScreenMarker>& drawOrder, Vec2 point,
                                      double slopPx) {
    for (auto it = drawOrder.rbegin(); it != drawOrder.rend(); ++it) {
        const double dx = point.x - it->centre.x;
        const double dy = point.y - it->centre.y;
        const double r = it->radiusPx + slopPx;
        if (dx * dx + dy * dy <= r * r)
            return it->item;
    }
    return std::nullopt;
}

} // namespace aimap
