#pragma once

#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"

#include <string>

namespace aimap {

/// Turns ds.enterprises into the metrics "enterprises" (count) and, when `weighted`,
/// "enterprise_weight" (sum; `weightFrom` says where the weights come from) per city and year,
/// and the per-sector breakdowns, and collects the names' characters for the font. Returns false
/// (with an error) when there is nothing to show. Shared by the enterprise table and list loaders.
bool aggregateEnterprises(Dataset& ds, bool weighted, const std::string& weightLabel,
                          const std::string& weightUnit, const std::string& weightFrom,
                          const std::string& path, Diagnostics& diags);

} // namespace aimap
