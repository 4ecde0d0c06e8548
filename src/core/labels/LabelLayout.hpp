#pragma once

#include "core/geo/LonLat.hpp"

#include <cstddef>
#include <vector>

namespace aimap {

/// One label that wants a place beside its marker (all lengths in window pixels).
struct LabelWish {
    std::size_t id = 0;    ///< stable identity (ties in priority are broken by it)
    std::size_t owner = 0; ///< the marker it labels (MarkerCircle::owner): not an obstacle to it
    Vec2 anchor;           ///< the marker's centre
    double radius = 0;     ///< the marker's radius
    Vec2 size;             ///< the text box, width and height
    /// 0: the selected item, always placed (may displace any other); 1: what has a figure
    /// (cities, clusters); 2: what has none, placed only where room is left.
    int tier = 1;
    double priority = 0; ///< within a tier, higher first: stable across years (max over years)
    bool leaders = true; ///< may move away from its marker, joined by a leader line (not tier 2)
};

/// A drawn marker: labels avoid its centre always and its circle when they can.
struct MarkerCircle {
    Vec2 centre;
    double radius = 0;
    std::size_t owner = 0;
};

struct LabelLayoutParams {
    Vec2 viewport{0, 0};              ///< labels stay inside [0, viewport]
    double gap = 4;                   ///< between a circle's edge and its label
    double leaderStep = 24;           ///< leader positions lie 1..4 steps beyond the near ones
    std::size_t maxLeaderLabels = 64; ///< only so many labels try leader positions (cost bound)
};

/// Where a label went.
struct PlacedLabel {
    std::size_t wish = 0; ///< index into the wishes
    Box rect;
    bool leader = false; ///< away from its marker: draw the line from..to
    Vec2 from, to;       ///< the leader line: on the circle's edge, on the label's edge
    bool forced = false; ///< tier 0 with no free place: placed over what was there
};

/// Places labels greedily in order (tier, then priority descending, then id). Each label tries
/// positions around its marker at `gap` from the circle's edge — right, upper right, lower right,
/// left, upper left, lower left, above, below — then, if it may, farther positions in 16
/// directions, 1 to 5 `leaderStep`s out, with a leader line. A position is taken when the rect
/// stays inside the viewport, meets no obstacle rect nor a label already placed, covers no other
/// marker's centre, and (in the first round) meets no other marker's circle; a second round, for
/// tiers 0 and 1 only, drops that last wish. A leader line crosses no placed label and keeps
/// half a marker's radius from another marker's centre (unless it starts nearer and moves away);
/// a third round of leader positions only asks 3 px. Tier 0 is always placed (first free position,
/// else its first position inside the viewport, `forced`). Deterministic: the same input, the same
/// output.
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelWish>& wishes,
                                      const std::vector<MarkerCircle>& markers,
                                      const std::vector<Box>& obstacles,
                                      const LabelLayoutParams& params);

/// The radius labels keep around a marker at `centre` of `radius` that may have a symbol drawn
/// around it (a pilot-zone symbol: `symbols`, centre and reach): the larger of the two, so that
/// its own label goes beyond the symbol and others avoid it where they can. A symbol counts when
/// its centre is within half a pixel of the marker's.
double radiusWithSymbols(Vec2 centre, double radius, const std::vector<MarkerCircle>& symbols);

/// Whether a circle and an axis-aligned rect share any point.
bool circleMeetsBox(Vec2 centre, double radius, const Box& box);
/// Whether the segment a-b meets the rect.
bool segmentMeetsBox(Vec2 a, Vec2 b, const Box& box);

} // namespace aimap
