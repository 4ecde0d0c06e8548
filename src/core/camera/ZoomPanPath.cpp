#include "core/camera/ZoomPanPath.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

namespace {

/// Below this ρ²u1 / max(w0, w1) the path is a pure zoom. The general formula's b_i grow as
/// 1 / u1; at this threshold cosh r0 is at most ~1e6 × the zoom ratio and u(s) keeps ~10 digits,
/// while the centres are a millionth of a screen apart (a thousandth of a pixel).
constexpr double kZoomOnlyBelow = 1e-6;

bool positive(double v) {
    return std::isfinite(v) && v > 0;
}

} // namespace

ZoomPanPath::ZoomPanPath(Vec2 c0, double w0, Vec2 c1, double w1, double rho)
    : m_c0(c0), m_c1(c1), m_w0(w0), m_w1(w1), m_rho(positive(rho) ? rho : kDefaultRho) {
    if (!positive(w0) || !positive(w1) || !std::isfinite(c0.x) || !std::isfinite(c0.y) ||
        !std::isfinite(c1.x) || !std::isfinite(c1.y))
        return; // empty: at() gives the end
    m_u1 = std::hypot(c1.x - c0.x, c1.y - c0.y);
    const double rho2 = m_rho * m_rho;
    m_zoomOnly = !(rho2 * m_u1 >= kZoomOnlyBelow * std::max(w0, w1));
    if (m_zoomOnly) {
        const double zoom = std::abs(std::log(w1 / w0)) / m_rho;
        // The same views (or centres a thousandth of a pixel apart at one zoom): measured as the
        // pan it is, so that a nonzero move never has a zero length.
        m_length = zoom > 0 ? zoom : m_rho * m_u1 / w0;
        return;
    }
    const double d = w1 * w1 - w0 * w0;
    const double e = rho2 * rho2 * m_u1 * m_u1;
    const double b0 = (d + e) / (2 * w0 * rho2 * m_u1);
    const double b1 = (d - e) / (2 * w1 * rho2 * m_u1);
    m_r0 = -std::asinh(b0);
    const double r1 = -std::asinh(b1);
    m_length = std::max(0.0, (r1 - m_r0) / m_rho);
}

ZoomPanPath::Point ZoomPanPath::at(double s) const {
    if (!(s < m_length)) // also NaN: the end
        return {m_c1, m_w1};
    if (s <= 0)
        return {m_c0, m_w0};
    if (m_zoomOnly) {
        const double f = s / m_length;
        const double w = m_w1 == m_w0 ? m_w0 : m_w0 * std::pow(m_w1 / m_w0, f);
        return {m_c0 + (m_c1 - m_c0) * f, w};
    }
    // With x = ρs + r0: w = w0 cosh r0 / cosh x, and u = w0/ρ² (cosh r0 tanh x − sinh r0), which
    // is w0 sinh(ρs) / (ρ² cosh x) (tanh x − tanh r0 = sinh(x − r0) / (cosh x cosh r0)): no
    // difference of nearly equal numbers however long the pan.
    const double coshX = std::cosh(m_rho * s + m_r0);
    const double w = m_w0 * std::cosh(m_r0) / coshX;
    const double u = m_w0 * std::sinh(m_rho * s) / (m_rho * m_rho * coshX);
    return {m_c0 + (m_c1 - m_c0) * std::clamp(u / m_u1, 0.0, 1.0), w};
}

double ZoomPanPath::peakWidth() const {
    const double ends = std::max(m_w0, m_w1);
    if (m_zoomOnly || m_length <= 0)
        return ends;
    // The half-circle's top is at ρs + r0 = 0: on the path when r0 ≤ 0 ≤ r1 = r0 + ρS.
    if (m_r0 <= 0 && m_r0 + m_rho * m_length >= 0)
        return std::max(ends, m_w0 * std::cosh(m_r0));
    return ends;
}

} // namespace aimap
