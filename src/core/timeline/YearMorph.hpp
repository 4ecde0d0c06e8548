#pragma once

#include "core/data/Dataset.hpp"
#include "core/scale/SymbolScale.hpp"

#include <cstddef>
#include <optional>

namespace aimap {

/// A transition of the timeline as the markers see it: from year `from` to year `to`, eased
/// progress in [0, 1] (core/timeline/Timeline.hpp).
struct YearMorph {
    int from = 0;
    int to = 0;
    double eased = 1;
};

/// One marker during a transition. Both years have a figure: the circle's AREA goes from year A's
/// to year B's on the one scale (r = sqrt((1 - e) rA^2 + e rB^2)), drawn as data (`Both`). Only
/// one year has a figure: the city is absent in the other, so its circle is never drawn at an
/// in-between size: it keeps that year's size and fades (`Vanishing`: A's circle, opacity
/// 1 - e; `Appearing`: B's circle, opacity e), while the marker itself is the "no figure" ring.
struct MorphedMarker {
    enum class State { Absent, Both, Vanishing, Appearing };
    State state = State::Absent;
    double radiusPx = 0; ///< the circle drawn (for Vanishing/Appearing: the fading one)
    float opacity = 0;   ///< of that circle
};

/// `a`, `b`: the figures of year A and year B (none: absent that year).
MorphedMarker morphMarker(std::optional<double> a, std::optional<double> b, double eased,
                          const SymbolScale& scale);

/// The figure whose size the faint ring shows: the city's latest figure of `metric` in a year
/// before `year` (any period; targets never), or null. With `accept`, the latest one it accepts
/// (YearChange: full-year figures). O(log n): Dataset::values is sorted by city, metric, year.
const Value* previousFigure(const Dataset& ds, std::size_t city, std::size_t metric, int year,
                            bool (*accept)(const Value&) = nullptr);

} // namespace aimap
