#include "core/data/FormatDispatch.hpp"

#include "core/Trace.hpp"
#include "core/data/CityCsvLoader.hpp"
#include "core/data/CsvDirectives.hpp"
#include "core/data/EnterpriseCsvLoader.hpp"
#include "core/data/EnterpriseJsonLoader.hpp"
#include "core/data/JsonFile.hpp"
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

DatasetLoadResult loadDatasetFile(const std::string& path, const Gazetteer* gazetteer,
                                  const Limits& limits) {
    std::string ext = asciiLower(std::filesystem::path(path).extension().string());
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt") {
        DatasetLoadResult result;
        traceMark("load: reading the file");
        auto bytes =
            readFileBytes(path, limits, result.diagnostics); // not const: moved on, not copied
        if (!bytes)
            return result;
        traceMark("load: file read");
        return loadTableBytes(std::move(*bytes), path, gazetteer, limits);
    }
    // JSON: an enterprise list says so with "aimap_enterprises"; anything else is a dataset.
    DatasetLoadResult result;
    auto doc = readJsonFile(path, limits, result.diagnostics);
    if (!doc)
        return result;
    DatasetLoadResult built = doc->is_object() && doc->contains("aimap_enterprises")
                                  ? loadEnterpriseJsonDoc(*doc, path, gazetteer, limits)
                                  : buildDataset(*doc, path, limits);
    result.diagnostics.append(built.diagnostics);
    if (!result.diagnostics.hasErrors())
        result.dataset = std::move(built.dataset);
    return result;
}

} // namespace aimap
