#include "core/data/FormatDispatch.hpp"

#include "core/Trace.hpp"
#include "core/data/CityCsvLoader.hpp"
#include "core/data/CsvDirectives.hpp"
#include "core/data/EnterpriseCsvLoader.hpp"
#include "core/data/EnterpriseJsonLoader.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/LoadGuard.hpp"
#include "core/data/Text.hpp"

#include <filesystem>

namespace aimap {

DatasetLoadResult loadTableBytes(std::string bytes, const std::string& path,
                                 const Gazetteer* gazetteer, const Limits& limits) {
    // Decoded and parsed once; an enterprise table's reader splits a quote-free file's rows
    // itself, as it reads them.
    Diagnostics diags;
    TableFront front = readTable(std::move(bytes), path, limits, diags, isEnterpriseHeader);
    const bool enterprise = front.table && isEnterpriseHeader(front.table->header);
    return enterprise ? enterpriseTableDataset(std::move(front), diags, gazetteer, limits)
                      : cityTableDataset(std::move(front), diags, gazetteer, limits);
}

namespace {

// What validate and the viewer both require beyond a file's own rules: something to show. A
// dataset with no metric or no value was accepted by validate and then refused by the viewer.
DatasetLoadResult requireSomethingToShow(DatasetLoadResult r, const std::string& path) {
    if (r.dataset && (r.dataset->metrics.empty() || r.dataset->values.empty())) {
        const bool noMetric = r.dataset->metrics.empty();
        r.dataset.reset();
        r.diagnostics.error(path, "",
                            noMetric ? "the dataset has no metric, so nothing to show"
                                     : "the dataset has no values to show",
                            "add at least one metric and one value (docs/data-format.md)");
    }
    return r;
}

} // namespace

DatasetLoadResult loadJsonText(const std::string& text, const std::string& path,
                               const Gazetteer* gazetteer, const Limits& limits) {
    // An enterprise list says so with "aimap_enterprises"; anything else is a dataset.
    DatasetLoadResult result;
    auto doc = parseJsonText(text, path, limits, result.diagnostics);
    if (!doc)
        return result;
    DatasetLoadResult built = guardLoad(path, result.diagnostics, [&] {
        return doc->is_object() && doc->contains("aimap_enterprises")
                   ? loadEnterpriseJsonDoc(*doc, path, gazetteer, limits)
                   : buildDataset(*doc, path, limits);
    });
    result.diagnostics.append(built.diagnostics);
    if (!result.diagnostics.hasErrors())
        result.dataset = std::move(built.dataset);
    return result;
}

DatasetLoadResult loadDatasetBytes(std::string bytes, const std::string& path,
                                   const Gazetteer* gazetteer, const Limits& limits) {
    const std::string ext = asciiLower(std::filesystem::path(path).extension().string());
    // Without .json, a file that does not start as JSON does ({ or [, after a byte-order mark and
    // blanks) is read as a table: "figures" or "data.dat" exported from a spreadsheet.
    const std::size_t bom = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    const std::size_t first = bytes.find_first_not_of(" \t\r\n", bom);
    const bool startsAsJson =
        first != std::string::npos && (bytes[first] == '{' || bytes[first] == '[');
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt" || (ext != ".json" && !startsAsJson))
        return requireSomethingToShow(loadTableBytes(std::move(bytes), path, gazetteer, limits),
                                      path);
    return requireSomethingToShow(loadJsonText(bytes, path, gazetteer, limits), path);
}

DatasetLoadResult loadDatasetFile(const std::string& path, const Gazetteer* gazetteer,
                                  const Limits& limits) {
    DatasetLoadResult result;
    traceMark("load: reading the file");
    auto bytes = readFileBytes(path, limits, result.diagnostics); // not const: moved on
    if (!bytes)
        return result;
    traceMark("load: file read");
    return loadDatasetBytes(std::move(*bytes), path, gazetteer, limits);
}

} // namespace aimap
