#pragma once

#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"

namespace aimap {

/// Loads a city-level CSV exported from a spreadsheet (format: docs/data-format.md, "City
/// tables"): one row per city and year, one column per metric. Cities are found in the
/// gazetteer by Chinese or English name or division code unless the row gives lon and lat.
/// Never throws; diagnostics use "row:column" (the file's line and the cell's column).
DatasetLoadResult loadCityCsv(const std::string& path, const Gazetteer* gazetteer,
                              const Limits& limits = {});

/// Which loader a table goes to: by its header (a sector column = enterprise table), or forced.
enum class TableKind { Detect, City, Enterprise };

/// Decode and parse a CSV table once, then build the dataset of its kind.
DatasetLoadResult loadTableBytes(std::string bytes, const std::string& path,
                                 const Gazetteer* gazetteer, const Limits& limits, TableKind kind);

/// Builders behind loadTableBytes, from a decoded and parsed table (CsvDirectives.hpp).
struct TableFront;
DatasetLoadResult cityTableDataset(TableFront front, Diagnostics frontDiags,
                                   const Gazetteer* gazetteer, const Limits& limits);
DatasetLoadResult enterpriseTableDataset(TableFront front, Diagnostics frontDiags,
                                         const Gazetteer* gazetteer, const Limits& limits);

/// Loads a dataset of either kind, by extension: .csv, .tsv and .txt are city tables, anything
/// else the JSON dataset format.
DatasetLoadResult loadDatasetFile(const std::string& path, const Gazetteer* gazetteer,
                                  const Limits& limits = {});

/// Same, for the bytes of a file already in memory (`path` names it in diagnostics).
DatasetLoadResult loadCityCsvBytes(const std::string& bytes, const std::string& path,
                                   const Gazetteer* gazetteer, const Limits& limits = {});

} // namespace aimap
