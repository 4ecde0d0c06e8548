#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace aimap {

/// Milliseconds since the process started (static initialisation in main.cpp).
double msSinceProcessStart();

/// Start-up phases ("window_open", "dataset_loaded", ...) with their time since process start.
class Phases {
public:
    void mark(const char* name);
    /// "\"located\": 1.2, \"window_open\": 84.0"
    std::string json() const;

private:
    std::vector<std::pair<std::string, double>> m_marks;
};

/// --bench: main-thread CPU and wall time of every frame of a still view, then of a view panned a
/// little every frame; resident memory with the window still open. Printed as one JSON object.
class FrameBench {
public:
    void add(bool panning, double cpuMs, double wallMs);
    void setResident(std::pair<double, double> nowAndPeakMb) { m_rss = nowAndPeakMb; }
    void print(unsigned width, unsigned height, double firstFrameMs, const Phases& phases,
               int frames, bool markerShader) const;

private:
    std::vector<double> m_cpuStatic, m_wallStatic, m_cpuPan, m_wallPan;
    std::pair<double, double> m_rss{-1, -1};
};

/// --bench-load FILE: frames from the request until 3 frames after the data is adopted, then
/// while the clusters are indexed until they are on screen.
class LoadBench {
public:
    explicit LoadBench(std::string file) : m_file(std::move(file)) {}
    void requested() { m_start = std::chrono::steady_clock::now(); }
    void adopted(int frame);
    /// One frame's wall time; `clustered`: the view's clusters are on screen now.
    void frame(int frame, double wallMs, bool clustered);
    /// True once the data was adopted 3 frames ago and clustered (or failed to load).
    bool done(int frame, bool failed) const;
    void print(bool loaded) const;

private:
    double sinceRequest() const;

    std::string m_file;
    std::chrono::steady_clock::time_point m_start;
    std::vector<double> m_loadFrames, m_indexFrames;
    double m_loadMs = -1, m_clusteredMs = -1;
    int m_adoptedFrame = -1, m_clusteredFrame = -1;
};

/// --bench-contrast N: the palette switched N times, every 0.6 s of a still view (after a first
/// second to settle). Reports the wall time of the frames that switch, the longest frame of the
/// 0.6 s after each switch (the basemap's 4x image follows 300 ms after the quick one), the
/// still frames' median, and resident memory after the first and the last switch (a leak grows
/// it).
class ContrastBench {
public:
    explicit ContrastBench(int switches) : m_switches(switches) {}
    /// Before the frame is drawn: true when this frame switches the palette.
    bool switchNow();
    void frame(double wallMs);
    bool done() const { return m_done; }
    void print() const;

private:
    using Clock = std::chrono::steady_clock;
    int m_switches;
    int m_made = 0;
    bool m_done = false;
    bool m_switching = false; ///< the frame being drawn switched
    Clock::time_point m_start = Clock::now(), m_last = Clock::now();
    std::vector<double> m_switchMs, m_afterMaxMs, m_stillMs;
    std::pair<double, double> m_rssFirst{-1, -1}, m_rssLast{-1, -1};
};

/// The median of `v` (0 when empty).
double median(std::vector<double> v);
/// The value at fraction `p` (0: the least, 1: the largest) of the sorted `v` (0 when empty).
double percentile(std::vector<double> v, double p);

/// CPU time of the calling thread (ms).
double threadCpuMs();
/// Resident memory now and at its peak (MB), from /proc/self/status; -1 where unknown.
std::pair<double, double> residentMb();

} // namespace aimap
