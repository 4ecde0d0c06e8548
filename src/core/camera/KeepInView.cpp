#include "core/camera/KeepInView.hpp"

#include <cmath>

namespace aimap {

namespace {
/// The shift that brings v into [lo + m, hi - m] (to the middle when that is empty).
double shiftInto(double v, double lo, double hi, double m) {
    if (hi - lo < 2 * m)
        return (lo + hi) / 2 - v;
    if (v < lo + m)
        return lo + m - v;
    if (v > hi - m)
        return hi - m - v;
    return 0;
}
} // namespace

std::optional<Vec2> panToShow(Vec2 point, const Box& free, double margin) {
    if (free.empty() || !std::isfinite(point.x) || !std::isfinite(point.y))
        return std::nullopt;
    const double half = margin / 2;
    const bool inView = point.x >= free.min.x + half && point.x <= free.max.x - half &&
                        point.y >= free.min.y + half && point.y <= free.max.y - half;
    if (inView)
        return std::nullopt;
    return Vec2{shiftInto(point.x, free.min.x, free.max.x, margin),
                shiftInto(point.y, free.min.y, free.max.y, margin)};
}

} // namespace aimap
