#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace aimap {

/// How long the timeline's phases last (seconds).
struct TimelineTiming {
    double transitionSeconds = 1.2; ///< markers morph from year A to year B
    double holdSeconds = 1.6;       ///< then the year is held before the next transition
};

/// What the map shows at one moment of the timeline: a year held (`from == to`, `eased == 1`),
/// or a transition from year `from` to year `to` with eased progress in [0, 1].
struct TimelineFrame {
    int from = 0;
    int to = 0;
    double progress = 1; ///< linear, [0, 1]
    double eased = 1;    ///< easeInOut(progress): what the markers use
    bool transitioning() const { return from != to && progress < 1; }
};

/// Cubic ease-in-out on [0, 1]: 0 -> 0, 1 -> 1, monotone, symmetric about 0.5.
double easeInOut(double t);

/// How long Timeline::playRange(from, to) plays among `years` (ascending, distinct) until it
/// stops on `to`: a transition into each year after `from` up to `to`, and a hold on each year in
/// between (not on `to`: the play has stopped there). `from` and `to` are snapped to the nearest
/// year as playRange snaps them; 0 when nothing plays.
double playRangeSeconds(const std::vector<int>& years, int from, int to,
                        const TimelineTiming& timing = {});

/// Playback over the years of the shown metric that have figures (years without any figure are
/// never visited: they are not in the list). A pure value: time is passed in (`now`, seconds of
/// any steady clock), there is no clock inside. Playing goes through the years in order: a
/// transition to the next year, then a hold on it, then the next transition; it stops on the last
/// year (or on the year a talk asked it to stop at). Pausing freezes the frame where it is
/// (mid-transition too); resuming continues from there.
class Timeline {
public:
    explicit Timeline(TimelineTiming timing = {}) : m_timing(timing) {}

    /// The years of the metric shown (ascending, distinct) and the year shown now. Stops play.
    /// `year` not among them: the nearest of them (the earlier on a tie).
    void setYears(std::vector<int> years, int year);
    const std::vector<int>& years() const { return m_years; }

    /// Starts playing from the frame shown; on the last year, starts again from the first.
    void play(double now);
    void pause(double now);
    void toggle(double now) { playing() ? pause(now) : play(now); }
    /// Shows `year` (snapped to the nearest year with figures): with `animate`, by a transition
    /// from the year shown (a slider click), else at once. Keeps playing if it was.
    void seek(int year, double now, bool animate);
    /// A talk's `"timeline": {"from": A, "to": B}`: shows A, then plays to B and stops there.
    void playRange(int from, int to, double now);

    bool playing() const { return m_playing; }
    /// Paused mid-transition: the frame stands still until play().
    bool paused() const { return m_pausedAt >= 0; }
    /// The frame at `now` (advances the state: call with non-decreasing times).
    TimelineFrame update(double now);
    /// The last frame computed by update() (or the held year after setYears/seek).
    const TimelineFrame& frame() const { return m_frame; }
    /// The year the map's figures are of: the transition's target from its start.
    int year() const { return m_frame.to; }
    /// The year shown was reached through the timeline (play, a seek by the slider, a talk's
    /// range), not set by the menu or the command line: the previous-year ring is shown.
    bool reached() const { return m_reached; }
    void setReached(bool r) { m_reached = r; }
    const TimelineTiming& timing() const { return m_timing; }

private:
    std::size_t indexOf(int year) const;
    void startTransition(std::size_t to, double now);

    TimelineTiming m_timing;
    std::vector<int> m_years;
    std::size_t m_from = 0, m_to = 0; ///< indices into m_years
    double m_phaseStart = 0;          ///< when the current transition began
    double m_pausedAt = -1;           ///< seconds into the phase when paused (-1: not paused)
    bool m_playing = false;
    bool m_reached = false;
    std::optional<std::size_t> m_stopAt; ///< a talk's range: stop on this year
    TimelineFrame m_frame;
};

} // namespace aimap
