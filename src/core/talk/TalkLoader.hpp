#pragma once

#include "core/data/BasemapLoader.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/talk/Talk.hpp"
#include "core/talk/TalkContext.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// A talk file's "aimap_talk" version this build reads and writes.
constexpr int kTalkVersion = 1;

/// True for a JSON document that is a talk (an object with an "aimap_talk" key), whatever its
/// version: the key tells talks from datasets (`aimap validate`).
bool isTalkDocument(const nlohmann::json& doc);

/// The "dataset" a talk names, as written ("" when absent, or not a string: the bundled data).
std::string talkDatasetReference(const nlohmann::json& doc);

/// The dataset file a talk uses: `reference` resolved against the talk file's folder (an absolute
/// path stays as it is); `bundled` when the reference is empty.
std::string resolveTalkDataset(const std::string& talkPath, const std::string& reference,
                               const std::string& bundled);

/// The reverse, for saving a talk at `talkPath` (perhaps a new place): "" for the bundled data,
/// else `datasetPath` relative to the talk's folder (absolute when no relative path exists, such
/// as another drive). resolveTalkDataset(talkPath, result, bundled) names the same file.
std::string talkDatasetReferenceFor(const std::string& talkPath, const std::string& datasetPath,
                                    const std::string& bundled);

struct TalkLoadResult {
    std::optional<Talk> talk; ///< set when there are no errors (warnings allowed)
    Diagnostics diagnostics;
};

/// Builds a talk from a parsed document, every name resolved against `ctx`; each problem is a
/// diagnostic with `file` and a JSON pointer, what is wrong and how to fix it. Never throws.
TalkLoadResult buildTalk(const nlohmann::json& doc, const std::string& file, const TalkContext& ctx,
                         const TalkLimits& limits = {});

/// Reads, parses (size, depth, encoding and syntax checked as for data files: line:column) and
/// builds a talk file. Never throws.
TalkLoadResult loadTalk(const std::string& path, const TalkContext& ctx,
                        const TalkLimits& limits = {});

/// Reads and parses a talk file without building it (for its "dataset" reference); nullopt with
/// diagnostics when it cannot be read or parsed.
std::optional<nlohmann::json> readTalkDocument(const std::string& path, Diagnostics& diags,
                                               const TalkLimits& limits = {});

/// The provinces of a basemap provinces layer file (data/basemap/provinces.json); nullopt with
/// diagnostics when it cannot be read.
std::optional<std::vector<ProvinceName>> loadProvinceNames(const std::string& path,
                                                           Diagnostics& diags);
/// The provinces of a loaded provinces layer (for a caller that needs the layer too).
std::vector<ProvinceName> provinceNames(const BasemapLayer& provinces);

} // namespace aimap
