#pragma once

#include "core/data/Dataset.hpp"
#include "core/i18n/UiText.hpp"
#include "core/view/RankLayer.hpp"
#include "core/view/ZoneLayer.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace aimap {

/// Which language the map's city labels use.
enum class LabelMode { Chinese, English, Both };

/// The label setting as the command line, talks and settings spell it: "zh", "en", "both".
constexpr const char* labelModeName(LabelMode m) {
    return m == LabelMode::Chinese ? "zh" : m == LabelMode::English ? "en" : "both";
}

/// The panels' language for a label setting: 中文 gives Chinese panels, English and "both" give
/// English panels (a panel has room for one language; with "both" the map's labels stay
/// bilingual). Pass it on to whatever builds text for the screen (UiText.hpp).
constexpr UiLanguage uiLanguage(LabelMode labels) {
    return labels == LabelMode::Chinese ? UiLanguage::Zh : UiLanguage::En;
}

/// What the map shows: a plain value (no camera, no window), with the rules that keep it
/// consistent with a dataset. A presenter's scene stores one.
struct ViewState {
    /// The data file shown (a scene names its data by it). The indexes below are those of the
    /// dataset loaded from it now: keepAcrossReload() carries them over to a new load.
    std::string dataset;
    std::size_t metric = 0; ///< index into Dataset::metrics
    int year = 0;           ///< 0 when the metric has no years
    std::optional<std::size_t> selectedCity;
    LabelMode labels = LabelMode::Both;
    bool clustering = true; ///< "group nearby"
    /// The sectors whose enterprises the map sums (bit i = Sector i; SectorFilter.hpp); all by
    /// default. Only enterprise tables have sectors to choose.
    unsigned short sectors = (1u << 9) - 1;
    ProgrammeMask zones = 0; ///< pilot-zone programmes shown as a layer (bit i: programme i)
    std::optional<RankLayerChoice> ranks; ///< the ranking shown as badges, if any

    bool operator==(const ViewState& o) const {
        return dataset == o.dataset && metric == o.metric && year == o.year &&
               selectedCity == o.selectedCity && labels == o.labels && clustering == o.clustering &&
               sectors == o.sectors && zones == o.zones && ranks == o.ranks;
    }
    bool operator!=(const ViewState& o) const { return !(*this == o); }
};

/// The default view of a dataset, chosen by coverage and honesty: the metric and year whose
/// figures fill the most cities, each city counted by how exact its figure is (1 for an exact
/// figure, 0.8 for "about", 0.25 for a bound such as "> 550") times how good its best source is
/// (quality A 1, B 0.9, C 0.6, D 0.4, no grade 0.5, unsourced 0.3). Only size metrics (never
/// ranks, shares, index scores or targets), and metrics of the whole industry before sector
/// metrics (those are picked through the sector filter). Ties: more cities, then the order of
/// metricsByCoverage, then the latest year. Labels and grouping are kept from `base`; no
/// selection.
ViewState defaultView(const Dataset& ds, ViewState base = {});

/// Switch to `metric`, keeping the year if the metric has figures for it, else its latest year.
/// Out-of-range metrics change nothing.
ViewState withMetric(const Dataset& ds, ViewState v, std::size_t metric);

/// The same view on reloaded data: the metric (by id), the year if it still has figures (else
/// the metric's latest), the selected city (by id) when the new data has them; otherwise the
/// default metric and no selection.
ViewState keepAcrossReload(const Dataset& previous, const Dataset& next, const ViewState& v);

/// What the command line asks for (empty strings and nullopt: not given).
struct ViewRequest {
    std::string metric; ///< metric id
    std::optional<int> year;
    std::string select;        ///< city: id, English or Chinese name
    std::string selectCluster; ///< city whose cluster to open
    std::string labels;        ///< zh, en, both
    std::optional<bool> grouping; ///< group nearby markers (default: on)
    std::string sectors;          ///< sectors to sum, comma-separated ids or names ("ai_chips,iot")
    std::string zones;            ///< pilot-zone programmes: ids or short names, "all", "none"
    std::string ranks;            ///< ranking shown as badges: "metric_id" or "metric_id:year"
};

/// A request resolved against a dataset: the view, or the error to print (exit code 2).
struct ResolvedView {
    ViewState view;
    std::optional<std::size_t> clusterCity; ///< --select-cluster's city
    std::string error;                      ///< "unknown metric 'x'; metrics with values: ..."
};

/// Starts from defaultView(ds); a metric given alone shows its latest year.
ResolvedView resolveView(const Dataset& ds, const ViewRequest& request);

/// "济南 Jinan", "济南" or "Jinan" for the label mode (the other name where one is missing).
std::string cityLabel(const City& city, LabelMode mode);

} // namespace aimap
