#include "core/data/EnterpriseJsonLoader.hpp"

#include "core/data/EnterpriseCities.hpp"
#include "core/data/EnterpriseTotals.hpp"
#include "core/data/JsonFields.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/LoadGuard.hpp"
#include "core/data/Sectors.hpp"
#include "core/data/Suggest.hpp"
#include "core/data/TextDecoding.hpp"
#include "core/geo/Projection.hpp"

#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>

namespace aimap {
namespace {

// What the steps of reading an enterprise list share.
struct EnterpriseListReader {
    EnterpriseListReader(Dataset& ds, const Gazetteer& gazetteer, const Limits& limits,
                         const std::string& path, Diagnostics& diags)
        : ds(ds), gazetteer(gazetteer), limits(limits), path(path), diags(diags) {}

    Dataset& ds;
    const Gazetteer& gazetteer;
    const Limits& limits;
    const std::string& path;
    Diagnostics& diags;
    std::map<std::string, std::size_t> sourceIndex; ///< source id -> index in ds.sources
    std::map<std::string, std::size_t> indexOfCode; ///< cities added so far (cityFor)
    std::vector<std::string> sectorList;            ///< sector ids, for "did you mean"
    std::optional<Suggester> sourceIds; ///< for "did you mean", at the first message listed
    bool weighted = false;              ///< some enterprise has a weight
};

// "sources": an object keyed by id, each source's fields as in the dataset format.
void readSources(EnterpriseListReader& r, const Fields& top) {
    const nlohmann::json* src = top.find("sources");
    if (!src)
        return;
    if (!src->is_object()) {
        r.diags.error(r.path, "/sources",
                      "\"sources\" must be an object keyed by source id, not " +
                          std::string(typeName(*src)));
        return;
    }
    if (src->size() > r.limits.maxSources) {
        r.diags.error(r.path, "/sources", tooMany("sources", src->size(), r.limits.maxSources));
        return;
    }
    for (auto it = src->begin(); it != src->end(); ++it) {
        const std::string ptr = "/sources/" + escapePointer(it.key());
        if (!it->is_object()) {
            r.diags.error(r.path, ptr,
                          "a source must be an object, not " + std::string(typeName(*it)),
                          "e.g. \"" + it.key() + "\": {\"title\": \"...\", \"date\": \"2024\"}");
            continue;
        }
        r.sourceIndex[it.key()] = r.ds.sources.size();
        r.ds.sources.push_back(
            readSource(Fields(*it, ptr, r.path, r.limits, r.diags), it.key(), false));
    }
}

// The enterprise's city and position: its named city, or else the city nearest to its lon/lat;
// drawn at its lon/lat when given, else at its city. False (with an error) when neither is
// usable.
bool readPlace(EnterpriseListReader& r, const Fields& f, const std::string& ptr, Enterprise& e) {
    const auto lon = f.number("lon", false), lat = f.number("lat", false);
    const std::string city = f.str("city", false);
    // Regression (issue 13): "lon": null made the enterprise vanish without a word. Null is
    // "not given", as a field left out.
    const auto given = [&](const char* key) {
        const nlohmann::json* j = f.find(key);
        return j && !j->is_null();
    };
    if (given("lon") && given("lat") && (!lon || !lat))
        return false; // the type error is reported
    if (given("lon") || given("lat")) {
        if (!lon || !lat || *lon < 70 || *lon > 140 || *lat < 15 || *lat > 56) {
            r.diags.reportError(r.path, [&] {
                return Finding{ptr, "lon/lat must both be numbers inside China",
                               lon && lat && *lat >= 70 && *lon <= 56
                                   ? "lon and lat look swapped"
                                   : "China spans lon 73..135, lat 18..54"};
            });
            return false;
        }
        const LonLat position{*lon, *lat};
        const GazetteerEntry* entry = r.gazetteer.nearest(position);
        if (!city.empty()) {
            // Regression (issue 13): the named city was ignored without a word.
            const auto m = r.gazetteer.find(city, false);
            if (!m.entry) {
                reportEnterpriseCity(r.gazetteer, m, city, r.path, ptr + "/city", r.diags);
                return false;
            }
            entry = m.entry;
            warnIfFarFromItsCity(position, *entry, city, r.path, ptr + "/lon", r.diags);
        } else {
            // Regression (issue 13): Tokyo was counted in 延边 without a word.
            warnIfFarFromAnyCity(position, *entry, r.path, ptr + "/lon", r.diags);
        }
        e.city = static_cast<std::uint32_t>(cityFor(r.ds, r.indexOfCode, *entry));
        e.world = Projection::china().forward(position);
        return true;
    }
    if (!city.empty()) {
        const auto m = r.gazetteer.find(city, false);
        if (!m.entry) {
            reportEnterpriseCity(r.gazetteer, m, city, r.path, ptr + "/city", r.diags);
            return false;
        }
        e.city = static_cast<std::uint32_t>(cityFor(r.ds, r.indexOfCode, *m.entry));
        e.world = r.ds.cities[e.city].world;
        return true;
    }
    r.diags.reportError(r.path, [&] {
        return Finding{ptr, "an enterprise needs \"city\" or \"lon\" and \"lat\"", ""};
    });
    return false;
}

// "sectors": a non-empty array of known sector names. False (with errors) otherwise.
bool readSectors(EnterpriseListReader& r, const nlohmann::json& j, const std::string& ptr,
                 Enterprise& e) {
    const auto sectors = j.find("sectors");
    if (sectors == j.end() || !sectors->is_array() || sectors->empty()) {
        r.diags.reportError(r.path, [&] {
            return Finding{ptr, "an enterprise needs a non-empty \"sectors\" array", ""};
        });
        return false;
    }
    bool ok = true;
    for (std::size_t k = 0; k < sectors->size(); ++k) {
        const auto& sj = (*sectors)[k];
        const std::string name = sj.is_string() ? sj.get<std::string>() : sj.dump();
        if (auto sector = sj.is_string() ? parseSector(name) : std::nullopt) {
            e.sectors |= static_cast<unsigned short>(1u << static_cast<unsigned>(*sector));
        } else {
            r.diags.reportError(r.path, [&] {
                std::string hint = didYouMean(name, r.sectorList);
                return Finding{ptr + "/sectors/" + std::to_string(k),
                               "unknown sector \"" + sanitizeUtf8(name) + "\"",
                               hint.empty()
                                   ? "sectors: ai_chips, ai_servers, smart_sensors, big_data, "
                                     "iot, cloud, edge_computing, 5g, applications"
                                   : hint};
            });
            ok = false;
        }
    }
    return ok;
}

// "weight" (optional, >= 0), "year" (whole, within the limits) and "source" (an id defined in
// "sources"). False (with an error) at the first that is wrong.
bool readWeightYearSource(EnterpriseListReader& r, const Fields& f, const std::string& ptr,
                          Enterprise& e) {
    // Regression (issue 13): "weight": null dropped the enterprise without a word; it is a
    // weight not given, as when the field is left out.
    if (const nlohmann::json* wj = f.find("weight"); wj && !wj->is_null()) {
        const auto w = f.number("weight", false);
        if (!w)
            return false; // reported
        if (*w < 0 || *w > r.limits.maxAbsValue) {
            r.diags.reportError(r.path, [&] {
                return Finding{ptr + "/weight",
                               *w < 0 ? "\"weight\" must be a number >= 0"
                                      : "\"weight\" is implausibly large (over 1e18)",
                               *w < 0 ? "" : "check the unit of the weight"};
            });
            return false;
        }
        e.weight = *w;
        r.weighted = true;
    } else {
        e.weight = std::numeric_limits<double>::quiet_NaN(); // none given: not 0, not 1
    }
    const auto year = f.number("year", true);
    if (!year)
        return false; // reported
    if (*year != std::floor(*year) || *year < r.limits.minYear || *year > r.limits.maxYear) {
        r.diags.reportError(r.path, [&] {
            return Finding{ptr + "/year",
                           "\"year\" must be a whole number in " +
                               std::to_string(r.limits.minYear) + ".." +
                               std::to_string(r.limits.maxYear),
                           ""};
        });
        return false;
    }
    e.year = static_cast<int>(*year);
    if (const std::string source = f.str("source", false); !source.empty()) {
        auto it = r.sourceIndex.find(source);
        if (it == r.sourceIndex.end()) {
            r.diags.reportError(r.path, [&] {
                if (!r.sourceIds) { // once, at the first message listed
                    std::vector<std::string> ids;
                    for (const auto& [id, idx] : r.sourceIndex)
                        ids.push_back(id);
                    r.sourceIds.emplace(ids);
                }
                return Finding{ptr + "/source",
                               "source \"" + source + "\" is not defined in \"sources\"",
                               r.sourceIds->didYouMean(source)};
            });
            return false;
        }
        e.source = it->second;
    }
    return true;
}

// One element of "enterprises", appended to ds.enterprises unless it has an error.
void readEnterprise(EnterpriseListReader& r, const nlohmann::json& j, std::size_t i) {
    const std::string ptr = "/enterprises/" + std::to_string(i);
    if (!j.is_object()) {
        r.diags.reportError(r.path, [&] {
            return Finding{ptr, "an enterprise must be an object", ""};
        });
        return;
    }
    const Fields f(j, ptr, r.path, r.limits, r.diags);
    const nlohmann::json* nameField = f.find("name");
    // Regression (issue 13): a name of spaces passed (the CSV table said "empty enterprise name").
    if (!nameField || (nameField->is_string() &&
                       nameField->get_ref<const std::string&>().find_first_not_of(" \t\r\n") ==
                           std::string::npos)) {
        r.diags.reportError(r.path, [&] {
            return Finding{ptr + "/name", "an enterprise needs a \"name\" string", ""};
        });
        return;
    }
    const std::string name = f.str("name", false);
    if (name.empty())
        return; // not a string, or over the length limit: reported
    Enterprise e;
    const bool ok =
        readPlace(r, f, ptr, e) && readSectors(r, j, ptr, e) && readWeightYearSource(r, f, ptr, e);
    // The readers above stop at the first problem; the fields after it are still known ones.
    for (const char* key : {"city", "lon", "lat", "sectors", "weight", "year", "source"})
        f.find(key);
    f.warnUnknown();
    if (!ok)
        return;
    r.ds.setEnterpriseName(e, name);
    r.ds.enterprises.push_back(e);
}

// The dataset of an enterprise list, or null (with errors in `diags`).
std::shared_ptr<const Dataset> buildEnterpriseList(const nlohmann::json& doc,
                                                   const std::string& path,
                                                   const Gazetteer* gazetteer, const Limits& limits,
                                                   Diagnostics& diags) {
    auto ds = std::make_shared<Dataset>();
    ds->path = path;
    const Fields top(doc, "", path, limits, diags);
    // Regression: any value of "aimap_enterprises" (2, "banana") was accepted.
    if (const nlohmann::json* version = top.find("aimap_enterprises");
        !version || !version->is_number_integer() || version->get<long long>() != 1) {
        diags.error(path, "/aimap_enterprises",
                    "unsupported format version " + (version ? shortJson(*version) : "(none)"),
                    "this build of aimap reads enterprise lists of version 1: "
                    "\"aimap_enterprises\": 1");
        return nullptr;
    }
    // Regression: a title, weight_label or source field that was not a string ended in "internal
    // error ... type_error.302" with no place.
    ds->title = top.str("title", false);
    if (ds->title.empty())
        ds->title = showableText(std::filesystem::path(path).filename().string());
    ds->kind = top.str("kind", false);
    if (ds->kind.empty())
        ds->kind = "cited";
    ds->description = top.str("description", false);
    if (ds->kind != "cited" && ds->kind != "synthetic" && ds->kind != "example")
        diags.error(path, "/kind", "\"kind\" must be \"cited\", \"synthetic\" or \"example\"");
    if (!gazetteer)
        diags.error(path, "", "the gazetteer (data/gazetteer.json) is needed for enterprise files");
    const nlohmann::json* list = top.find("enterprises");
    if (!list)
        diags.error(path, "", "missing top-level array \"enterprises\"");
    else if (!list->is_array())
        diags.error(path, "/enterprises",
                    "\"enterprises\" must be an array, not " + std::string(typeName(*list)));
    std::string weightLabel = top.str("weight_label", false);
    if (weightLabel.empty())
        weightLabel = "Weight";
    const std::string weightUnit = top.str("weight_unit", false);
    if (diags.hasErrors() || !list || !gazetteer)
        return nullptr;
    EnterpriseListReader r(*ds, *gazetteer, limits, path, diags);
    readSources(r, top);
    top.warnUnknown();
    const auto sectorNames = sectorIds();
    r.sectorList.assign(sectorNames.begin(), sectorNames.end());
    if (list->size() > limits.maxValues) {
        diags.error(path, "/enterprises", tooMany("enterprises", list->size(), limits.maxValues));
        return nullptr;
    }
    for (std::size_t i = 0; i < list->size(); ++i)
        readEnterprise(r, (*list)[i], i);
    if (diags.hasErrors())
        return nullptr;
    if (!r.weighted) // a list without weights: each enterprise weighs 1 (Enterprise::weight)
        for (Enterprise& e : ds->enterprises)
            e.weight = 1.0;
    ds->enterpriseWeightUnit = r.weighted ? weightUnit : "";
    if (!aggregateEnterprises(*ds, r.weighted, weightLabel, weightUnit, "\"weight\"", path, diags))
        return nullptr;
    return ds;
}

} // namespace

DatasetLoadResult loadEnterpriseJsonDoc(const nlohmann::json& doc, const std::string& path,
                                        const Gazetteer* gazetteer, const Limits& limits) {
    DatasetLoadResult result;
    result.dataset = guardLoad(path, result.diagnostics, [&] {
        return buildEnterpriseList(doc, path, gazetteer, limits, result.diagnostics);
    });
    return result;
}

} // namespace aimap
