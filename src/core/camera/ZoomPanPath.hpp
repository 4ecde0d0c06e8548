#pragma once

#include "core/geo/LonLat.hpp"

namespace aimap {

/// The optimal zoom-and-pan path of van Wijk & Nuij, "Smooth and efficient zooming and panning"
/// (InfoVis 2003), the path behind flyTo in web maps: from one view to another, zooming out just
/// enough on the way that the motion the eye perceives is the least, then in again.
///
/// A view is its centre (projected metres) and the width of world it shows (metres: viewport
/// width in pixels / scale in pixels per metre), so the path does not depend on the screen. The
/// paper measures a path with the metric ds² = (ρ⁴ du² + dw²) / (ρ² w²) (u: distance travelled
/// by the centre, w: visible width): a pan of one screen width at a fixed zoom has length ρ, a
/// zoom by a factor f has length |ln f| / ρ. The shortest path in that metric (a half-circle in
/// the (ρ²u, w) plane, hyperbolic geometry) is, with the parameter s in [0, S] its arc length:
///
///     w(s) = w0 cosh r0 / cosh(ρ s + r0)
///     u(s) = w0 / ρ² · (cosh r0 tanh(ρ s + r0) − sinh r0)
///     r_i  = −asinh(b_i),  b_i = (w1² − w0² ± ρ⁴ u1²) / (2 w_i ρ² u1)   (+ for i = 0, − for 1)
///     S    = (r1 − r0) / ρ
///
/// (the paper writes r_i = ln(√(b_i² + 1) − b_i), the same number, which loses every digit for a
/// long pan: −asinh keeps them). When the centres (nearly) coincide, u1 → 0 and b_i → ±∞: the
/// path is then a pure zoom, w(s) = w0 exp(±ρ s), S = |ln(w1 / w0)| / ρ, computed as such.
///
/// A plain value; never fails: a width that is not finite and positive gives an empty path (S = 0)
/// whose every point is the end.
class ZoomPanPath {
public:
    /// ρ: the zoom/pan trade-off ("curve" of Mapbox GL's flyTo). Larger zooms out more. The
    /// paper's user study found √2 best; 1.42 is Mapbox GL's and Leaflet's default.
    static constexpr double kDefaultRho = 1.42;

    struct Point {
        Vec2 centre;  ///< projected metres
        double width; ///< visible width (metres)
    };

    ZoomPanPath() = default;
    /// From centre `c0` (metres) showing width `w0` (metres, > 0) to `c1` showing `w1`; `rho` > 0.
    ZoomPanPath(Vec2 c0, double w0, Vec2 c1, double w1, double rho = kDefaultRho);

    /// S: the path's length in the metric above (≥ 0; 0 only when the views are the same).
    double length() const { return m_length; }
    /// The view at arc length `s` (clamped to [0, length()]).
    Point at(double s) const;
    /// The widest view on the path: w0 cosh r0 where the half-circle's top lies between the ends
    /// (ρ s + r0 = 0), else the wider end.
    double peakWidth() const;
    /// True when the path is computed as a pure zoom (the centres too close for the general
    /// formula: ρ² u1 below 1e-6 of the wider view; the centre then moves in proportion).
    bool zoomOnly() const { return m_zoomOnly; }
    double rho() const { return m_rho; }

private:
    Vec2 m_c0, m_c1;
    double m_w0 = 1, m_w1 = 1;
    double m_rho = kDefaultRho;
    double m_u1 = 0;     ///< distance between the centres (metres)
    double m_r0 = 0;     ///< r0 of the general case
    double m_length = 0; ///< S
    bool m_zoomOnly = true;
};

} // namespace aimap
