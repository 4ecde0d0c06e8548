// The aimap dataset format (JSON), validated with JSON pointers in every message.
//
// [SECTION] Steps: one per top-level member
// [SECTION] Entry points

#include "core/data/DatasetLoader.hpp"

#include "core/data/DatasetReader.hpp"

#include "core/data/FigureRules.hpp"
#include "core/data/Format.hpp"
#include "core/data/InvalidEntries.hpp"
#include "core/data/JsonFields.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/LoadGuard.hpp"
#include "core/data/Suggest.hpp"
#include "core/data/TextDecoding.hpp"
#include "core/geo/Projection.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <tuple>
#include <unordered_map>

namespace aimap {
namespace {

using nlohmann::json;
using namespace dataset_reading;

// [SECTION] Steps

// "aimap": 1. False (with an error) for a missing or other version: nothing else is read then.
bool readVersion(DatasetReader& r) {
    const json* version = r.top.find("aimap");
    if (!version) {
        r.diags.error(r.file, "", "missing \"aimap\": 1 version field",
                      "aimap datasets start with { \"aimap\": 1, ... }");
        return false;
    }
    if (!version->is_number_integer() || version->get<long long>() != 1) {
        r.diags.error(r.file, "/aimap", "unsupported format version " + shortJson(*version),
                      "this build of aimap reads version 1");
        return false;
    }
    return true;
}

// Title, kind, description, caveats and the quality scale.
void readDescription(DatasetReader& r) {
    r.ds.title = r.top.str("title", true);
    r.ds.kind = r.top.str("kind", true);
    if (!r.ds.kind.empty() && r.ds.kind != "cited" && r.ds.kind != "synthetic" &&
        r.ds.kind != "example")
        r.diags.error(r.file, "/kind", "\"kind\" must be \"cited\", \"synthetic\" or \"example\"");
    r.ds.description = r.top.str("description", false);
    r.ds.caveats = r.top.strings("caveats", false);
    if (const json* qs = r.top.find("quality_scale"); qs && qs->is_object())
        for (auto it = qs->begin(); it != qs->end(); ++it)
            if (it->is_string())
                r.ds.qualityScale[it.key()] = it->get<std::string>();
}

// An error for a blank id of a source or metric (the key at `ptr`, marked in `invalid` so that
// what names it is not reported one by one): true when there is one.
bool rejectBlankKey(DatasetReader& r, const std::string& key, const std::string& ptr,
                    const char* what, InvalidEntries& invalid) {
    if (!blankId(key))
        return false;
    invalid.mark(key, ptr);
    r.diags.reportError(r.file, [&] {
        return Finding{ptr,
                       std::string("a ") + what + " id (its key) must not be " +
                           (key.empty() ? "empty" : "only spaces"),
                       std::string("values name their ") + what + " by it: give it one"};
    });
    return true;
}

// "sources": an object keyed by id.
void readSources(DatasetReader& r) {
    if (const json* src = r.top.find("sources")) {
        if (!src->is_object()) {
            r.diags.error(r.file, "/sources", "\"sources\" must be an object keyed by source id");
        } else if (src->size() > r.limits.maxSources) {
            r.diags.error(r.file, "/sources", tooMany("sources", src->size(), r.limits.maxSources));
        } else {
            for (auto it = src->begin(); it != src->end(); ++it) {
                const std::string ptr = "/sources/" + escapePointer(it.key());
                if (!it->is_object()) {
                    r.diags.reportError(r.file, [&] {
                        return Finding{ptr, "a source must be an object", ""};
                    });
                    r.invalidSources.mark(it.key(), ptr);
                    continue;
                }
                if (rejectBlankKey(r, it.key(), ptr, "source", r.invalidSources))
                    continue;
                r.ds.sources.push_back(
                    readSource(Fields(*it, ptr, r.file, r.limits, r.diags), it.key(), true));
            }
        }
    }
    r.ds.indexIds();
}

// "metrics": an object keyed by id.
void readMetrics(DatasetReader& r) {
    if (const json* met = r.top.find("metrics")) {
        if (!met->is_object()) {
            r.diags.error(r.file, "/metrics", "\"metrics\" must be an object keyed by metric id");
        } else {
            for (auto it = met->begin(); it != met->end(); ++it) {
                const std::string ptr = "/metrics/" + escapePointer(it.key());
                if (!it->is_object()) {
                    r.diags.reportError(r.file, [&] {
                        return Finding{ptr, "a metric must be an object", ""};
                    });
                    r.invalidMetrics.mark(it.key(), ptr);
                    continue;
                }
                if (rejectBlankKey(r, it.key(), ptr, "metric", r.invalidMetrics))
                    continue;
                Fields f(*it, ptr, r.file, r.limits, r.diags);
                Metric m;
                m.id = it.key();
                m.label = f.str("label", true);
                m.labelZh = f.str("label_zh", false);
                m.unit = f.str("unit", true);
                m.definition = f.str("definition", false);
                readMetricKind(r, f, ptr, m);
                f.warnUnknown();
                r.ds.metrics.push_back(std::move(m));
            }
        }
    } else {
        r.diags.error(r.file, "", "missing top-level object \"metrics\"");
    }
    r.ds.indexIds();
}

// "cities": an array of cities with their positions, projected.
void readCities(DatasetReader& r) {
    const Projection& proj = Projection::china();
    if (expectArray(r.top, "cities", r.file, r.diags, true)) {
        const json& arr = r.doc["cities"];
        if (arr.size() > r.limits.maxCities)
            r.diags.error(r.file, "/cities", tooMany("cities", arr.size(), r.limits.maxCities));
        for (std::size_t i = 0; i < arr.size() && i < r.limits.maxCities; ++i) {
            const std::string ptr = "/cities/" + std::to_string(i);
            if (!arr[i].is_object()) {
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr, "a city must be an object", ""};
                });
                continue;
            }
            Fields f(arr[i], ptr, r.file, r.limits, r.diags);
            City c;
            c.id = f.str("id", true);
            c.code = f.str("code", false);
            c.nameEn = f.str("name_en", false);
            c.nameZh = f.str("name_zh", false);
            c.coordSource = f.str("coord_source", false);
            const auto lon = f.number("lon", true);
            const auto lat = f.number("lat", true);
            f.warnUnknown();
            // Regression (issue 13): "name_en": "   " passed and the city had no name to show.
            if (blankId(c.nameEn) && blankId(c.nameZh))
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr, "a city needs \"name_en\" or \"name_zh\" (not only spaces)",
                                   ""};
                });
            // Regression (issue 13): "code": "37-01" passed; the docs say a 6-digit code.
            if (!c.code.empty() &&
                (c.code.size() != 6 || c.code.find_first_not_of("0123456789") != std::string::npos))
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr + "/code",
                                   "\"code\" must be a 6-digit division code, not \"" + c.code +
                                       "\"",
                                   "e.g. \"370100\" for Jinan; leave it out if unknown"};
                });
            if (!lon || !lat) {
                r.invalidCities.mark(c.id, ptr);
                continue;
            }
            if (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) {
                r.diags.reportError(r.file, [&] {
                    // Regression (issue 13): Chinese coordinates given the wrong way round (lat
                    // 117) got no word about it.
                    const bool swapped = *lat >= 70 && *lat <= 140 && *lon >= 15 && *lon <= 56;
                    return Finding{ptr,
                                   "coordinates out of range (lon " + shortNumber(*lon) + ", lat " +
                                       shortNumber(*lat) + ")",
                                   swapped ? "lon and lat look swapped"
                                           : "lon is -180..180, lat is -90..90"};
                });
                r.invalidCities.mark(c.id, ptr);
                continue;
            }
            if (*lon < 70 || *lon > 140 || *lat < 15 || *lat > 56)
                r.diags.reportWarning(r.file, [&] {
                    return Finding{ptr, "city lies outside China's extent",
                                   *lat >= 70 && *lat <= 140 && *lon >= 15 && *lon <= 56
                                       ? "lon and lat look swapped"
                                       : "China spans lon 73..135, lat 18..54"};
                });
            if (blankId(c.id)) {
                // Regression: "id": "" dropped the city and the file passed. Only for a string
                // that is blank: one over the length limit is reported as such.
                if (const json* id = f.find("id"); id && id->is_string()) {
                    const std::string& raw = id->get_ref<const std::string&>();
                    if (blankId(raw))
                        r.diags.reportError(r.file, [&] {
                            return Finding{ptr + "/id",
                                           raw.empty() ? "a city's \"id\" must not be empty"
                                                       : "a city's \"id\" must not be only spaces",
                                           "values name their city by it: give it one, e.g. "
                                           "\"jinan\""};
                        });
                    r.invalidCities.mark(raw, ptr); // its values: one message, not one each
                }
                continue;
            }
            if (r.ds.cityIndex(c.id)) { // indexed as they are added: O(1)
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr + "/id", "duplicate city id \"" + c.id + "\"", ""};
                });
                continue;
            }
            c.position = {*lon, *lat};
            c.world = proj.forward(c.position);
            r.ds.cities.push_back(std::move(c));
            r.ds.indexIds();
        }
    }
}

