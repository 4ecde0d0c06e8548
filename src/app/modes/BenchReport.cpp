#include "app/modes/BenchReport.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>

namespace aimap {

// Set when the process starts (static initialisation in main.cpp).
extern const std::chrono::steady_clock::time_point g_processStart;

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(std::min<double>(v.size() - 1, p * (v.size() - 1)));
    return v[i];
}

double msSinceProcessStart() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                     g_processStart)
        .count();
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

std::pair<double, double> residentMb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    double now = -1, peak = -1;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            now = std::atof(line.c_str() + 6) / 1024.0;
        else if (line.rfind("VmHWM:", 0) == 0)
            peak = std::atof(line.c_str() + 6) / 1024.0;
    }
    return {now, peak};
}

void Phases::mark(const char* name) {
    m_marks.emplace_back(name, msSinceProcessStart());
}

std::string Phases::json() const {
    std::string s;
    for (const auto& [name, ms] : m_marks)
        s += (s.empty() ? "" : ", ") + ("\"" + name + "\": " + std::to_string(ms));
    return s;
}

void FrameBench::add(bool panning, double cpuMs, double wallMs) {
    (panning ? m_cpuPan : m_cpuStatic).push_back(cpuMs);
    (panning ? m_wallPan : m_wallStatic).push_back(wallMs);
}

void FrameBench::print(unsigned width, unsigned height, double firstFrameMs, const Phases& phases,
                       int frames, bool markerShader) const {
    std::printf("{\n  \"size\": \"%ux%u\",\n  \"launch_to_first_frame_ms\": %.2f,\n"
                "  \"phases_ms\": {%s},\n"
                "  \"frames\": %d,\n"
                "  \"static_view\": {\"cpu_ms_median\": %.3f, \"cpu_ms_p95\": %.3f, "
                "\"cpu_ms_max\": %.3f, \"wall_ms_median\": %.3f},\n"
                "  \"panning\": {\"cpu_ms_median\": %.3f, \"cpu_ms_p95\": %.3f, "
                "\"cpu_ms_max\": %.3f, \"wall_ms_median\": %.3f},\n  \"marker_shader\": %s,\n"
                "  \"resident_mb\": %.1f,\n  \"peak_resident_mb\": %.1f\n}\n",
                width, height, firstFrameMs, phases.json().c_str(), frames, median(m_cpuStatic),
                percentile(m_cpuStatic, 0.95), percentile(m_cpuStatic, 1.0), median(m_wallStatic),
                median(m_cpuPan), percentile(m_cpuPan, 0.95), percentile(m_cpuPan, 1.0),
                median(m_wallPan), markerShader ? "true" : "false", m_rss.first, m_rss.second);
}

double LoadBench::sinceRequest() const {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
        .count();
}

void LoadBench::adopted(int frame) {
    m_adoptedFrame = frame;
    m_loadMs = sinceRequest();
}

void LoadBench::frame(int frame, double wallMs, bool clustered) {
    if (frame >= 10 && (m_adoptedFrame < 0 || frame <= m_adoptedFrame + 3))
        m_loadFrames.push_back(wallMs);
    if (m_adoptedFrame >= 0 && frame > m_adoptedFrame && m_clusteredFrame < 0) {
        m_indexFrames.push_back(wallMs);
        if (clustered) {
            m_clusteredFrame = frame;
            m_clusteredMs = sinceRequest();
        }
    }
}

bool LoadBench::done(int frame, bool failed) const {
    return m_adoptedFrame >= 0 && frame > m_adoptedFrame + 3 && (m_clusteredFrame >= 0 || failed);
}

void LoadBench::print(bool loaded) const {
    std::printf("{\n  \"file\": \"%s\",\n  \"loaded\": %s,\n  \"request_to_shown_ms\": "
                "%.1f,\n  \"frames_while_loading\": %zu,\n  \"max_frame_ms\": %.1f,\n"
                "  \"median_frame_ms\": %.1f,\n  \"request_to_clustered_ms\": %.1f,\n"
                "  \"frames_while_indexing\": %zu,\n  \"max_frame_indexing_ms\": %.1f\n}\n",
                m_file.c_str(), loaded ? "true" : "false", m_loadMs, m_loadFrames.size(),
                percentile(m_loadFrames, 1.0), median(m_loadFrames), m_clusteredMs,
                m_indexFrames.size(), percentile(m_indexFrames, 1.0));
}

bool ContrastBench::switchNow() {
    const auto now = Clock::now();
    const double since = std::chrono::duration<double>(now - m_last).count();
    const double sinceStart = std::chrono::duration<double>(now - m_start).count();
    m_switching = sinceStart > 1.0 && since > 0.6 && m_made < m_switches;
    if (m_switching) {
        if (m_made == 1)
            m_rssFirst = residentMb();
        m_last = now;
        ++m_made;
        m_afterMaxMs.push_back(0);
    } else if (m_made == m_switches && since > 0.6) {
        m_rssLast = residentMb();
        m_done = true;
    }
    return m_switching;
}

void ContrastBench::frame(double wallMs) {
    if (m_switching)
        m_switchMs.push_back(wallMs);
    else if (m_made == 0)
        m_stillMs.push_back(wallMs);
    else
        m_afterMaxMs.back() = std::max(m_afterMaxMs.back(), wallMs);
}

void ContrastBench::print() const {
    std::printf("{\n  \"contrast_switches\": %d,\n  \"still_wall_ms_median\": %.3f,\n"
                "  \"switch_frame_wall_ms\": {\"median\": %.3f, \"max\": %.3f},\n"
                "  \"longest_frame_after_switch_ms\": {\"median\": %.3f, \"max\": %.3f},\n"
                "  \"rss_mb_after_first_switch\": %.1f,\n  \"rss_mb_after_last_switch\": %.1f\n}\n",
                m_made, median(m_stillMs), median(m_switchMs), percentile(m_switchMs, 1.0),
                median(m_afterMaxMs), percentile(m_afterMaxMs, 1.0), m_rssFirst.first,
                m_rssLast.first);
}

} // namespace aimap
