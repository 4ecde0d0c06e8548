#include "core/talk/TalkNames.hpp"

#include "core/data/JsonFields.hpp"
#include "core/data/Sectors.hpp"
#include "core/data/Text.hpp"
#include "core/view/RankLayer.hpp"
#include "core/view/ZoneLayer.hpp"

#include <algorithm>
#include <set>

namespace aimap {

using nlohmann::json;

namespace {

// "a b c …" of at most `max` words, for hints that list the choices.
std::string listOf(const std::vector<std::string>& words, std::size_t max = 12) {
    std::string s;
    for (std::size_t i = 0; i < words.size() && i < max; ++i)
        s += (i ? " " : "") + words[i];
    if (words.size() > max)
        s += " \xE2\x80\xA6 (" + std::to_string(words.size()) + " in all)";
    return s;
}

// The hint for an unknown name: "did you mean ...?" when one is close, else the choices.
std::string hintFor(const std::string& suggestion, const char* what,
                    const std::vector<std::string>& choices) {
    if (!suggestion.empty())
        return suggestion;
    if (choices.empty())
        return std::string("the dataset has no ") + what;
    return std::string(what) + ": " + listOf(choices);
}

} // namespace

TalkNames::TalkNames(const TalkContext& ctx, const std::string& file, const TalkLimits& limits,
                     Diagnostics& diags)
    : m_ds(*ctx.dataset), m_provinces(ctx.provinces), m_file(file), m_limits(limits),
      m_diags(diags) {
    if (m_provinces)
        for (const ProvinceName& p : *m_provinces) {
            m_provinceByName.emplace(p.code, p.code);
            if (!p.nameEn.empty())
                m_provinceByName.emplace(foldLatinName(p.nameEn), p.code);
            if (!p.nameZh.empty())
                m_provinceByName.emplace(p.nameZh, p.code);
        }
}

void TalkNames::error(const std::string& ptr, const std::string& message, const std::string& hint) {
    m_diags.error(m_file, ptr, message, hint);
}

std::optional<std::string> TalkNames::text(const json& j, const std::string& ptr,
                                           const char* what) {
    if (!j.is_string()) {
        m_diags.reportError(m_file, [&] {
            return Finding{ptr, std::string("a ") + what + " must be a string, not " + typeName(j),
                           ""};
        });
        return std::nullopt;
    }
    const auto& s = j.get_ref<const std::string&>();
    if (s.size() > m_limits.maxTextBytes) {
        m_diags.reportError(m_file, [&] {
            return Finding{ptr,
                           std::string("a ") + what + " of " + std::to_string(s.size()) +
                               " bytes is over the limit of " +
                               std::to_string(m_limits.maxTextBytes),
                           ""};
        });
        return std::nullopt;
    }
    return s;
}

bool TalkNames::checkList(const json& j, const std::string& ptr, const char* mustBe,
                          const char* what, const char* example) {
    if (!j.is_array()) {
        error(ptr, std::string(mustBe) + ", not " + typeName(j), example);
        return false;
    }
    if (j.size() > m_limits.maxListItems) {
        error(ptr, tooMany(what, j.size(), m_limits.maxListItems));
        return false;
    }
    return true;
}

const std::vector<int>& TalkNames::yearsOf(std::size_t metric) {
    auto it = m_years.find(metric);
    if (it == m_years.end())
        it = m_years.emplace(metric, m_ds.years(metric)).first; // one scan of the values per metric
    return it->second;
}

bool TalkNames::hasYear(std::size_t metric, int year) {
    const auto& ys = yearsOf(metric);
    return std::binary_search(ys.begin(), ys.end(), year);
}

int TalkNames::latestYear(std::size_t metric) {
    const auto& ys = yearsOf(metric);
    return ys.empty() ? 0 : ys.back();
}

std::optional<std::size_t> TalkNames::metric(const json& j, const std::string& ptr) {
    const auto id = text(j, ptr, "metric id");
    if (!id)
        return std::nullopt;
    const auto m = m_ds.metricIndex(*id);
    const auto mapIds = [&] {
        std::vector<std::string> ids;
        for (std::size_t i : m_ds.metricsByCoverage())
            ids.push_back(m_ds.metrics[i].id);
        return ids;
    };
    if (!m) {
        m_diags.reportError(m_file, [&] {
            std::vector<std::string> all;
            for (const Metric& met : m_ds.metrics)
                all.push_back(met.id);
            return Finding{ptr, "unknown metric \"" + *id + "\"",
                           hintFor(didYouMean(*id, all), "metrics drawn on the map", mapIds())};
        });
        return std::nullopt;
    }
    auto isMap = m_isMapMetric.find(*m);
    if (isMap == m_isMapMetric.end())
        isMap = m_isMapMetric.emplace(*m, m_ds.isMapMetric(*m)).first;
    if (!isMap->second) {
        m_diags.reportError(m_file, [&] {
            const Metric& met = m_ds.metrics[*m];
            const bool layer = met.scale == MetricScale::Rank || met.scale == MetricScale::Index;
            return Finding{ptr,
                           "metric \"" + *id + "\" " +
                               (met.isSize() ? std::string("has only targets")
                                             : std::string("is a ") + scaleName(met.scale)) +
                               ": it is never drawn as circle sizes",
                           layer ? "show it as badges instead: \"ranks\": \"" + *id + "\""
                                 : "metrics drawn on the map: " + listOf(mapIds())};
        });
        return std::nullopt;
    }
    return m;
}

std::optional<int> TalkNames::year(std::size_t metric, const json& j, const std::string& ptr) {
    if (!j.is_number_integer()) {
        m_diags.reportError(m_file, [&] {
            return Finding{ptr, std::string("a year must be a whole number, not ") + typeName(j),
                           j.is_string() ? "write it without quotes, e.g. 2020" : ""};
        });
        return std::nullopt;
    }
    const long long y = j.get<long long>();
    if (y < -100000 || y > 100000 || !hasYear(metric, static_cast<int>(y))) {
        m_diags.reportError(m_file, [&] {
            std::string years;
            for (int each : yearsOf(metric))
                years += " " + std::to_string(each);
            return Finding{ptr,
                           "metric \"" + m_ds.metrics[metric].id + "\" has no figures for " +
                               std::to_string(y),
                           "years with figures:" + years};
        });
        return std::nullopt;
    }
    return static_cast<int>(y);
}

const Suggester& TalkNames::citySuggester() {
    if (!m_citySuggester) {
        std::vector<std::string> names;
        for (const City& c : m_ds.cities) {
            names.push_back(c.id);
            if (!c.nameEn.empty())
                names.push_back(c.nameEn);
        }
        m_citySuggester = std::make_unique<Suggester>(names);
    }
    return *m_citySuggester;
}

std::optional<std::size_t> TalkNames::findCity(const std::string& name) {
    if (auto i = m_ds.cityIndex(name))
        return i;
    if (m_cityByZh.empty() && !m_ds.cities.empty()) // built at the first name that is no id
        for (std::size_t i = 0; i < m_ds.cities.size(); ++i) {
            const City& c = m_ds.cities[i];
            m_cityByZh.emplace(c.nameZh, i); // emplace keeps the first: a scan's answer
            m_cityByEn.emplace(foldLatinName(c.nameEn), i);
            m_cityById.emplace(foldLatinName(c.id), i);
        }
    // The first city matching any of the three, as Dataset::findCity's scan finds it.
    std::optional<std::size_t> best;
    const std::string folded = foldLatinName(name);
    for (const auto* map : {&m_cityByEn, &m_cityById})
        if (const auto it = map->find(folded); it != map->end() && (!best || it->second < *best))
            best = it->second;
    if (const auto it = m_cityByZh.find(name);
        it != m_cityByZh.end() && (!best || it->second < *best))
        best = it->second;
    return best;
}

std::optional<std::size_t> TalkNames::city(const json& j, const std::string& ptr) {
    const auto name = text(j, ptr, "city");
    if (!name)
        return std::nullopt;
    if (name->find_first_not_of(" \t\n\r") == std::string::npos) {
        error(ptr, "a city name must not be empty", "write its id, e.g. \"jinan\"");
        return std::nullopt;
    }
    auto it = m_cities.find(*name);
    if (it == m_cities.end())
        it = m_cities.emplace(*name, findCity(*name)).first;
    if (!it->second)
        m_diags.reportError(m_file, [&] {
            std::vector<std::string> ids;
            for (const City& c : m_ds.cities)
                ids.push_back(c.id);
            return Finding{ptr, "unknown city \"" + *name + "\"",
                           hintFor(citySuggester().didYouMean(*name), "cities", ids)};
        });
    return it->second;
}

std::optional<std::string> TalkNames::province(const json& j, const std::string& ptr) {
    const auto name = text(j, ptr, "province");
    if (!name)
        return std::nullopt;
    if (!m_provinces) {
        error(ptr, "province \"" + *name + "\" cannot be checked: no province list was loaded",
              "aimap reads the provinces from data/basemap/provinces.json: check the installation");
        return std::nullopt;
    }
    auto it = m_provinceByName.find(*name);
    if (it == m_provinceByName.end())
        it = m_provinceByName.find(foldLatinName(*name));
    if (it != m_provinceByName.end())
        return it->second;
    m_diags.reportError(m_file, [&] {
        std::vector<std::string> names;
        for (const ProvinceName& p : *m_provinces)
            names.push_back(p.nameEn.empty() ? p.code : p.nameEn);
        return Finding{ptr, "unknown province \"" + *name + "\"",
                       hintFor(didYouMean(*name, names), "provinces", names)};
    });
    return std::nullopt;
}

std::optional<unsigned short> TalkNames::sectors(const json& j, const std::string& ptr) {
    constexpr unsigned short kAll = (1u << kSectorCount) - 1;
    if (j.is_string() && j.get_ref<const std::string&>() == "all")
        return kAll;
    if (!checkList(j, ptr, "\"sectors\" must be \"all\" or an array of sector ids", "sectors",
                   "for example \"sectors\": [\"ai_chips\", \"ai_servers\"]"))
        return std::nullopt;
    unsigned short mask = 0;
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = ptr + "/" + std::to_string(i);
        const auto name = text(j[i], p, "sector");
        if (!name) {
            ok = false;
            continue;
        }
        const auto s = parseSector(*name);
        if (!s) {
            ok = false;
            m_diags.reportError(m_file, [&] {
                const auto ids = sectorIds();
                const std::vector<std::string> all(ids.begin(), ids.end());
                return Finding{p, "unknown sector \"" + *name + "\"",
                               hintFor(didYouMean(*name, all), "sectors", all)};
            });
            continue;
        }
        mask = static_cast<unsigned short>(mask | (1u << static_cast<unsigned>(*s)));
    }
    if (ok && mask == 0) {
        error(ptr, "\"sectors\" must name at least one sector",
              "write \"all\" to sum every sector");
        return std::nullopt;
    }
    return ok ? std::optional<unsigned short>(mask) : std::nullopt;
}

