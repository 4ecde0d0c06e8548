#pragma once

#include <vector>

namespace aimap {

/// Proportional-symbol scale (see shared CARTOGRAPHY.md): circle AREA is proportional to value,
/// anchored at zero: r = rMax * sqrt(v / vMax). One scale is shared by every city, cluster and
/// year of a metric, so vMax is the maximum over all years.
///
/// Values whose true radius is below minDotPx are drawn as a minimum dot of minDotPx; the legend
/// says "< minDotValue()" for them.
class SymbolScale {
public:
    /// vMax: largest value of the metric (any year), > 0. rMaxPx: radius of vMax in pixels.
    /// minDotPx: smallest radius drawn (pixels).
    SymbolScale(double vMax, double rMaxPx, double minDotPx = 3.0);

    /// True radius in pixels (no minimum); 0 for v <= 0 or non-finite v.
    double trueRadius(double v) const;
    /// Radius to draw in pixels: trueRadius, but at least the minimum dot for v > 0.
    double radius(double v) const;
    /// Value drawn with radius r (inverse of trueRadius).
    double valueForRadius(double rPx) const;
    /// Values below this are drawn as the minimum dot.
    double minDotValue() const { return valueForRadius(m_minDotPx); }

    double vMax() const { return m_vMax; }
    double rMaxPx() const { return m_rMaxPx; }
    double minDotPx() const { return m_minDotPx; }

    /// Round legend values (1, 2, 2.5, 5 × 10^k) for nested circles: the largest round value
    /// <= vMax, then about a quarter and a sixteenth of it, dropping those whose circle would be
    /// smaller than the minimum dot. Descending, distinct, at most `count`. With `maxRadiusPx`,
    /// the largest is the largest round value whose circle fits in that radius: the legend keeps
    /// the map's scale without growing with the zoom.
    std::vector<double> legendValues(int count = 3, double maxRadiusPx = 0) const;

    /// legendValues() for a count: whole numbers only (at least 1; 2.5 becomes 2), distinct.
    std::vector<double> legendCounts(int count = 3, double maxRadiusPx = 0) const;

    /// Largest "round" number (1, 2, 2.5, 5 × 10^k) that is <= v; v > 0.
    static double roundDown(double v);

private:
    double m_vMax;
    double m_rMaxPx;
    double m_minDotPx;
};

} // namespace aimap
