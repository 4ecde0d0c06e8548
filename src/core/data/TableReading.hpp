#pragma once

#include "core/data/Csv.hpp"
#include "core/data/CsvDirectives.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Gazetteer.hpp"
#include "core/data/Limits.hpp"
#include "core/data/LoadGuard.hpp"

#include <cstddef>
#include <string>

namespace aimap {

/// What more than one table loader needs, kept here so that no loader exposes its helpers to
/// another.

/// What every step of reading a parsed table needs: the table, the dataset being built, where
/// cities are found, the limits, and where messages go (naming the file `path`).
struct TableReading {
    TableReading(const CsvTable& table, Dataset& ds, const Gazetteer* gazetteer,
                 const Limits& limits, const std::string& path, Diagnostics& diags)
        : table(table), ds(ds), gazetteer(gazetteer), limits(limits), path(path), diags(diags) {}

    const CsvTable& table;
    Dataset& ds;
    const Gazetteer* gazetteer;
    const Limits& limits;
    const std::string& path;
    Diagnostics& diags;
};

/// A table loader's result: the messages of decoding and parsing (`frontDiags`), then those of
/// build(path, diags), which returns the dataset (null on errors); an exception becomes an error.
template <class Build>
DatasetLoadResult guardTableBuild(const TableFront& front, const Diagnostics& frontDiags,
                                  Build&& build) {
    DatasetLoadResult result;
    result.diagnostics.append(frontDiags);
    const std::string path = front.dataset ? front.dataset->path : std::string();
    result.dataset =
        guardLoad(path, result.diagnostics, [&] { return build(path, result.diagnostics); });
    return result;
}

/// "AI enterprises (count)" -> label "AI enterprises", unit "count"; also "[unit]" and the
/// full-width "（unit）" of Chinese spreadsheets ("营收（元）").
void splitUnit(const std::string& header, std::string& label, std::string& unit);

/// "row:column" for a cell: `line` is the file's 1-based line, `column` the 0-based cell index.
std::string cellLocation(std::size_t line, std::size_t column);

/// The error for a city name the gazetteer finds more than once (`match.candidates`): lists the
/// candidates and says how to pick one.
void reportAmbiguousCity(const Gazetteer::Match& match, const std::string& name,
                         const std::string& path, const std::string& location, Diagnostics& diags);

} // namespace aimap
