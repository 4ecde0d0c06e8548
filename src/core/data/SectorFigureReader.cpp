// The dataset's "sector_figures", "national" summary and "quotations" (see DatasetReader.hpp).

#include "core/data/DatasetReader.hpp"

#include "core/data/FigureRules.hpp"
#include "core/data/Sectors.hpp"

#include <unordered_map>

namespace aimap {
namespace dataset_reading {

namespace {

std::string sectorHint(const std::string& text) {
    const auto ids = sectorIds();
    return orElse(didYouMean(text, {ids.begin(), ids.end()}),
                  "sectors: ai_chips, ai_servers, smart_sensors, big_data, iot, cloud, "
                  "edge_computing, 5g, applications");
}

} // namespace

// "sector_figures": city figures of one sector. Each becomes a Value of its metric; the metric
// takes the figures' sector when it declares none (one sector per metric).
void readSectorFigures(DatasetReader& r) {
    if (!expectArray(r.top, "sector_figures", r.file, r.diags, false))
        return;
    const json& arr = r.doc["sector_figures"];
    std::unordered_map<std::size_t, std::string> sectorGivenAt; // metric -> pointer of the first
    for (std::size_t i = 0; i < arr.size() && r.ds.values.size() < r.limits.maxValues; ++i) {
        const std::string ptr = "/sector_figures/" + std::to_string(i);
        if (!arr[i].is_object()) {
            r.diags.reportError(r.file, [&] {
                return Finding{ptr, "a sector figure must be an object", ""};
            });
            continue;
        }
        Fields f(arr[i], ptr, r.file, r.limits, r.diags);
        const std::string sectorText = f.str("sector", true);
        const std::string unit = f.str("unit", false);
        Value v;
        bool kept = r.readFigure(f, ptr, v, true);
        f.warnUnknown();
        std::optional<Sector> sector;
        if (!sectorText.empty()) {
            sector = parseSector(sectorText);
            if (!sector) {
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr + "/sector", "unknown sector \"" + sectorText + "\"",
                                   sectorHint(sectorText)};
                });
                kept = false;
            }
        }
        if (!kept || !sector)
            continue;
        Metric& m = r.ds.metrics[v.metric];
        if (!unit.empty() && unit != m.unit)
            r.diags.reportError(r.file, [&] {
                return Finding{
                    ptr + "/unit",
                    "unit \"" + unit + "\" differs from the unit of metric \"" + m.id + "\" (\"" +
                        m.unit + "\")",
                    "one metric has one unit: use another metric, or leave \"unit\" out"};
            });
        if (m.sector && *m.sector != *sector) {
            const auto given = sectorGivenAt.find(v.metric);
            r.diags.reportError(r.file, [&] {
                return Finding{
                    ptr + "/sector",
                    "sector \"" + std::string(sectorInfo(*sector).id) + "\" differs from \"" +
                        sectorInfo(*m.sector).id + "\" of metric \"" + m.id + "\"" +
                        (given != sectorGivenAt.end() ? " (given at " + given->second + ")"
                                                      : std::string(" (its \"sector\")")),
                    "a metric belongs to one sector: use one metric per sector"};
            });
            continue;
        }
        if (!m.sector) {
            m.sector = sector;
            sectorGivenAt.emplace(v.metric, ptr + "/sector");
        }
        r.ds.values.push_back(std::move(v));
        r.valueAt.push_back(static_cast<std::uint32_t>(i) | DatasetReader::kSectorFigure);
    }
}

// "national": the national summary card (optional).
void readNational(DatasetReader& r) {
    const json* nat = r.top.find("national");
    if (!nat)
        return;
    if (!nat->is_object()) {
        r.diags.error(r.file, "/national", "\"national\" must be an object");
        return;
    }
    Fields f(*nat, "/national", r.file, r.limits, r.diags);
    r.ds.national.title = f.str("title", false);
    r.ds.national.note = f.str("note", false);
    const json* figures = f.find("figures");
    f.warnUnknown();
    if (!figures)
        return;
    if (!figures->is_array()) {
        r.diags.error(r.file, "/national/figures", "\"figures\" must be an array");
        return;
    }
    for (std::size_t i = 0; i < figures->size(); ++i) {
        const std::string ptr = "/national/figures/" + std::to_string(i);
        if (!(*figures)[i].is_object()) {
            r.diags.reportError(r.file, [&] {
                return Finding{ptr, "a national figure must be an object", ""};
            });
            continue;
        }
        Fields g((*figures)[i], ptr, r.file, r.limits, r.diags);
        NationalFigure n;
        n.label = g.str("label", true);
        n.scope = g.str("scope", false);
        const auto year = g.number("year", true);
        n.period = g.str("period", false);
        const auto value = g.number("value", true);
        n.qualifier = g.str("qualifier", false);
        n.unit = g.str("unit", true);
        n.asPublished = g.str("as_published", false);
        n.yoyGrowthPct = g.number("yoy_growth_pct", false);
        n.notes = g.str("notes", false);
        n.sources = g.strings("sources", false);
        g.warnUnknown();
        r.checkSources(n.sources, ptr, false);
        if (n.sources.empty())
            r.diags.reportWarning(r.file, [&] {
                return Finding{ptr, "national figure has no source; it is shown as unsourced", ""};
            });
        if (!n.qualifier.empty() && n.qualifier != "=" && n.qualifier != ">" &&
            n.qualifier != "<" && n.qualifier != "~")
            r.diags.reportError(r.file, [&] {
                return Finding{ptr + "/qualifier",
                               "qualifier must be one of \"=\", \">\", \"<\", \"~\"", ""};
            });
        if (n.qualifier.empty())
            n.qualifier = "=";
        if (!year || !value)
            continue;
        n.year = static_cast<int>(*year);
        n.value = *value;
        if (n.period.empty())
            n.period = std::to_string(n.year);
        r.ds.national.figures.push_back(std::move(n));
    }
}

// "quotations": published sentences that name cities (optional).
void readQuotations(DatasetReader& r) {
    if (!expectArray(r.top, "quotations", r.file, r.diags, false))
        return;
    const json& arr = r.doc["quotations"];
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string ptr = "/quotations/" + std::to_string(i);
        if (!arr[i].is_object()) {
            r.diags.reportError(r.file, [&] {
                return Finding{ptr, "a quotation must be an object", ""};
            });
            continue;
        }
        Fields f(arr[i], ptr, r.file, r.limits, r.diags);
        Quotation q;
        q.text = f.str("text", true);
        q.language = f.str("language", false);
        q.note = f.str("note", false);
        q.sources = f.strings("sources", true);
        const auto cities = f.strings("cities", true);
        f.warnUnknown();
        r.checkSources(q.sources, ptr, false);
        if (const json* s = f.find("sources"); s && s->is_array() && s->empty())
            r.diags.reportError(r.file, [&] {
                return Finding{ptr + "/sources", "a quotation needs its source", ""};
            });
        for (std::size_t k = 0; k < cities.size(); ++k) {
            if (const auto ci = r.ds.cityIndex(cities[k]))
                q.cities.push_back(*ci);
            else if (!r.invalidCities.refer(cities[k], false, ptr, "/cities"))
                r.diags.reportError(r.file, [&] {
                    return Finding{ptr + "/cities/" + std::to_string(k),
                                   "unknown city \"" + cities[k] + "\"",
                                   r.suggest(r.cityIds, r.ds.cities, cities[k])};
                });
        }
        r.ds.quotations.push_back(std::move(q));
    }
}

} // namespace dataset_reading
} // namespace aimap
