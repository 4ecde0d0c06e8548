#include "core/timeline/Timeline.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace aimap {

double easeInOut(double t) {
    if (!(t > 0))
        return 0;
    if (t >= 1)
        return 1;
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

namespace {

// The nearest year with figures (the earlier one on a tie).
std::size_t nearestYear(const std::vector<int>& years, int year) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < years.size(); ++i)
        if (std::abs(years[i] - year) < std::abs(years[best] - year))
            best = i;
    return best;
}

} // namespace

double playRangeSeconds(const std::vector<int>& years, int from, int to,
                        const TimelineTiming& timing) {
    if (years.empty())
        return 0;
    const std::size_t a = nearestYear(years, from), b = nearestYear(years, to);
    if (b <= a)
        return 0;
    const double n = static_cast<double>(b - a);
    return n * timing.transitionSeconds + (n - 1) * timing.holdSeconds;
}

std::size_t Timeline::indexOf(int year) const {
    return nearestYear(m_years, year);
}

void Timeline::setYears(std::vector<int> years, int year) {
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    m_years = std::move(years);
    m_playing = false;
    m_pausedAt = -1;
    m_stopAt.reset();
    m_reached = false;
    m_from = m_to = m_years.empty() ? 0 : indexOf(year);
    const int y = m_years.empty() ? year : m_years[m_to];
    m_frame = {y, y, 1, 1};
}

void Timeline::startTransition(std::size_t to, double now) {
    m_from = m_to;
    m_to = to;
    m_phaseStart = now;
    m_pausedAt = -1;
    m_reached = true;
    m_frame = {m_years[m_from], m_years[m_to], m_from == m_to ? 1.0 : 0.0,
               m_from == m_to ? 1.0 : 0.0};
}

void Timeline::play(double now) {
    if (m_years.size() < 2)
        return;
    if (m_pausedAt >= 0) { // resume where it was paused
        m_phaseStart = now - m_pausedAt;
        m_pausedAt = -1;
        m_playing = true;
        return;
    }
    m_playing = true;
    if (m_to + 1 >= m_years.size()) { // at the end: from the first year again
        m_from = m_to = 0;
        m_frame = {m_years[0], m_years[0], 1, 1};
        m_reached = true;
    }
    // Held on a year: the next transition starts now.
    startTransition(m_to + 1, now);
}

void Timeline::pause(double now) {
    if (!m_playing)
        return;
    update(now);
    m_playing = false;
    if (m_frame.transitioning())
        m_pausedAt = now - m_phaseStart;
}

void Timeline::seek(int year, double now, bool animate) {
    if (m_years.empty())
        return;
    const std::size_t to = indexOf(year);
    m_stopAt.reset();
    if (animate && to != m_to) {
        startTransition(to, now);
    } else {
        m_from = m_to = to;
        m_phaseStart = now - m_timing.transitionSeconds; // holding from now
        m_pausedAt = -1;
        m_frame = {m_years[to], m_years[to], 1, 1};
        m_reached = animate;
    }
}

void Timeline::playRange(int from, int to, double now) {
    if (m_years.empty())
        return;
    m_from = m_to = indexOf(from);
    m_frame = {m_years[m_to], m_years[m_to], 1, 1};
    const std::size_t stop = indexOf(to);
    if (stop <= m_to) {
        m_playing = false;
        m_stopAt.reset();
        return;
    }
    m_stopAt = stop;
    m_playing = true;
    startTransition(m_to + 1, now);
}

TimelineFrame Timeline::update(double now) {
    if (m_years.empty() || m_pausedAt >= 0)
        return m_frame;
    const double T = m_timing.transitionSeconds, H = m_timing.holdSeconds;
    // A transition (started by play, a seek or the previous hold's end) runs whether playing or
    // not; playing chains the next one after each hold.
    while (true) {
        const double t = now - m_phaseStart;
        if (m_from != m_to && t < T) {
            const double p = std::clamp(t / T, 0.0, 1.0);
            m_frame = {m_years[m_from], m_years[m_to], p, easeInOut(p)};
            return m_frame;
        }
        m_frame = {m_years[m_to], m_years[m_to], 1, 1};
        const bool atStop = m_stopAt ? m_to >= *m_stopAt : m_to + 1 >= m_years.size();
        if (!m_playing || atStop) {
            if (m_playing && atStop) {
                m_playing = false;
                m_stopAt.reset();
            }
            return m_frame;
        }
        const double holdStart = m_phaseStart + T;
        if (now < holdStart + H)
            return m_frame;
        // The next transition starts when the hold ends (not now: frames may be late).
        const double start = holdStart + H;
        m_from = m_to;
        m_to = m_to + 1;
        m_phaseStart = start;
        m_reached = true;
    }
}

} // namespace aimap
