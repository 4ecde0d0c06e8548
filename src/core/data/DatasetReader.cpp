// Reading the parts every figure of a dataset file shares (see DatasetReader.hpp).

#include "core/data/DatasetReader.hpp"

#include "core/data/FigureRules.hpp"
#include "core/data/TextDecoding.hpp"

#include <cmath>

namespace aimap {
namespace dataset_reading {

// A metric's optional "scale", "sector" and "sector_scope"; an error for a rank drawn as a size.
void readMetricKind(DatasetReader& r, Fields& f, const std::string& ptr, Metric& m) {
    const std::string scale = f.str("scale", false);
    if (f.find("scale") && !scale.empty()) {
        if (const auto s = parseScale(scale))
            m.scale = *s;
        else
            r.diags.reportError(r.file, [&] {
                return Finding{ptr + "/scale",
                               "unknown scale \"" + scale +
                                   "\": a metric is \"size\", \"share\", \"rank\" or \"index\"",
                               didYouMean(scale, scaleNames())};
            });
    }
    if (m.scale == MetricScale::Size && looksLikeRank(m.label, m.unit))
        r.diags.reportError(r.file, [&] {
            return Finding{f.find("scale") ? ptr + "/scale" : ptr,
                           "metric \"" + m.id + "\" (unit \"" + m.unit + "\", label \"" + m.label +
                               "\") looks like a rank; ranks are ordinal and never drawn as "
                               "circle areas: declare \"scale\": \"rank\"",
                           "an index score is \"scale\": \"index\"; a rank is \"rank\""};
        });
    const std::string sector = f.str("sector", false);
    if (f.find("sector") && !sector.empty()) {
        m.sector = parseSector(sector);
        if (!m.sector) {
            const auto ids = sectorIds();
            r.diags.reportError(r.file, [&] {
                return Finding{
                    ptr + "/sector", "unknown sector \"" + sector + "\"",
                    orElse(didYouMean(sector, {ids.begin(), ids.end()}),
                           "sectors: ai_chips, ai_servers, smart_sensors, big_data, iot, "
                           "cloud, edge_computing, 5g, applications")};
            });
        }
    }
    m.sectorScope = f.str("sector_scope", false);
}

bool DatasetReader::readFigure(Fields& f, const std::string& ptr, Value& v, bool boundText) {
    DatasetReader& r = *this;
    const std::string city = f.str("city", true);
    const std::string metric = f.str("metric", true);
    const auto year = f.number("year", true);
    std::optional<double> value;
    const json* given = f.find("value");
    if (boundText && given && given->is_string()) {
        // A bound as published: ">1000", "~300".
        const std::string text = given->get<std::string>();
        if (const auto b = parseBound(text)) {
            value = b->value;
            v.qualifier = b->qualifier;
            v.asPublished = text;
        } else {
            r.diags.reportError(r.file, [&] {
                return Finding{ptr + "/value",
                               "\"" + sanitizeUtf8(text) + "\" is not a number or a bound",
                               std::string("write ") + kBoundGrammar};
            });
            return false;
        }
    } else {
        value = f.number("value", true);
    }
    const std::string boundQualifier = v.qualifier;
    v.period = f.str("period", false);
    v.qualifier = f.str("qualifier", false);
    if (!f.str("as_published", false).empty() || v.asPublished.empty())
        v.asPublished = f.str("as_published", false);
    v.labelAsPublished = f.str("label_as_published", false);
    v.definitionInSource = f.str("definition_in_source", false);
    v.notes = f.str("notes", false);
    v.yoyGrowthPct = f.number("yoy_growth_pct", false);
    v.sources = f.strings("sources", false);
    if (const std::string kind = f.str("kind", false); f.find("kind")) {
        if (const auto k = parseValueKind(kind))
            v.kind = *k;
        else
            r.diags.reportError(r.file, [&] {
                return Finding{ptr + "/kind",
                               "unknown kind \"" + kind +
                                   "\": a figure is \"actual\" or \"target\"",
                               didYouMean(kind, valueKindNames())};
            });
    }
    const auto ci = r.ds.cityIndex(city);
    const auto mi = r.ds.metricIndex(metric);
    // A city or metric with an error of its own is reported once, not here per value.
    if (!city.empty() && !ci && !r.invalidCities.refer(city, true, ptr, "/city"))
        r.diags.reportError(r.file, [&] {
            return Finding{ptr + "/city", "unknown city \"" + city + "\"",
                           orElse(r.suggest(r.cityIds, r.ds.cities, city),
                                  "add it to \"cities\" or use an existing id")};
        });
    if (!metric.empty() && !mi && !r.invalidMetrics.refer(metric, true, ptr, "/metric"))
        r.diags.reportError(r.file, [&] {
            return Finding{
                ptr + "/metric", "unknown metric \"" + metric + "\"",
                orElse(r.suggest(r.metricIds, r.ds.metrics, metric), "define it in \"metrics\"")};
        });
    if (year &&
        (*year != std::floor(*year) || *year < r.limits.minYear || *year > r.limits.maxYear)) {
        r.diags.reportError(r.file, [&] {
            return Finding{ptr + "/year",
                           "year must be a whole number in " + std::to_string(r.limits.minYear) +
                               ".." + std::to_string(r.limits.maxYear),
                           ""};
        });
        return false;
    }
    if (value && (*value < 0 || *value > r.limits.maxAbsValue)) {
        r.diags.reportError(r.file, [&] {
            return Finding{ptr + "/value",
                           *value < 0 ? "negative value: symbol sizes need values >= 0"
                                      : "value is implausibly large (over 1e18)",
                           "check the unit: values are plain numbers in the metric's unit"};
        });
        return false;
    }
    // Regression (issue 13): "qualifier": "" passed as "=".
    const json* q = f.find("qualifier");
    if ((q && q->is_string() && v.qualifier.empty()) ||
        (!v.qualifier.empty() && v.qualifier != "=" && v.qualifier != ">" && v.qualifier != "<" &&
         v.qualifier != "~"))
        r.diags.reportError(r.file, [&] {
            return Finding{ptr + "/qualifier",
                           "qualifier must be one of \"=\", \">\", \"<\", \"~\"",
                           "or leave it out: a figure as published is \"=\""};
        });
    else if (!boundQualifier.empty() && !v.qualifier.empty() && v.qualifier != boundQualifier)
        r.diags.reportError(r.file, [&] {
            return Finding{ptr + "/qualifier",
                           "qualifier \"" + v.qualifier + "\" contradicts the value \"" +
                               v.asPublished + "\"",
                           "leave the qualifier out: the bound in the value says it"};
        });
    if (v.qualifier.empty())
        v.qualifier = boundQualifier.empty() ? "=" : boundQualifier;
    r.checkSources(v.sources, ptr, true);
    if (v.sources.empty())
        r.diags.reportWarning(r.file, [&] {
            return Finding{ptr, "value has no source; it is shown as unsourced",
                           "add \"sources\": [\"S01\"] with an id from \"sources\""};
        });
    if (!ci || !mi || !year || !value)
        return false;
    v.city = *ci;
    v.metric = *mi;
    v.year = static_cast<int>(*year);
    v.value = *value;
    if (v.period.empty())
        v.period = std::to_string(v.year);
    return true;
}

} // namespace dataset_reading
} // namespace aimap
