#pragma once

#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Limits.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace aimap {

/// Result of loading: a dataset when there were no errors, and every diagnostic either way.
struct DatasetLoadResult {
    std::shared_ptr<const Dataset> dataset; ///< null when diagnostics has errors
    Diagnostics diagnostics;
};

/// Load and validate an aimap dataset JSON file (format: docs/data-format.md). Never throws.
DatasetLoadResult loadDataset(const std::string& path, const Limits& limits = {});

/// Validate an already-parsed document; `name` is used in diagnostics.
DatasetLoadResult buildDataset(const nlohmann::json& doc, const std::string& name,
                               const Limits& limits = {});

} // namespace aimap
