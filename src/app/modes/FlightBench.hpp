#pragma once

#include "core/camera/Flight.hpp"

#include <chrono>
#include <optional>
#include <vector>

namespace aimap {

/// --bench-flights N: N camera flights in a row (after a second to settle) over a fixed tour of
/// cities and zooms, each started the frame after the last one lands, as a presenter's clicks
/// would. Reports the main-thread CPU and wall time of every frame drawn while flying, and each
/// flight's duration, as one JSON object.
class FlightBench {
public:
    explicit FlightBench(int flights) : m_flights(flights) {}
    /// Before a frame: where to fly now (nothing while `flying`, before the start, or when done).
    /// `fitScale`: the "fit China" scale (pixels per metre) the tour's zooms multiply; `now`:
    /// the camera now (the first call remembers it as the tour's "whole country" stop).
    std::optional<CameraPose> next(bool flying, const CameraPose& now, double fitScale);
    /// After a frame: its main-thread CPU and wall time, counted when it was drawn in flight.
    void frame(bool flying, double cpuMs, double wallMs);
    bool done() const { return m_done; }
    void print(unsigned width, unsigned height) const;

private:
    using Clock = std::chrono::steady_clock;
    int m_flights;
    int m_started = 0;
    bool m_done = false;
    bool m_inFlight = false;
    std::optional<CameraPose> m_home;
    Clock::time_point m_start = Clock::now(), m_flightStart;
    std::vector<double> m_cpuMs, m_wallMs, m_flightSeconds;
};

} // namespace aimap
