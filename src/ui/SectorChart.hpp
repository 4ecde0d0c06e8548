#pragma once

#include "core/i18n/UiText.hpp"

#include "core/data/SectorChart.hpp"

namespace aimap {

/// Draws one sector chart in the current window: a heading, one horizontal bar per entry
/// (ranked, in its sector's colour, on one zero-based scale), the value as published after each
/// bar, a bound as an open-ended bar with ">" (at least) or an outline (at most), a target as
/// text only, and the chart's notes. Hovering a row shows the value and its sources.
/// `labelMode`: 0 Chinese, 1 English, 2 both (LabelMode's order). `id` keeps ImGui ids stable.
/// `lang`: the chart's own words (tooltips, "no figure", "target").
void drawSectorChart(const SectorChartModel& chart, int labelMode, float uiScale, UiLanguage lang);

} // namespace aimap
