#pragma once

#include "core/i18n/UiText.hpp"

#include <optional>
#include <vector>

namespace aimap {

/// The year row of the control panel (the timeline, issue 15).
struct YearSliderState {
    std::vector<int> years; ///< the metric's years with figures, ascending
    int year = 0;           ///< the year the figures are of
    bool playing = false;
    double position = 0; ///< an index into `years`, fractional during a transition
};

struct YearSliderIntents {
    std::optional<int> year; ///< the lone year's button (a metric with one year)
    std::optional<int> seek; ///< the slider moved to this year: a transition to it
    bool toggle = false;     ///< Play / Pause
};

/// "Year", Play / Pause (key P) and a slider over the years with figures only, gliding with the
/// markers during a transition; a metric with one year shows it as a button.
YearSliderIntents yearSlider(const YearSliderState& st, UiLanguage lang);
/// The "Play" / "Pause" button alone (the folded control panel's line): true when pressed.
bool timelinePlayButton(bool playing, UiLanguage lang);

} // namespace aimap
