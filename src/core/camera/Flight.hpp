#pragma once

#include "core/camera/ZoomPanPath.hpp"
#include "core/geo/LonLat.hpp"

namespace aimap {

/// Where the camera is at one moment of a flight: centre (projected metres) and scale (pixels
/// per metre).
struct CameraPose {
    Vec2 centre;
    double scale = 1;
};

/// How a flight is timed. The path length S is in the units of ZoomPanPath's metric: panning one
/// screen width without zooming measures ρ (1.42; the optimal path between those two views, which
/// zooms out a little, 1.25), zooming by 2x measures ln 2 / ρ (0.49).
struct FlightTiming {
    double rho = ZoomPanPath::kDefaultRho; ///< zoom/pan trade-off (see ZoomPanPath)
    /// Path length per second: Mapbox GL's default flyTo speed. A zoom by 2x takes 0.41 s, a pan of
    /// one screen width 1.04 s (the view widens to 1.42 screens on the way), from one city to
    /// another 1,900 km away in a view 800 km wide 1.9 s.
    double speed = 1.2;
    /// Bounds of the duration (seconds): a short hop still reads as a motion, not a jump; a flight
    /// across the country never keeps a presenter waiting (it goes faster instead).
    double minSeconds = 0.4;
    double maxSeconds = 3.0;
};

/// A camera flight as a pure function of time, along the optimal zoom-and-pan path (ZoomPanPath)
/// in the viewport it flies in: duration from the path length (S / speed within the bounds),
/// the path parameter eased in and out (smoothstep: it starts and stops at rest). Endpoints are
/// exact: at(t <= 0) is `from`, at(t >= seconds()) is `to`. Views closer than a millionth of the
/// path metric (the same pose) give a zero-length flight, at its end at once.
///
/// Interruptible: redirected(t, to) starts a new flight where this one is at t, so that a click
/// during a flight never makes the map jump.
class Flight {
public:
    Flight() = default;
    /// `viewportPx`: the size (pixels) of the viewport the camera shows; the path lives in visible
    /// widths (viewportPx.x / scale, metres; a width that is not > 0 counts as 1). Scales must be
    /// finite and > 0. (A Vec2, not a double: the former Flight(from, to, seconds) must not
    /// compile as a viewport 1.2 px wide.)
    Flight(CameraPose from, CameraPose to, Vec2 viewportPx, const FlightTiming& timing = {});

    /// The pose `t` seconds after the start (clamped to [0, seconds()]).
    CameraPose at(double t) const;
    /// Fraction of the path's length travelled, in [0, 1], after easing; non-decreasing in t.
    double progress(double t) const;
    bool finished(double t) const { return t >= m_seconds; }
    /// Duration (seconds): 0 for the same pose, else in [minSeconds, maxSeconds].
    double seconds() const { return m_seconds; }
    const ZoomPanPath& path() const { return m_path; }

    /// A flight to `to` from where this one is at `t`, with the same timing, in a viewport of
    /// `viewportPx` (the one this flight flies in when omitted).
    Flight redirected(double t, CameraPose to, Vec2 viewportPx = {}) const;

private:
    CameraPose m_from, m_to;
    double m_viewportWidth = 1;
    FlightTiming m_timing;
    ZoomPanPath m_path;
    double m_seconds = 0;
};

} // namespace aimap
