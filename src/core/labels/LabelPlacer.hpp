#pragma once

#include "core/geo/LonLat.hpp"

#include <vector>

namespace aimap {

/// A label that wants a place on screen.
struct LabelCandidate {
    Box rect;             ///< screen pixels
    double priority = 0;  ///< higher is placed first
    std::size_t item = 0; ///< what it labels
};

/// Greedy placement: candidates by descending priority (ties by item, then input order), each
/// accepted when it overlaps no accepted label nor any of `obstacles`. An item may offer several
/// candidates (positions in order of preference); at most one per item is accepted. Returns
/// indices into `candidates` of the accepted labels. Deterministic: the same input gives the same
/// output, so labels do not flicker between frames.
std::vector<std::size_t> placeLabels(const std::vector<LabelCandidate>& candidates,
                                     const std::vector<Box>& obstacles = {});

bool overlaps(const Box& a, const Box& b);

} // namespace aimap
