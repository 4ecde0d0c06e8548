#pragma once

// Comparing cities side by side (issue 16): up to four pinned cities, each with a slot (its
// number and colour in the panel and on the map), and the model of the compare panel built from
// the data for them. Pure values: the panel (ui/ComparePanel) draws it, the UI dump writes it.

#include "core/Theme.hpp"
#include "core/data/Dataset.hpp"
#include "core/i18n/UiText.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// At most this many cities are compared at once (more would not read side by side).
constexpr std::size_t kMaxPinned = 4;

/// The colour of a pinned slot (0..3), the same in both palettes: its ring and number badge on
/// the map and its bars in the compare panel. Paul Tol's vibrant magenta and teal, muted indigo
/// and olive: apart from the orange markers, the selection's blue and each other; the number in
/// the badge tells them apart where colour cannot.
Rgba pinColour(std::size_t slot);

/// The pinned cities by slot (0..3, shown as 1..4): a city keeps its slot (its number and colour)
/// until it is unpinned; a new pin takes the lowest free slot. Cities are kept by id, so that
/// the pins survive a reload of the data (pinnedIn() drops ids the data no longer has).
class PinSet {
public:
    enum class Result { Pinned, Unpinned, Full };
    /// Pins `cityId`, or unpins it when it is pinned; Full (nothing changes) when four are.
    Result toggle(const std::string& cityId);
    bool unpin(const std::string& cityId);
    /// Unpins the city pinned last (Esc): its id, or none when nothing is pinned.
    std::optional<std::string> unpinLast();
    void clear();
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    std::optional<std::size_t> slotOf(const std::string& cityId) const;
    /// The id in each slot ("" for a free one).
    const std::array<std::string, kMaxPinned>& slots() const { return m_slots; }
    bool operator==(const PinSet& o) const { return m_slots == o.m_slots; }

private:
    std::array<std::string, kMaxPinned> m_slots;
    std::vector<std::string> m_order; ///< ids in the order they were pinned
};

/// A pinned city found in a dataset.
struct ComparePin {
    std::size_t slot = 0; ///< 0..3 (shown as 1..4): its number and colour
    std::size_t city = 0; ///< index into Dataset::cities
    std::string id;
    std::string name; ///< in the panel's language ("济南", "Jinan")
};

/// The pins of `pins` that `ds` has, in slot order.
std::vector<ComparePin> pinnedIn(const Dataset& ds, const PinSet& pins, UiLanguage lang);

/// One pinned city's figure in one group (a year, or a sector): present, or n/a — never 0.
struct CompareFigure {
    bool present = false;
    double value = 0;            ///< in the metric's unit; a bound's bound
    std::string qualifier = "="; ///< "=", ">" (at least), "<" (at most), "~" (about)
    /// With its qualifier ("> 550", "~ 1,500") and unit where the unit is a word of the format
    /// ("41.7 bn CNY", "1,048"); a bare number where the unit is the data's own phrase ("100
    /// million CNY (亿元)"), which the chart's title then carries.
    std::string text;
    std::string period; ///< as published: "end-2020"
    std::string asPublished;
    std::vector<std::string> sources; ///< source ids; empty = unsourced
};

/// How a chart shows its figures. Amounts (and shares) are bar lengths on one axis; ranks and
/// index scores are never lengths: they are listed in order (rank 1 at the top, the highest
/// score at the top) with their values as published.
enum class CompareKind { Bars, Ranks, Scores };

/// A group of figures: one per pin (in the order of CompareModel::pins).
struct CompareGroup {
    std::string label; ///< "2020", or a sector's name
    int year = 0;
    std::vector<CompareFigure> figures;
    /// Ranks and scores: the pins' order in the list (indexes into figures; n/a last). Bars:
    /// the pins' own order.
    std::vector<std::size_t> order;
};

/// A target (a plan), listed as text beside a chart: never drawn as an actual.
struct CompareTarget {
    std::size_t pin = 0; ///< index into CompareModel::pins
    int year = 0;
    std::string text; ///< "target 2025: 2,400 亿元"
    std::vector<std::string> sources;
};

/// One metric (one definition, one unit) for the pinned cities, or one sector breakdown.
struct CompareChart {
    std::string id; ///< the metric's id, or "sectors_count_2020" / "sectors_weight_2020"
    std::string title;
    std::string unit;
    CompareKind kind = CompareKind::Bars;
    /// Bars: the value at full length, the largest actual of any pinned city in any group (one
    /// axis for the whole chart); shares of a whole run to the whole (1, or 100 percent).
    double axisMax = 0;
    std::string axisText;             ///< axisMax as the bars' texts write it ("550", "70 bn CNY")
    std::vector<CompareGroup> groups; ///< by year ascending, or by sector
    std::vector<CompareTarget> targets;
    std::size_t sharedBy = 0; ///< how many pinned cities have a figure (actual or target)
    std::string sector;       ///< the sector a metric measures ("ai_chips"), else empty
};

/// Everything the compare panel shows.
struct CompareModel {
    std::vector<ComparePin> pins;
    /// Each metric that at least two pinned cities have a figure of: amounts first, then
    /// scores, then ranks; within each, the most shared first.
    std::vector<CompareChart> metrics;
    /// Enterprise tables: the pinned cities' enterprises by sector side by side, counts (and
    /// weight sums), each on one scale for all of them. Empty without enterprise tables.
    std::vector<CompareChart> sectors;
    /// Per pin: how many metrics only that city has (shown on its card, not here).
    std::vector<std::size_t> onlyHere;
    UiLanguage language = UiLanguage::En;
};

/// The model for the pinned cities of `ds`. `year`: the year whose sector breakdowns are shown
/// (the map's year; when no pinned city has one for it, the latest year one has).
CompareModel buildCompare(const Dataset& ds, const std::vector<ComparePin>& pins, int year,
                          UiLanguage lang = UiLanguage::En);

/// The UI dump's "compare" without the markers: pinned [{city, slot (1..4)}], metrics [{id,
/// kind, years, values {city: [number or null per year]}, sources, axis_max}], sectors.
nlohmann::json toJson(const CompareModel& model);

} // namespace aimap
