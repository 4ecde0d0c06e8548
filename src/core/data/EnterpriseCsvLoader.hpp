#pragma once

#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"

#include <string>
#include <vector>

namespace aimap {

/// True when a CSV header row names an enterprise table: a sector column and an enterprise name
/// column (a sector column alone makes a city table of sector figures).
bool isEnterpriseHeader(const std::vector<std::string>& header);

/// Loads an enterprise table from the bytes of a CSV file (format: docs/data-format.md,
/// "Enterprise tables"; `path` names it in diagnostics): one row per enterprise with its city (or
/// lon/lat), sector(s), optional weight and year. Enterprises are aggregated per city and year
/// into the metric "enterprises" (count), "enterprise_weight" (sum, when there is a weight
/// column) and a per-sector breakdown; the points are kept for clustering. An enterprise given by
/// lon/lat is counted in the nearest prefecture-level city of the gazetteer. Never throws.
/// (FormatDispatch.hpp loads a file of any kind.)
DatasetLoadResult loadEnterpriseCsvBytes(const std::string& bytes, const std::string& path,
                                         const Gazetteer* gazetteer, const Limits& limits = {});

/// The enterprise table's dataset from a decoded and parsed table (CsvDirectives.hpp);
/// `frontDiags` are the messages of decoding and parsing.
struct TableFront;
DatasetLoadResult enterpriseTableDataset(TableFront front, Diagnostics frontDiags,
                                         const Gazetteer* gazetteer, const Limits& limits);

} // namespace aimap
