#pragma once

#include "core/geo/LonLat.hpp"

namespace aimap {

/// Where the camera is at one moment of a flight: centre (projected metres) and scale (pixels
/// per metre).
struct CameraPose {
    Vec2 centre;
    double scale = 1;
};

/// A camera animation as a pure function of time: from one pose to another in `seconds`, eased
/// (smoothstep), the scale changing geometrically so that the motion looks even at every zoom.
/// Endpoints are exact: at(0) is `from`, at(t >= seconds) is `to`.
class Flight {
public:
    Flight() = default;
    Flight(CameraPose from, CameraPose to, double seconds);

    /// The pose `t` seconds after the start (clamped to [0, seconds]).
    CameraPose at(double t) const;
    /// Fraction of the way, in [0, 1], after easing; non-decreasing in t.
    double progress(double t) const;
    bool finished(double t) const { return t >= m_seconds; }

private:
    CameraPose m_from, m_to;
    double m_seconds = 0;
};

} // namespace aimap
