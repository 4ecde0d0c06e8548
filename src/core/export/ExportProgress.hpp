#pragma once

#include <cstddef>
#include <string>

namespace aimap {

/// A progress bar for a long export on the terminal (--export-video; issue 15): what to write to
/// stderr as the work advances. On a terminal one line is redrawn in place ("\r"), at most every
/// `kTerminalSeconds`; into a file or a pipe (a log, CI) a full line is written at the start, at
/// each quarter and at the end, no more: a log of a three-minute export stays five lines long.
class ExportProgress {
public:
    static constexpr double kTerminalSeconds = 0.25;

    /// `total` units of work (video frames) named `unit` ("frames"); `terminal`: stderr is one.
    ExportProgress(std::size_t total, std::string unit, bool terminal);

    /// The text to write after `done` units at `elapsedSeconds` since the start (non-decreasing),
    /// or "" when nothing is due. The last one (done == total) ends the line.
    std::string update(std::size_t done, double elapsedSeconds);

private:
    std::size_t m_total;
    std::string m_unit;
    bool m_terminal;
    double m_lastSeconds = -1; ///< when the terminal's line was last drawn
    int m_lastQuarter = -1;    ///< the last quarter a log line was written for
    bool m_finished = false;
};

/// "[#########-----------]  45%  1350/3000 frames  0:42 elapsed  0:51 left": a bar `barWidth`
/// characters wide, the share done, the count, the time elapsed and an estimate of the time
/// left from the pace so far ("--:--" before the first unit). Times as formatElapsed() gives
/// them: M:SS, or H:MM:SS from an hour.
std::string progressLine(std::size_t done, std::size_t total, const std::string& unit,
                         double elapsedSeconds, int barWidth = 24);

} // namespace aimap
