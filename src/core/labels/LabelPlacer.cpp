#include "core/labels/LabelPlacer.hpp"

namespace aimap {

bool overlaps(const Box& a, const Box& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

} // namespace aimap