// "values": an array of figures, each for a known city, metric and year.
void readValues(DatasetReader& r) {
    if (expectArray(r.top, "values", r.file, r.diags, true)) {
        const json& arr = r.doc["values"];
        if (arr.size() > r.limits.maxValues)
            r.diags.error(r.file, "/values", tooMany("values", arr.size(), r.limits.maxValues));
        // Room for all at once: growing by doubling copied each value (250 bytes) twice on average.
        r.ds.values.reserve(std::min(arr.size(), r.limits.maxValues));
        r.valueAt.reserve(r.ds.values.capacity());
        for (std::size_t i = 0; i < arr.size() && i < r.limits.maxValues; ++i) {
            const std::string ptr = "/values/" + std::to_string(i);
            if (!arr[i].is_object()) {
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr, "a value must be an object", ""};
                });
                continue;
            }
            Fields f(arr[i], ptr, r.file, r.limits, r.diags);
            Value v;
            const bool kept = r.readFigure(f, ptr, v, false);
            f.warnUnknown();
            if (!kept)
                continue;
            r.ds.values.push_back(std::move(v));
            r.valueAt.push_back(static_cast<std::uint32_t>(i));
        }
    }
}

// Values sorted by city, metric and year, in file order among equals; an error for each second
// value of the same three, at its place in the file. Keys and positions are sorted, not the
// values (250 bytes each: sorting two million of them moved each about 21 times, most of the
// validation time), then each value moves once. `what` names them in messages.
void sortAndCheckDuplicates(DatasetReader& r, std::vector<Value>& values,
                            std::vector<std::uint32_t>& valueAt, const char* what) {
    struct Key {
        std::size_t city, metric;
        int year;
        std::uint32_t at; ///< position in `values` (kept in file order)
        bool operator<(const Key& o) const {
            return std::tie(city, metric, year, at) < std::tie(o.city, o.metric, o.year, o.at);
        }
    };
    std::vector<Key> keys(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        keys[i] = {values[i].city, values[i].metric, values[i].year, static_cast<std::uint32_t>(i)};
    if (!std::is_sorted(keys.begin(), keys.end())) {
        std::sort(keys.begin(), keys.end());
        std::vector<Value> sorted;
        sorted.reserve(values.size());
        std::vector<std::uint32_t> sortedAt(values.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            sorted.push_back(std::move(values[keys[i].at]));
            sortedAt[i] = valueAt[keys[i].at];
        }
        values = std::move(sorted);
        valueAt = std::move(sortedAt);
    }
    for (std::size_t i = 1; i < values.size(); ++i) {
        const auto& a = values[i - 1];
        const auto& b = values[i];
        if (a.city == b.city && a.metric == b.metric && a.year == b.year)
            r.diags.reportError(r.file, [&] {
                return Finding{DatasetReader::figureAt(valueAt[i]),
                               std::string("a second ") + what + " for " + r.ds.cities[a.city].id +
                                   " / " + r.ds.metrics[a.metric].id + " / " +
                                   std::to_string(a.year) + " (the first is " +
                                   DatasetReader::figureAt(valueAt[i - 1]) + ")",
                               std::string("keep one ") + what + " per city, metric and year"};
            });
    }
}

// Targets moved from the values to Dataset::targets (never drawn as actuals); both sorted and
// checked for duplicates: a city may have an actual and a target for one metric and year.
void splitTargetsAndSort(DatasetReader& r) {
    std::vector<Value> actuals, targets;
    std::vector<std::uint32_t> actualAt, targetAt;
    actuals.reserve(r.ds.values.size());
    actualAt.reserve(r.ds.values.size());
    for (std::size_t i = 0; i < r.ds.values.size(); ++i) {
        const bool target = r.ds.values[i].kind == ValueKind::Target;
        (target ? targets : actuals).push_back(std::move(r.ds.values[i]));
        (target ? targetAt : actualAt).push_back(r.valueAt[i]);
    }
    sortAndCheckDuplicates(r, actuals, actualAt, "value");
    sortAndCheckDuplicates(r, targets, targetAt, "target");
    r.ds.values = std::move(actuals);
    r.ds.targets = std::move(targets);
    r.valueAt = std::move(actualAt);
}

// "specialisations": what each city specialises in (optional).
void readSpecialisations(DatasetReader& r) {
    if (expectArray(r.top, "specialisations", r.file, r.diags, false)) {
        const json& arr = r.doc["specialisations"];
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string ptr = "/specialisations/" + std::to_string(i);
            if (!arr[i].is_object()) {
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr, "a specialisation entry must be an object", ""};
                });
                continue;
            }
            Fields f(arr[i], ptr, r.file, r.limits, r.diags);
            Specialisation s;
            const std::string city = f.str("city", true);
            s.place = f.str("place", false);
            s.items = f.strings("items", true);
            // Regression (issue 13): an empty item was shown as an empty line.
            for (std::size_t k = 0; k < s.items.size(); ++k)
                if (blankId(s.items[k]))
                    r.diags.reportError(r.file, [&] {
                        return Finding{ptr + "/items/" + std::to_string(k),
                                       "an item must not be empty", ""};
                    });
            s.sources = f.strings("sources", false);
            f.warnUnknown();
            r.checkSources(s.sources, ptr, false);
            const auto ci = r.ds.cityIndex(city);
            if (!ci) {
                if (!city.empty() && !r.invalidCities.refer(city, false, ptr, "/city"))
                    r.diags.reportError(r.file, [&] {
                        return Finding{ptr + "/city", "unknown city \"" + city + "\"", ""};
                    });
                continue;
            }
            s.city = *ci;
            r.ds.specialisations.push_back(std::move(s));
        }
    }
}

