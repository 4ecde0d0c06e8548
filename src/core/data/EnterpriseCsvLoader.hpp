#pragma once

#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"

#include <nlohmann/json.hpp>

namespace aimap {

/// An enterprise list in JSON (format: docs/data-format.md, "Enterprise lists in JSON"), already
/// parsed; diagnostics use JSON pointers.
DatasetLoadResult loadEnterpriseJsonDoc(const nlohmann::json& doc, const std::string& path,
                                        const Gazetteer* gazetteer, const Limits& limits = {});

/// True when a CSV header row names an enterprise table (it has a sector column).
bool isEnterpriseHeader(const std::vector<std::string>& header);

/// Loads an enterprise table from the bytes of a CSV file (format: docs/data-format.md,
/// "Enterprise tables"; `path` names it in diagnostics): one row per enterprise with its city (or
/// lon/lat), sector(s), optional weight and year. Enterprises are aggregated per city and year
/// into the metric "enterprises" (count), "enterprise_weight" (sum, when there is a weight
/// column) and a per-sector breakdown; the points are kept for clustering. An enterprise given by
/// lon/lat is counted in the nearest prefecture-level city of the gazetteer.
DatasetLoadResult loadEnterpriseCsvBytes(const std::string& bytes, const std::string& path,
                                         const Gazetteer* gazetteer, const Limits& limits = {});

} // namespace aimap
