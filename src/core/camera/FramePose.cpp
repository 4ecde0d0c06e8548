#include "core/camera/FramePose.hpp"

#include <algorithm>

namespace aimap {

CameraPose framePose(const Box& world, Vec2 viewport, const Box& free, double marginPx,
                     double minScale, double maxScale) {
    const double w = std::max(1.0, free.width() - 2 * marginPx);
    const double h = std::max(1.0, free.height() - 2 * marginPx);
    double scale = maxScale / 8;
    if (world.width() > 0 || world.height() > 0)
        scale = std::min(w / std::max(world.width(), 1e-9), h / std::max(world.height(), 1e-9));
    scale = std::clamp(scale, minScale, maxScale);
    // The box's centre goes to the free rectangle's centre: screen = viewport/2 + (world - c) *
    // scale (y flipped), so c = world centre - (free centre - viewport/2) / scale.
    const Vec2 wc = world.centre();
    const Vec2 fc = free.centre();
    return {{wc.x - (fc.x - viewport.x / 2) / scale, wc.y + (fc.y - viewport.y / 2) / scale},
            scale};
}

} // namespace aimap
