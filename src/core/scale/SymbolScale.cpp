#include "core/scale/SymbolScale.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

SymbolScale::SymbolScale(double vMax, double rMaxPx, double minDotPx)
    : m_vMax(std::isfinite(vMax) && vMax > 0 ? vMax : 1.0),
      m_rMaxPx(std::isfinite(rMaxPx) && rMaxPx > 0 ? rMaxPx : 1.0),
      m_minDotPx(std::isfinite(minDotPx) && minDotPx >= 0 ? minDotPx : 0.0) {}

double SymbolScale::trueRadius(double v) const {
    if (!std::isfinite(v) || v <= 0)
        return 0.0;
    return m_rMaxPx * std::sqrt(v / m_vMax);
}

double SymbolScale::radius(double v) const {
    const double r = trueRadius(v);
    return v > 0 && r < m_minDotPx ? m_minDotPx : r;
}

double SymbolScale::valueForRadius(double rPx) const {
    const double t = rPx / m_rMaxPx;
    return m_vMax * t * t;
}

double SymbolScale::roundDown(double v) {
    if (!std::isfinite(v) || v <= 0)
        return 0.0;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    static const double steps[] = {5.0, 2.5, 2.0, 1.0};
    for (double s : steps)
        if (s * p <= v * (1 + 1e-12))
            return s * p;
    return p;
}

std::vector<double> SymbolScale::legendValues(int count, double maxRadiusPx) const {
    std::vector<double> out;
    double target = m_vMax;
    if (maxRadiusPx > 0 && std::isfinite(maxRadiusPx))
        target = std::min(target, valueForRadius(maxRadiusPx));
    for (int i = 0; i < count; ++i) {
        const double v = roundDown(target);
        if (v <= 0 || trueRadius(v) < m_minDotPx)
            break;
        if (out.empty() || v < out.back())
            out.push_back(v);
        target = v / 4.0; // a quarter of the value: half the radius, clearly distinct circles
    }
    return out;
}

std::vector<double> SymbolScale::legendCounts(int count, double maxRadiusPx) const {
    std::vector<double> out;
    for (double v : legendValues(count, maxRadiusPx)) {
        const double whole = std::floor(v);
        if (whole >= 1 && (out.empty() || whole < out.back()))
            out.push_back(whole);
    }
    return out;
}

} // namespace aimap
