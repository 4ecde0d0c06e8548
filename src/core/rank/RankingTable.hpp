#pragma once

#include "core/data/Dataset.hpp"
#include "core/i18n/UiText.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

// The rankings table (issue 16): the cities with a figure of ONE metric (one definition) in one
// year, with their place, the change since an earlier year, sources and grades. Figures of
// different metrics never share a table. Ranks of rank metrics (scale rank: a published ranking)
// are shown as published, never recomputed; for amounts, shares and index scores the table gives
// the place among the cities it lists — not a published rank — as a range where a bound (">",
// "<") leaves the order open.

/// A table column: what it sorts by.
enum class RankColumn : unsigned char { City, Value, Rank, Change, ChangePct, Sources, Grade };
constexpr int kRankColumnCount = 7;

/// One city's row.
struct RankingRow {
    std::size_t city = 0;
    const Value* value = nullptr;   ///< the figure of the table's year (never null)
    const Value* earlier = nullptr; ///< the figure of the earlier year; null: none
    /// Published rank (rank metrics), or the place among the listed cities: best..worst (equal
    /// when the order is certain; a tie shares the best place, "competition" ranking 1,2,2,4).
    int rankBest = 0, rankWorst = 0;
    bool tied = false; ///< another row has the same place for certain
    /// Now minus then, in the metric's unit (for rank metrics: rank now minus rank then, so -2
    /// means two places up). None when either figure is a bound or missing.
    std::optional<double> change;
    std::optional<double> changePct;  ///< percent of the earlier figure: amounts and scores only
    bool changeApprox = false;        ///< either figure is approximate ("~")
    std::vector<std::string> sources; ///< the figure's source ids, as on the card
    std::string grade; ///< its sources' quality grades, in source order, distinct: "A", "B/C"
};

struct RankingTable {
    std::size_t metric = 0;
    int year = 0;
    std::optional<int> earlierYear; ///< the year the change is measured from
    bool ranksPublished = false;    ///< a rank metric: the rank column is the published rank
    std::vector<RankingRow> rows;   ///< sorted (sortRankingTable); by place at first
    RankColumn sortColumn = RankColumn::Rank;
    bool ascending = true;
};

/// The metrics a table can be made of (those with at least one actual figure), in data order.
std::vector<std::size_t> rankableMetrics(const Dataset& ds);
/// The years before `year` with a figure of `metric`, latest first (the choices of "since").
std::vector<int> earlierYears(const Dataset& ds, std::size_t metric, int year);

/// The table of `metric` in `year`: a row per city with an actual figure (targets never),
/// sorted by place; the change since `earlier` (none: no change column). Empty rows for an
/// unknown metric.
RankingTable buildRankingTable(const Dataset& ds, std::size_t metric, int year,
                               std::optional<int> earlier);

/// Sorts the rows by `column` (`ascending` or not). Rows without a figure in that column (no
/// change, no grade) go last either way; ties keep the order by place, then English name.
void sortRankingTable(RankingTable& table, const Dataset& ds, RankColumn column, bool ascending);

/// The natural first direction of a column: places and names ascending, figures and changes
/// descending (largest first).
bool defaultAscending(RankColumn column);

/// What the cells say, in `lang`: the figure as the card writes it ("> 550", "~ 1,500", "#3",
/// "T2"); the place ("3", "=3" for a tie, "2-4" when a bound leaves it open); the change ("+120",
/// "~ -3.5", for ranks "up 2"/"down 2"/"same"; "n/a" without); the change in percent ("+12.5%").
std::string rankValueText(const Dataset& ds, const RankingTable& t, const RankingRow& r,
                          UiLanguage lang);
std::string rankPlaceText(const RankingTable& t, const RankingRow& r);
std::string rankChangeText(const Dataset& ds, const RankingTable& t, const RankingRow& r,
                           UiLanguage lang);
std::string rankChangePctText(const RankingRow& r, UiLanguage lang);

} // namespace aimap
