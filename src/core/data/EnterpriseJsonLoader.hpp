#pragma once

#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"

#include <nlohmann/json.hpp>

namespace aimap {

/// An enterprise list in JSON (format: docs/data-format.md, "Enterprise lists in JSON"), already
/// parsed; diagnostics use JSON pointers. Enterprises are aggregated per city and year as an
/// enterprise table's are (EnterpriseCsvLoader.hpp). Never throws.
DatasetLoadResult loadEnterpriseJsonDoc(const nlohmann::json& doc, const std::string& path,
                                        const Gazetteer* gazetteer, const Limits& limits = {});

} // namespace aimap
