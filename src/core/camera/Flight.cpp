#include "core/camera/Flight.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

Flight::Flight(CameraPose from, CameraPose to, double seconds)
    : m_from(from), m_to(to), m_seconds(std::max(0.0, seconds)) {}

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
    CameraPose p;
    p.centre = {m_from.centre.x + (m_to.centre.x - m_from.centre.x) * e,
                m_from.centre.y + (m_to.centre.y - m_from.centre.y) * e};
    p.scale = m_from.scale * std::pow(m_to.scale / m_from.scale, e);
    return p;
}

} // namespace aimap