// "programmes": the pilot-zone programmes and their zones (optional).
void readProgrammes(DatasetReader& r) {
    if (expectArray(r.top, "programmes", r.file, r.diags, false)) {
        const json& arr = r.doc["programmes"];
        std::unordered_map<std::string, std::size_t> idAt; // programme id -> its index
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string ptr = "/programmes/" + std::to_string(i);
            if (!arr[i].is_object()) {
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr, "a programme must be an object", ""};
                });
                continue;
            }
            Fields f(arr[i], ptr, r.file, r.limits, r.diags);
            Programme p;
            p.id = f.str("id", true);
            p.nameEn = f.str("name_en", false);
            p.nameZh = f.str("name_zh", false);
            p.countNote = f.str("count_note", false);
            // Regressions (issue 13): a second programme of one id, and a count of -3 or 2.5,
            // passed.
            if (!p.id.empty())
                if (const auto [it, first] = idAt.try_emplace(p.id, i); !first) {
                    const std::size_t firstAt = it->second;
                    r.diags.reportError(r.file, [&] {
                        return Finding{ptr + "/id",
                                       "a second programme \"" + p.id + "\" (the first is /programmes/" +
                                           std::to_string(firstAt) + ")",
                                       "give each programme its own id, or merge their zones"};
                    });
                }
            if (const auto count = f.number("count", false);
                count && (*count < 0 || *count != std::floor(*count)))
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr + "/count", "\"count\" must be a whole number >= 0", ""};
                });
            const json* zones = f.find("zones");
            f.warnUnknown();
            if (!zones || !zones->is_array()) {
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr, "a programme needs a \"zones\" array", ""};
                });
                continue;
            }
            for (std::size_t k = 0; k < zones->size(); ++k) {
                const std::string zp = ptr + "/zones/" + std::to_string(k);
                if (!(*zones)[k].is_object()) {
                    r.diags.reportError(r.file, [&] {
                        return Finding{zp, "a zone must be an object", ""};
                    });
                    continue;
                }
                Fields z((*zones)[k], zp, r.file, r.limits, r.diags);
                PilotZone zone;
                zone.zone = z.str("zone", true);
                zone.date = z.str("date", false);
                zone.precision = z.str("precision", false);
                zone.doc = z.str("doc", false);
                zone.note = z.str("note", false);
                zone.sources = z.strings("sources", false);
                const auto zoneCities = z.strings("cities", true);
                // Regression (issue 13): a zone without cities was shown nowhere, and one city
                // twice put the zone on its card twice.
                if (const json* zc = z.find("cities"); zc && zc->is_array() && zc->empty())
                    r.diags.reportError(r.file, [&] {
                        return Finding{zp + "/cities", "a zone needs at least one city", ""};
                    });
                for (const auto& id : zoneCities) {
                    if (auto ci = r.ds.cityIndex(id)) {
                        if (std::find(zone.cities.begin(), zone.cities.end(), *ci) !=
                            zone.cities.end())
                            r.diags.reportError(r.file, [&] {
                                return Finding{zp + "/cities",
                                               "city \"" + id + "\" is named twice in the zone", ""};
                            });
                        else
                            zone.cities.push_back(*ci);
                    }
                    else if (!r.invalidCities.refer(id, false, zp, "/cities"))
                        r.diags.reportError(r.file, [&] {
                            return Finding{zp + "/cities", "unknown city \"" + id + "\"", ""};
                        });
                }
                z.warnUnknown();
                r.checkSources(zone.sources, zp, false);
                p.zones.push_back(std::move(zone));
            }
            r.ds.programmes.push_back(std::move(p));
        }
    }
}

} // namespace

