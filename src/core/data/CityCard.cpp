#include "core/data/CityCard.hpp"

#include "core/data/Format.hpp"
#include "core/data/Sectors.hpp"
#include "core/view/CitedSectorCharts.hpp"
#include "core/view/SectorBars.hpp"

#include <algorithm>

namespace aimap {
namespace {

nlohmann::json sourcesJson(const std::vector<CardSource>& sources) {
    auto arr = nlohmann::json::array();
    for (const auto& s : sources)
        arr.push_back({{"id", s.id},
                       {"title", s.title},
                       {"publisher", s.publisher},
                       {"date", s.date},
                       {"quality", s.quality}});
    return arr;
}

} // namespace

CityCardModel buildCityCard(const Dataset& ds, std::size_t city, UiLanguage lang) {
    CityCardModel card;
    const City& c = ds.cities.at(city);
    card.cityId = c.id;
    card.nameEn = c.nameEn;
    card.nameZh = c.nameZh;
    card.code = c.code;
    card.position = c.position;
    card.coordSource = c.coordSource;
    card.synthetic = ds.isSynthetic();
    card.example = ds.kind == "example";
    card.language = lang;
    // Values are sorted by (city, metric, year): one pass groups them by metric; targets join
    // their metric's group after its actuals, labelled.
    std::vector<std::size_t> groupOf(ds.metrics.size(), static_cast<std::size_t>(-1));
    for (const auto* list : {&ds.values, &ds.targets})
        for (const Value& v : *list) {
            if (v.city != city)
                continue;
            const Metric& m = ds.metrics[v.metric];
            if (groupOf[v.metric] == static_cast<std::size_t>(-1)) {
                groupOf[v.metric] = card.metrics.size();
                card.metrics.push_back({m.id,
                                        m.labelIn(lang == UiLanguage::Zh),
                                        m.unit,
                                        m.definition,
                                        {},
                                        scaleName(m.scale),
                                        m.sector ? sectorInfo(*m.sector).id : "",
                                        m.sectorScope});
            }
            CardFigure f;
            f.year = v.year;
            f.period = v.period;
            f.value = v.value;
            f.target = v.kind == ValueKind::Target;
            f.text = formatValue(v.value, m.unit, v.qualifier, lang);
            if (f.target)
                f.text = tr(Tx::Target, lang, {f.text});
            f.asPublished = v.asPublished;
            // Not when it is the name shown (in Chinese: when it is the English name beside it).
            if (v.labelAsPublished != m.label)
                f.labelAsPublished = v.labelAsPublished;
            f.definitionInSource = v.definitionInSource;
            f.yoyGrowthPct = v.yoyGrowthPct;
            f.notes = v.notes;
            f.sources = cardSources(ds, v.sources);
            card.metrics[groupOf[v.metric]].figures.push_back(std::move(f));
        }
    for (const auto& s : ds.specialisations)
        if (s.city == city)
            card.specialisations.push_back({s.place, s.items, cardSources(ds, s.sources)});
    for (const auto& q : ds.quotations)
        if (std::find(q.cities.begin(), q.cities.end(), city) != q.cities.end()) {
            CardQuotation cq{q.text, q.note, {}, cardSources(ds, q.sources)};
            for (std::size_t c : q.cities)
                cq.named.push_back({ds.cities[c].nameZh, ds.cities[c].nameEn});
            card.quotations.push_back(std::move(cq));
        }
    for (const auto& p : ds.programmes)
        for (const auto& z : p.zones)
            for (std::size_t zc : z.cities)
                if (zc == city)
                    card.zones.push_back({p.nameEn.empty() ? p.nameZh : p.nameEn, z.zone, z.date,
                                          z.precision, z.doc, z.note, cardSources(ds, z.sources)});
    for (const auto& b : ds.sectorBreakdowns) {
        if (b.city != city)
            continue;
        CardSectors cs;
        cs.year = b.year;
        cs.total = b.total;
        cs.totalWeight = b.totalWeight;
        cs.weighed = b.weighed;
        cs.weightUnit = ds.enterpriseWeightUnit;
        for (std::size_t s = 0; s < kSectorCount; ++s)
            if (b.counts[s] > 0) {
                const SectorInfo& info = sectorInfo(static_cast<Sector>(s));
                cs.rows.push_back({info.en, info.zh, b.counts[s], b.weights[s]});
            }
        card.sectors.push_back(std::move(cs));
        for (auto& chart : enterpriseSectorCharts(ds, city, b.year, lang))
            card.sectorCharts.push_back(std::move(chart));
    }
    // Cited sector figures: where the city stands among the cities with each sector metric, and
    // each metric across the years.
    for (auto& chart : citedSectorCharts(ds, city, lang))
        card.sectorCharts.push_back(std::move(chart));
    return card;
}

nlohmann::json toJson(const CityCardModel& card) {
    nlohmann::json j;
    j["city"] = card.cityId;
    j["name_en"] = card.nameEn;
    j["name_zh"] = card.nameZh;
    j["synthetic"] = card.synthetic;
    auto metrics = nlohmann::json::array();
    for (const auto& m : card.metrics) {
        auto figures = nlohmann::json::array();
        for (const auto& f : m.figures)
            figures.push_back({{"year", f.year},
                               {"period", f.period},
                               {"value", f.value},
                               {"text", f.text},
                               {"kind", f.target ? "target" : "actual"},
                               {"definition_in_source", f.definitionInSource},
                               {"yoy_growth_pct", f.yoyGrowthPct ? nlohmann::json(*f.yoyGrowthPct)
                                                                 : nlohmann::json(nullptr)},
                               {"sources", sourcesJson(f.sources)}});
        metrics.push_back({{"id", m.id},
                           {"label", m.label},
                           {"unit", m.unit},
                           {"scale", m.scale},
                           {"sector", m.sector},
                           {"sector_scope", m.sectorScope},
                           {"figures", figures}});
    }
    j["metrics"] = metrics;
    auto zones = nlohmann::json::array();
    for (const auto& z : card.zones)
        zones.push_back({{"programme", z.programme}, {"zone", z.zone}, {"date", z.date}});
    j["zones"] = zones;
    auto specs = nlohmann::json::array();
    for (const auto& s : card.specialisations)
        specs.push_back({{"items", s.items}, {"sources", sourcesJson(s.sources)}});
    j["specialisations"] = specs;
    auto quotations = nlohmann::json::array();
    for (const auto& q : card.quotations)
        quotations.push_back({{"text", q.text}, {"sources", sourcesJson(q.sources)}});
    j["quotations"] = quotations;
    auto sectors = nlohmann::json::array();
    for (const auto& cs : card.sectors) {
        auto rows = nlohmann::json::array();
        for (const auto& r : cs.rows)
            rows.push_back({{"sector", r.sector}, {"count", r.count}, {"weight", r.weight}});
        sectors.push_back({{"year", cs.year}, {"total", cs.total}, {"rows", rows}});
    }
    j["sectors"] = sectors;
    auto charts = nlohmann::json::array();
    for (const auto& chart : card.sectorCharts)
        charts.push_back(toJson(chart));
    j["sector_charts"] = charts;
    return j;
}

} // namespace aimap
