#pragma once

#include "core/geo/LonLat.hpp"

namespace aimap {

/// Whether two boxes share interior points (boxes that only touch do not overlap). Labels are
/// placed by layoutLabels (LabelLayout.hpp).
bool overlaps(const Box& a, const Box& b);

} // namespace aimap
