#pragma once

// What the readers of the parts of a dataset file share (DatasetLoader.cpp reads cities, values,
// programmes...; SectorFigureReader.cpp the sector figures, the national summary and quotations).
// Internal to the JSON dataset loader.

#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/InvalidEntries.hpp"
#include "core/data/JsonFields.hpp"
#include "core/data/Limits.hpp"
#include "core/data/Suggest.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aimap {
namespace dataset_reading {

using nlohmann::json;

inline std::string orElse(std::string a, std::string b) {
    return a.empty() ? b : a;
}

// The top-level array `key` (marked as known to `top`, whatever its type).
inline bool expectArray(const Fields& top, const char* key, const std::string& file,
                        Diagnostics& diags, bool required) {
    const json* it = top.find(key);
    if (!it) {
        if (required)
            diags.error(file, "", std::string("missing top-level array \"") + key + "\"");
        return false;
    }
    if (!it->is_array()) {
        diags.error(file, std::string("/") + key,
                    std::string("\"") + key + "\" must be an array, not " + typeName(*it));
        return false;
    }
    return true;
}

// True when `id` is empty or only spaces: values could not tell such ids apart from a typo.
inline bool blankId(const std::string& id) {
    return id.find_first_not_of(" \t\r\n") == std::string::npos;
}

// What the steps of building a dataset share.
struct DatasetReader {
    DatasetReader(const json& doc, const std::string& file, const Limits& limits,
                  Diagnostics& diags, Dataset& ds)
        : doc(doc), file(file), limits(limits), diags(diags), ds(ds),
          top(doc, "", file, limits, diags) {}

    const json& doc;
    const std::string& file;
    const Limits& limits;
    Diagnostics& diags;
    Dataset& ds;
    Fields top; ///< the top-level object
    // Entries left out for an error of their own: what names them is counted, reported once.
    InvalidEntries invalidSources{"source"}, invalidMetrics{"metric"}, invalidCities{"city"};
    /// Per value kept: where it is in the file (figureAt()); targets are split off later.
    std::vector<std::uint32_t> valueAt;
    /// Bit of valueAt marking an entry of "sector_figures" (else of "values").
    static constexpr std::uint32_t kSectorFigure = 0x80000000u;
    /// The JSON pointer of a kept value: "/values/3" or "/sector_figures/3".
    static std::string figureAt(std::uint32_t at) {
        return (at & kSectorFigure) ? "/sector_figures/" + std::to_string(at & ~kSectorFigure)
                                    : "/values/" + std::to_string(at);
    }

    /// The fields every figure has (city, metric, year, value, qualifier, kind, period, sources
    /// and the texts as published), read into `v` with errors at `ptr`. A bound written as a
    /// string (">1000") is accepted when `boundText`. False when the figure is left out.
    bool readFigure(Fields& f, const std::string& ptr, Value& v, bool boundText);

    // "did you mean" among the ids of a list (ds.sources, ds.metrics, ds.cities), prepared at
    // the first message that is listed: none is computed for messages beyond the bound.
    template <class List>
    std::string suggest(std::optional<Suggester>& among, const List& list, const std::string& id) {
        if (!among) {
            std::vector<std::string> ids;
            ids.reserve(list.size());
            for (const auto& e : list)
                ids.push_back(e.id);
            among.emplace(ids);
        }
        return among->didYouMean(id);
    }
    std::optional<Suggester> sourceIds, metricIds, cityIds;

    // An error for each of `ids` that "sources" does not define; `ptr` is the list's owner.
    void checkSources(const std::vector<std::string>& ids, const std::string& ptr, bool fromValue) {
        for (std::size_t k = 0; k < ids.size(); ++k)
            if (!ds.source(ids[k]) && !invalidSources.refer(ids[k], fromValue, ptr, "/sources"))
                diags.reportError(file, [&] {
                    return Finding{ptr + "/sources/" + std::to_string(k),
                                   "source \"" + ids[k] + "\" is not defined in \"sources\"",
                                   suggest(sourceIds, ds.sources, ids[k])};
                });
    }
};

/// A metric's optional "scale", "sector" and "sector_scope" (an error for a rank declared or
/// defaulted as a size).
void readMetricKind(DatasetReader& r, Fields& f, const std::string& ptr, Metric& m);

/// Steps defined in SectorFigureReader.cpp.
void readSectorFigures(DatasetReader& r);
void readNational(DatasetReader& r);
void readQuotations(DatasetReader& r);

} // namespace dataset_reading
} // namespace aimap
