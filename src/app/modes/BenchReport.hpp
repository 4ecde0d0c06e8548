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

/// CPU time of the calling thread (ms).
double threadCpuMs();
/// Resident memory now and at its peak (MB), from /proc/self/status; -1 where unknown.
std::pair<double, double> residentMb();

} // namespace aimap
