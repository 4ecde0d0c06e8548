#pragma once

#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"

#include <string>

namespace aimap {

/// Which loader a file goes to, decided here and only here, so that the loaders never include
/// each other (docs/data-format.md lists the formats).

/// Loads a dataset of any kind: .csv, .tsv and .txt files are tables (a city table, or an
/// enterprise table when the header has a sector column); any other file is JSON (an enterprise
/// list when it has "aimap_enterprises", else the dataset format). A dataset with nothing to show
/// (no metric or no value) is an error, for validate and the viewer alike. Never throws.
DatasetLoadResult loadDatasetFile(const std::string& path, const Gazetteer* gazetteer,
                                  const Limits& limits = {});

/// Same, for a file's bytes already in memory (`path` decides the kind and names it).
DatasetLoadResult loadDatasetBytes(std::string bytes, const std::string& path,
                                   const Gazetteer* gazetteer, const Limits& limits = {});

/// A JSON file's text: an enterprise list or a dataset (no check for something to show).
DatasetLoadResult loadJsonText(const std::string& text, const std::string& path,
                               const Gazetteer* gazetteer, const Limits& limits = {});

/// Decodes and parses a CSV table once (`path` names it in diagnostics), then builds the dataset
/// of the kind its header tells: an enterprise table (a sector column) or a city table.
DatasetLoadResult loadTableBytes(std::string bytes, const std::string& path,
                                 const Gazetteer* gazetteer, const Limits& limits);

} // namespace aimap