std::optional<ProgrammeMask> TalkNames::zones(const json& j, const std::string& ptr) {
    if (j.is_string() &&
        (j.get_ref<const std::string&>() == "all" || j.get_ref<const std::string&>() == "none")) {
        std::string unused;
        return parseProgrammes(m_ds, j.get<std::string>(), unused);
    }
    if (!checkList(j, ptr, "\"zones\" must be \"all\", \"none\" or an array of programmes",
                   "programmes", "for example \"zones\": [\"MOST\", \"MIIT\"]"))
        return std::nullopt;
    ProgrammeMask mask = 0;
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = ptr + "/" + std::to_string(i);
        const auto name = text(j[i], p, "programme");
        // One name at a time: a comma inside it must not be read as a list.
        if (!name || name->find(',') != std::string::npos || *name == "all" || *name == "none") {
            if (name)
                error(p, "\"" + *name + "\" is not one programme",
                      "write each programme as its own string, or \"zones\": \"all\"");
            ok = false;
            continue;
        }
        auto known = m_zones.find(*name);
        if (known == m_zones.end()) {
            std::string err;
            const ProgrammeMask one = parseProgrammes(m_ds, *name, err);
            known = m_zones
                        .emplace(*name, err.empty() && one ? std::optional<ProgrammeMask>(one)
                                                           : std::nullopt)
                        .first;
        }
        if (!known->second) {
            ok = false;
            m_diags.reportError(m_file, [&] {
                std::vector<std::string> names, shortNames;
                for (const Programme& prog : m_ds.programmes) {
                    shortNames.push_back(programmeShortName(prog));
                    names.push_back(shortNames.back());
                    names.push_back(prog.id);
                }
                return Finding{p, "unknown pilot-zone programme \"" + *name + "\"",
                               hintFor(didYouMean(*name, names), "programmes", shortNames)};
            });
            continue;
        }
        mask |= *known->second;
    }
    return ok ? std::optional<ProgrammeMask>(mask) : std::nullopt;
}