// [SECTION] Entry points

DatasetLoadResult buildDataset(const json& doc, const std::string& file, const Limits& limits) {
    DatasetLoadResult result;
    Diagnostics& diags = result.diagnostics;
    if (!doc.is_object()) {
        diags.error(file, "", std::string("the top level must be an object, not ") + typeName(doc),
                    "an aimap dataset starts with { \"aimap\": 1, ... }");
        return result;
    }
    auto ds = std::make_shared<Dataset>();
    ds->path = file;
    DatasetReader r(doc, file, limits, diags, *ds);
    if (!readVersion(r))
        return result;
    readDescription(r);
    readSources(r);
    readMetrics(r);
    readCities(r);
    readValues(r);
    readSectorFigures(r);
    splitTargetsAndSort(r);
    readSpecialisations(r);
    readProgrammes(r);
    readNational(r);
    readQuotations(r);
    for (const InvalidEntries* invalid : {&r.invalidCities, &r.invalidMetrics, &r.invalidSources})
        invalid->report(file, diags);
    r.top.find("quality_scale");
    r.top.find("$schema"); // editors' hint (data/aimap-dataset.schema.json), not data
    r.top.find("province_figures"); // read beside the dataset: core/data/ProvinceFigures
    r.top.warnUnknown();

    if (!diags.hasErrors())
        result.dataset = std::move(ds);
    return result;
}

DatasetLoadResult loadDataset(const std::string& path, const Limits& limits) {
    DatasetLoadResult result;
    auto doc = readJsonFile(path, limits, result.diagnostics);
    if (!doc)
        return result;
    // Keep what reading found (duplicate keys), then what validation found.
    result.dataset = guardLoad(path, result.diagnostics, [&]() -> std::shared_ptr<const Dataset> {
        DatasetLoadResult built = buildDataset(*doc, path, limits);
        result.diagnostics.append(built.diagnostics);
        if (result.diagnostics.hasErrors())
            return nullptr;
        return built.dataset;
    });
    return result;
}

} // namespace aimap
