#include "app/modes/FlightBench.hpp"

#include "app/modes/BenchReport.hpp"

#include "core/geo/Projection.hpp"

#include <cstdio>

namespace aimap {

namespace {

/// The tour: a city (degrees) at a zoom (× the fit scale; 0: the whole country). Long hops at
/// city zooms (which zoom out on the way), a short one zooming in, zooming out to the country.
struct Stop {
    double lon, lat, zoom;
};
constexpr Stop kTour[] = {
    {116.41, 39.90, 8},  // Beijing
    {121.47, 31.23, 8},  // Shanghai
    {113.26, 23.13, 16}, // Guangzhou
    {114.06, 22.54, 32}, // Shenzhen: a short hop, zooming in
    {104.07, 30.67, 4},  // Chengdu
    {0, 0, 0},           // the whole country
    {117.00, 36.65, 8},  // Jinan
    {120.16, 30.27, 2},  // Hangzhou, wide
};

} // namespace

std::optional<CameraPose> FlightBench::next(bool flying, const CameraPose& now, double fitScale) {
    if (!m_home)
        m_home = now;
    if (m_inFlight && !flying) {
        m_inFlight = false;
        m_flightSeconds.push_back(
            std::chrono::duration<double>(Clock::now() - m_flightStart).count());
        m_done = m_started >= m_flights;
    }
    if (flying || m_done || std::chrono::duration<double>(Clock::now() - m_start).count() < 1.0)
        return std::nullopt;
    const Stop& s = kTour[m_started % (sizeof kTour / sizeof kTour[0])];
    ++m_started;
    m_inFlight = true;
    m_flightStart = Clock::now();
    if (s.zoom <= 0)
        return m_home;
    return CameraPose{Projection::china().forward({s.lon, s.lat}), fitScale * s.zoom};
}

void FlightBench::frame(bool flying, double cpuMs, double wallMs) {
    if (!flying)
        return;
    m_cpuMs.push_back(cpuMs);
    m_wallMs.push_back(wallMs);
}

void FlightBench::print(unsigned width, unsigned height) const {
    std::printf("{\n  \"size\": \"%ux%u\",\n  \"flights\": %zu,\n  \"frames_in_flight\": %zu,\n"
                "  \"flight_s\": {\"median\": %.3f, \"min\": %.3f, \"max\": %.3f},\n"
                "  \"in_flight\": {\"cpu_ms_median\": %.3f, \"cpu_ms_p95\": %.3f, "
                "\"cpu_ms_max\": %.3f, \"wall_ms_median\": %.3f, \"wall_ms_p95\": %.3f}\n}\n",
                width, height, m_flightSeconds.size(), m_cpuMs.size(), median(m_flightSeconds),
                percentile(m_flightSeconds, 0), percentile(m_flightSeconds, 1), median(m_cpuMs),
                percentile(m_cpuMs, 0.95), percentile(m_cpuMs, 1), median(m_wallMs),
                percentile(m_wallMs, 0.95));
}

} // namespace aimap
