#include "core/export/ExportProgress.hpp"

#include "core/talk/PresenterModel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aimap {

std::string progressLine(std::size_t done, std::size_t total, const std::string& unit,
                         double elapsedSeconds, int barWidth) {
    done = std::min(done, total);
    const double share = total ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
    const int filled = static_cast<int>(std::floor(share * barWidth));
    const double left =
        done ? elapsedSeconds / static_cast<double>(done) * static_cast<double>(total - done)
             : -1.0;
    char numbers[160];
    std::snprintf(numbers, sizeof numbers, "] %3d%%  %zu/%zu %s  %s elapsed  %s left",
                  static_cast<int>(std::floor(share * 100)), done, total, unit.c_str(),
                  formatElapsed(elapsedSeconds).c_str(),
                  left < 0 ? "--:--" : formatElapsed(left).c_str());
    return "[" + std::string(static_cast<std::size_t>(filled), '#') +
           std::string(static_cast<std::size_t>(barWidth - filled), '-') + numbers;
}

ExportProgress::ExportProgress(std::size_t total, std::string unit, bool terminal)
    : m_total(total), m_unit(std::move(unit)), m_terminal(terminal) {}

std::string ExportProgress::update(std::size_t done, double elapsedSeconds) {
    if (m_finished)
        return {};
    const bool last = done >= m_total;
    m_finished = last;
    const std::string line = progressLine(done, m_total, m_unit, elapsedSeconds);
    if (m_terminal) {
        if (!last && m_lastSeconds >= 0 && elapsedSeconds - m_lastSeconds < kTerminalSeconds)
            return {};
        m_lastSeconds = elapsedSeconds;
        // Padded: a shorter line ("left" estimates shrink) must cover the longer one before it.
        return "\r" + line + "   " + (last ? "\n" : "");
    }
    const int quarter = m_total ? static_cast<int>(4 * std::min(done, m_total) / m_total) : 4;
    if (quarter <= m_lastQuarter)
        return {};
    m_lastQuarter = quarter;
    return line + "\n";
}

} // namespace aimap
