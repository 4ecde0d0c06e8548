#include "core/view/InsetRect.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

Box insetRect(Vec2 windowSize, float uiScale) {
    const double margin = kInsetMarginPx * std::max(1.0f, uiScale);
    if (!(windowSize.x > 4 * margin && windowSize.y > 4 * margin))
        return Box{};
    const double w = std::round(std::min(kInsetWidthShare * windowSize.x,
                                         kInsetMaxHeightShare * windowSize.y * kInsetAspect));
    const double h = std::round(w / kInsetAspect);
    const double right = std::round(windowSize.x - margin);
    const double bottom = std::round(windowSize.y - margin);
    return Box{{right - w, bottom - h}, {right, bottom}};
}

} // namespace aimap
