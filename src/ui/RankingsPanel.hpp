#pragma once

#include "core/data/Dataset.hpp"
#include "core/rank/RankingTable.hpp"
#include "ui/PanelFrame.hpp"

#include <optional>
#include <vector>

namespace aimap {

/// The rankings table (issue 16; key T): one metric in one year, its cities with value or bound,
/// place or published rank, change since an earlier year, sources and grade. Sorts by a click on
/// a header; a click on a row asks to fly to its city. Right of the panels at the top.
struct RankingsPanelState {
    const Dataset* dataset = nullptr;
    const RankingTable* table = nullptr; ///< null: closed
    std::vector<std::size_t> metrics;    ///< the metrics it can show (rankableMetrics)
    std::vector<int> years;              ///< the metric's years
    std::vector<int> earlier;            ///< the years before the table's, latest first
    std::optional<std::size_t> selected; ///< the selected row (index into table->rows)
    bool focused = false;                ///< it has the keyboard (Up/Down/Enter)
    bool focusNow = false;               ///< take the keyboard focus this frame (just opened)
    bool scrollToSelected = false;       ///< the selection moved by key: keep it in view
    float rightLimit = 0; ///< pixels: the table ends left of this (the card's edge); 0: window's
};

struct RankingsIntents {
    std::optional<std::size_t> metric;
    std::optional<int> year;
    std::optional<std::optional<int>> earlier; ///< the year to measure the change from, or none
    std::optional<RankColumn> sortBy;          ///< a header clicked (again: reverses)
    std::optional<std::size_t> row;            ///< a row clicked: fly to its city
    bool exportCsv = false;
    /// A mouse click in the table's window this frame, or elsewhere (the map, another panel):
    /// the table has the keyboard from a click in it to a click outside. (ImGui's own window
    /// focus would not do: the card a row opens takes it as it appears.)
    bool clickedInside = false, clickedOutside = false;
    /// Where the rows are (window pixels; empty: scrolled out of view), for tests (--ui-dump).
    std::vector<Box> rowRects;
    Box window; ///< the panel's rectangle (window pixels)
};

RankingsIntents drawRankings(const RankingsPanelState& state, PanelFrame& frame);

} // namespace aimap
