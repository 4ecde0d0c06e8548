#pragma once

#include "core/data/Dataset.hpp"
#include "core/data/Csv.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Limits.hpp"

#include <memory>
#include <optional>
#include <string>

namespace aimap {

/// A CSV file may start with one line of settings for aimap, which spreadsheets ignore as a
/// comment-like first cell:
///
///     #aimap kind=synthetic title="Synthetic enterprises (seed 42)"
///
/// `kind` is cited, synthetic or example (synthetic and example data are watermarked), `title` is
/// shown in the panel. The line is blanked in `text` (line numbers stay right) and the settings
/// applied to `dataset`.
void applyCsvDirectives(std::string& text, const std::string& name, Dataset& dataset,
                        Diagnostics& diags);

/// The common front of every table loader: decode the bytes (decodeText), apply the #aimap
/// line, parse the CSV. `dataset` is a new dataset named after the file; `table` is empty on
/// errors (in `diags`).
struct TableFront {
    std::optional<CsvTable> table;
    std::shared_ptr<Dataset> dataset;
    std::string encoding;
};
/// `deferPlainRows` is parseCsv's: a reader that splits a quote-free file's rows itself.
TableFront readTable(std::string bytes, const std::string& path, const Limits& limits,
                     Diagnostics& diags,
                     bool (*deferPlainRows)(const std::vector<std::string>& header) = nullptr);

} // namespace aimap
