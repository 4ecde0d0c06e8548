#pragma once

#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"

namespace aimap {

/// Loads a city-level CSV exported from a spreadsheet (format: docs/data-format.md, "City
/// tables"): one row per city and year, one column per metric. Cities are found in the
/// gazetteer by Chinese or English name or division code unless the row gives lon and lat.
/// Never throws; diagnostics use "row:column" (the file's line and the cell's column).
/// (FormatDispatch.hpp loads a file of any kind.)
DatasetLoadResult loadCityCsv(const std::string& path, const Gazetteer* gazetteer,
                              const Limits& limits = {});

/// Same, for the bytes of a file already in memory (`path` names it in diagnostics).
DatasetLoadResult loadCityCsvBytes(const std::string& bytes, const std::string& path,
                                   const Gazetteer* gazetteer, const Limits& limits = {});

/// The city table's dataset from a decoded and parsed table (CsvDirectives.hpp); `frontDiags`
/// are the messages of decoding and parsing.
struct TableFront;
DatasetLoadResult cityTableDataset(TableFront front, Diagnostics frontDiags,
                                   const Gazetteer* gazetteer, const Limits& limits);

} // namespace aimap