std::optional<std::optional<RankLayerChoice>> TalkNames::ranks(const json& j,
                                                               const std::string& ptr) {
    if (j.is_null())
        return std::optional<RankLayerChoice>();
    const auto spec = text(j, ptr, "ranking (\"metric_id\" or \"metric_id:year\")");
    if (!spec)
        return std::nullopt;
    auto it = m_ranks.find(*spec);
    if (it == m_ranks.end()) {
        std::string unused; // the message is built below, with the pointer
        it = m_ranks.emplace(*spec, parseRankLayer(m_ds, *spec, unused)).first;
    }
    if (it->second)
        return it->second;
    m_diags.reportError(m_file, [&] {
        std::vector<std::string> ids, choices;
        for (std::size_t m : m_ds.rankMetrics())
            ids.push_back(m_ds.metrics[m].id);
        // A known ranking in a year it does not have: list its years, not the same id.
        const std::string id = spec->substr(0, spec->rfind(':'));
        const bool known = std::find(ids.begin(), ids.end(), id) != ids.end();
        for (const RankLayerChoice& c : rankLayerChoices(m_ds))
            if (!known || m_ds.metrics[c.metric].id == id)
                choices.push_back(m_ds.metrics[c.metric].id + ":" + std::to_string(c.year));
        return Finding{ptr, "no ranking \"" + *spec + "\" in the dataset",
                       hintFor(known ? std::string() : didYouMean(id, ids),
                               "rankings (metric:year)", choices)};
    });
    return std::nullopt;
}

} // namespace aimap
