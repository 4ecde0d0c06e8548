#include "core/camera/Flight.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

namespace {

/// Shorter paths are the same pose: a millionth of a screen width (or of a zoom by e^ρ).
constexpr double kSamePose = 1e-6;

} // namespace

Flight::Flight(CameraPose from, CameraPose to, Vec2 viewportPx, const FlightTiming& timing)
    : m_from(from), m_to(to),
      m_viewportWidth(std::isfinite(viewportPx.x) && viewportPx.x > 0 ? viewportPx.x : 1),
      m_timing(timing), m_path(from.centre, m_viewportWidth / from.scale, to.centre,
                               m_viewportWidth / to.scale, timing.rho) {
    const double length = m_path.length();
    if (!(length >= kSamePose))
        return; // the same pose (or one not to fly from): at its end at once
    const double lo = std::max(0.0, timing.minSeconds);
    const double hi = std::max(lo, timing.maxSeconds);
    const double byLength = timing.speed > 0 ? length / timing.speed : hi;
    m_seconds = std::clamp(byLength, lo, hi);
}

double Flight::progress(double t) const {
    if (!(m_seconds > 0) || t >= m_seconds)
        return 1;
    const double u = std::clamp(t / m_seconds, 0.0, 1.0);
    return u * u * (3 - 2 * u);
}

CameraPose Flight::at(double t) const {
    const double e = progress(t);
    if (e >= 1)
        return m_to;
    if (e <= 0)
        return m_from;
    const ZoomPanPath::Point p = m_path.at(e * m_path.length());
    return {p.centre, m_viewportWidth / p.width};
}

Flight Flight::redirected(double t, CameraPose to, Vec2 viewportPx) const {
    return Flight(at(t), to, viewportPx.x > 0 ? viewportPx : Vec2{m_viewportWidth, 0}, m_timing);
}

} // namespace aimap
