#pragma once

#include "core/data/Dataset.hpp"
#include "core/i18n/UiText.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace aimap {

/// A choice of sectors: bit i = Sector i.
using SectorMask = std::uint16_t;
constexpr SectorMask kAllSectors = (1u << 9) - 1;

/// The sectors that occur among the dataset's enterprises (0 without enterprises).
SectorMask sectorsPresent(const Dataset& ds);

/// The part of an enterprise's weight that falls in the chosen sectors: its weight is split
/// evenly between its sectors (as in the sector breakdowns), so k of its n sectors chosen = k/n.
double shareInSectors(unsigned short sectors, SectorMask mask);

/// "AI chips, IoT": the chosen sectors' names, in sector order (0 Chinese, 1 English, 2 both);
/// in Chinese separated by "、" ("人工智能芯片、物联网").
std::string sectorNames(SectorMask mask, int labelMode);

/// The dataset as the map shows it when only the sectors of `mask` are chosen. The enterprise
/// metrics are recomputed per city and year over the chosen sectors:
/// - "enterprises": an enterprise counts once if it has any chosen sector (one in AI chips and
///   IoT counts once when both are chosen), so the count is the number of distinct enterprises;
///   a city whose list has none in the chosen sectors has 0 (its list is there: not absent);
/// - "enterprise_weight": each enterprise adds shareInSectors() of its weight, so sector sums
///   add up (the even-split rule); a city none of whose chosen-sector enterprises gives a weight
///   has no sum (absent, as before).
/// Their labels say what is summed ("... in: AI chips, IoT", in `lang`), `sectorFilter` is set, and
/// the cluster layer sizes its points the same way. Everything else (cities, sources, enterprises,
/// sector breakdowns) is the same. Returns `ds` itself when the mask chooses every sector present,
/// or the dataset has no enterprises.
std::shared_ptr<const Dataset> filterSectors(const std::shared_ptr<const Dataset>& ds,
                                             SectorMask mask, UiLanguage lang = UiLanguage::En);

/// The cited sector metrics the map may be sized by (a size metric with a sector and values), by
/// sector, then label: with cited figures only, the sector filter picks one of them and the map
/// shows it alone (one metric, one definition, one scale).
std::vector<std::size_t> sectorMetrics(const Dataset& ds);

/// "AI chips — integrated circuits (all): IC design revenue (100 million CNY)": a sector
/// metric as the filter lists it.
std::string sectorMetricLabel(const Dataset& ds, std::size_t metric, int labelMode);

/// What the map sums for `metric` under the data's sector filter, for the legend and the cluster
/// card ("Counts the enterprises in any of: AI chips, IoT (an enterprise in several counts
/// once)."), or for a cited sector metric which sector (and scope) it is; empty when every
/// sector is summed or the metric is neither.
/// In `lang` (the sector names by `labelMode`).
std::string sectorFilterNote(const Dataset& ds, std::size_t metric, int labelMode,
                             UiLanguage lang = UiLanguage::En);

} // namespace aimap
