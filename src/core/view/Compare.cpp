// The compare model (issue 16).
// [SECTION] pins: slots, colours, the pins found in a dataset
// [SECTION] the model: a chart per shared metric (bars by year on one axis, ordered lists for
//           ranks and scores, targets apart), the enterprise sectors side by side
// [SECTION] JSON: the UI dump's "compare"
#include "core/view/Compare.hpp"

#include "core/data/Format.hpp"
#include "core/data/Sectors.hpp"
#include "core/view/RankLayer.hpp"
#include "core/view/SectorBars.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace aimap {

// [SECTION] pins ---------------------------------------------------------------------------------

Rgba pinColour(std::size_t slot) {
    static const Rgba colours[kMaxPinned] = {
        {238, 51, 119, 255}, {0, 153, 136, 255}, {51, 34, 136, 255}, {153, 153, 51, 255}};
    return colours[slot % kMaxPinned];
}

PinSet::Result PinSet::toggle(const std::string& cityId) {
    if (cityId.empty())
        return Result::Full;
    if (unpin(cityId))
        return Result::Unpinned;
    for (std::string& s : m_slots)
        if (s.empty()) {
            s = cityId;
            m_order.push_back(cityId);
            return Result::Pinned;
        }
    return Result::Full;
}

bool PinSet::unpin(const std::string& cityId) {
    for (std::string& s : m_slots)
        if (!cityId.empty() && s == cityId) {
            s.clear();
            m_order.erase(std::remove(m_order.begin(), m_order.end(), cityId), m_order.end());
            return true;
        }
    return false;
}

std::optional<std::string> PinSet::unpinLast() {
    if (m_order.empty())
        return std::nullopt;
    std::string id = m_order.back();
    unpin(id);
    return id;
}

void PinSet::clear() {
    m_slots = {};
    m_order.clear();
}

std::size_t PinSet::size() const {
    return static_cast<std::size_t>(std::count_if(m_slots.begin(), m_slots.end(),
                                                  [](const std::string& s) { return !s.empty(); }));
}

std::optional<std::size_t> PinSet::slotOf(const std::string& cityId) const {
    for (std::size_t i = 0; i < m_slots.size(); ++i)
        if (!cityId.empty() && m_slots[i] == cityId)
            return i;
    return std::nullopt;
}

std::vector<ComparePin> pinnedIn(const Dataset& ds, const PinSet& pins, UiLanguage lang) {
    std::vector<ComparePin> out;
    for (std::size_t slot = 0; slot < kMaxPinned; ++slot) {
        const std::string& id = pins.slots()[slot];
        if (id.empty())
            continue;
        if (const auto c = ds.cityIndex(id)) {
            const City& city = ds.cities[*c];
            const bool zh = lang == UiLanguage::Zh ? !city.nameZh.empty() : city.nameEn.empty();
            out.push_back({slot, *c, id, zh ? city.nameZh : city.nameEn});
        }
    }
    return out;
}

// [SECTION] the model ---------------------------------------------------------------------------

namespace {

CompareKind kindOf(const Metric& m) {
    switch (m.scale) {
    case MetricScale::Rank:
        return CompareKind::Ranks;
    case MetricScale::Index:
        return CompareKind::Scores;
    default:
        return CompareKind::Bars;
    }
}

// The unit a bar's text carries: the format's own words; a phrase of the data's ("100 million
// CNY (亿元)", "AI companies (national total 1,093)") would repeat after every bar: the title has
// it.
std::string textUnit(const std::string& unit) {
    for (const char* u : {"count", "CNY", "USD", "percent"})
        if (unit == u)
            return unit;
    return "";
}

// A rank as a rank ("#3", "T1" for a tier), a score as a score: as the rank layer writes them.
std::string figureText(const Metric& m, const Value& v, UiLanguage lang) {
    if (m.scale == MetricScale::Rank || m.scale == MetricScale::Index)
        return badgeText(m, v);
    return formatValue(v.value, textUnit(m.unit), v.qualifier, lang);
}

CompareFigure figureOf(const Metric& m, const Value& v, UiLanguage lang) {
    CompareFigure f;
    f.present = true;
    f.value = v.value;
    f.qualifier = v.qualifier.empty() ? "=" : v.qualifier;
    f.text = figureText(m, v, lang);
    f.period = v.period;
    f.asPublished = v.asPublished;
    f.sources = v.sources;
    return f;
}

// Ranks: rank 1 first; scores: the highest first; n/a last; ties in slot order.
std::vector<std::size_t> listOrder(const std::vector<CompareFigure>& figures, CompareKind kind) {
    std::vector<std::size_t> order(figures.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (kind == CompareKind::Bars)
        return order;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const CompareFigure &fa = figures[a], &fb = figures[b];
        if (fa.present != fb.present)
            return fa.present;
        if (!fa.present)
            return false;
        return kind == CompareKind::Ranks ? fa.value < fb.value : fa.value > fb.value;
    });
    return order;
}

std::string chartTitle(const Metric& m, UiLanguage lang) {
    const bool zh = lang == UiLanguage::Zh;
    std::string t;
    if (m.sector) {
        const SectorInfo& s = sectorInfo(*m.sector);
        t = zh ? s.zh : s.en;
        if (!m.sectorScope.empty())
            t += " \xE2\x80\x94 " + m.sectorScope; // " — integrated circuits (all)"
        t += ": ";
    }
    t += m.labelIn(zh);
    if (m.scale == MetricScale::Size || m.scale == MetricScale::Share)
        if (!m.unit.empty() && m.unit != "count")
            t += " (" + unitText(m.unit, lang) + ")";
    return t;
}

double shareWhole(const Metric& m) {
    return m.unit == "percent" ? 100.0 : 1.0;
}

// One metric for the pins: its actuals by year and its targets, or none when fewer than two pins
// have a figure of it.
std::optional<CompareChart> metricChart(const Dataset& ds, std::size_t metric,
                                        const std::vector<ComparePin>& pins,
                                        const std::vector<std::vector<const Value*>>& actual,
                                        const std::vector<std::vector<const Value*>>& targets,
                                        UiLanguage lang) {
    const Metric& m = ds.metrics[metric];
    CompareChart chart;
    for (std::size_t p = 0; p < pins.size(); ++p)
        chart.sharedBy += !actual[p].empty() || !targets[p].empty();
    if (chart.sharedBy < 2)
        return std::nullopt;
    chart.id = m.id;
    chart.title = chartTitle(m, lang);
    chart.unit = m.unit;
    chart.kind = kindOf(m);
    if (m.sector)
        chart.sector = sectorInfo(*m.sector).id;
    std::vector<int> years;
    for (const auto& list : actual)
        for (const Value* v : list)
            years.push_back(v->year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    for (const int y : years) {
        CompareGroup g;
        g.label = std::to_string(y);
        g.year = y;
        g.figures.resize(pins.size());
        for (std::size_t p = 0; p < pins.size(); ++p)
            for (const Value* v : actual[p])
                if (v->year == y) {
                    g.figures[p] = figureOf(m, *v, lang);
                    if (chart.kind == CompareKind::Bars && std::isfinite(v->value))
                        chart.axisMax = std::max(chart.axisMax, v->value);
                }
        g.order = listOrder(g.figures, chart.kind);
        chart.groups.push_back(std::move(g));
    }
    if (m.scale == MetricScale::Share)
        chart.axisMax = std::max(chart.axisMax, shareWhole(m));
    chart.axisText = formatValue(chart.axisMax, textUnit(m.unit), "=", lang);
    for (std::size_t p = 0; p < pins.size(); ++p)
        for (const Value* v : targets[p])
            chart.targets.push_back(
                {p, v->year,
                 tr(Tx::CompareTargetYear, lang,
                    {std::to_string(v->year), formatValue(v->value, m.unit, v->qualifier, lang)}),
                 v->sources});
    return chart;
}

int kindOrder(CompareKind k) {
    return k == CompareKind::Bars ? 0 : k == CompareKind::Scores ? 1 : 2;
}

// The pins' enterprise sector charts of one year regrouped: one chart per kind (counts, weight
// sums), a group per sector, a figure per pin, one axis for all.
std::vector<CompareChart> sectorCharts(const Dataset& ds, const std::vector<ComparePin>& pins,
                                       int year, UiLanguage lang) {
    std::vector<CompareChart> out;
    if (ds.enterprises.empty() || pins.size() < 2)
        return out;
    // The map's year when a pinned city has a breakdown for it, else the latest one has.
    int latest = 0;
    bool hasYear = false;
    for (const SectorBreakdown& b : ds.sectorBreakdowns)
        for (const ComparePin& p : pins)
            if (b.city == p.city) {
                latest = std::max(latest, b.year);
                hasYear = hasYear || b.year == year;
            }
    if (!hasYear)
        year = latest;
    if (year == 0)
        return out;
    std::vector<std::vector<SectorChartModel>> perPin;
    for (const ComparePin& p : pins)
        perPin.push_back(enterpriseSectorCharts(ds, p.city, year, lang));
    for (const char* kind : {"enterprise_count", "enterprise_weight"}) {
        const std::string id = std::string(kind) + "_" + std::to_string(year);
        CompareChart chart;
        chart.id = id;
        chart.kind = CompareKind::Bars;
        std::array<bool, kSectorCount> any{};
        std::vector<const SectorChartModel*> of(pins.size(), nullptr);
        for (std::size_t p = 0; p < pins.size(); ++p)
            for (const SectorChartModel& c : perPin[p])
                if (c.id == id) {
                    of[p] = &c;
                    chart.title = c.title;
                    chart.unit = c.unit;
                    ++chart.sharedBy;
                    for (const ChartBar& b : c.bars)
                        if (const auto s = parseSector(b.key))
                            any[static_cast<std::size_t>(*s)] = true;
                }
        if (chart.sharedBy < 2)
            continue;
        for (std::size_t k = 0; k < kSectorCount; ++k) {
            if (!any[k])
                continue;
            const SectorInfo& info = sectorInfo(static_cast<Sector>(k));
            CompareGroup g;
            g.label = lang == UiLanguage::Zh ? info.zh : info.en;
            g.year = year;
            g.figures.resize(pins.size());
            for (std::size_t p = 0; p < pins.size(); ++p) {
                if (!of[p])
                    continue; // no table for this city and year: n/a
                CompareFigure& f = g.figures[p];
                // A city's table without the sector: none of its enterprises, a 0 counted in
                // the table (its sources are the table's, those of all its bars).
                f.present = true;
                f.text = formatValue(0, chart.unit, "=", lang);
                bool found = false;
                for (const ChartBar& b : of[p]->bars)
                    if (b.key == info.id) {
                        found = true;
                        f.value = b.value;
                        f.text = b.valueText;
                        f.sources.clear();
                        for (const CardSource& s : b.sources)
                            f.sources.push_back(s.id);
                    } else if (!found) {
                        for (const CardSource& s : b.sources)
                            if (std::find(f.sources.begin(), f.sources.end(), s.id) ==
                                f.sources.end())
                                f.sources.push_back(s.id);
                    }
                chart.axisMax = std::max(chart.axisMax, f.value);
            }
            chart.axisText = formatValue(chart.axisMax, chart.unit, "=", lang);
            g.order = listOrder(g.figures, chart.kind);
            chart.groups.push_back(std::move(g));
        }
        out.push_back(std::move(chart));
    }
    return out;
}

} // namespace

CompareModel buildCompare(const Dataset& ds, const std::vector<ComparePin>& pins, int year,
                          UiLanguage lang) {
    CompareModel model;
    model.pins = pins;
    model.language = lang;
    model.onlyHere.assign(pins.size(), 0);
    if (pins.empty())
        return model;
    std::map<std::size_t, std::size_t> pinOf; // city -> index into pins
    for (std::size_t p = 0; p < pins.size(); ++p)
        pinOf[pins[p].city] = p;
    // Per metric, per pin: its actuals and targets (the lists are sorted by city, metric, year).
    using PerPin = std::vector<std::vector<const Value*>>;
    std::vector<PerPin> actual(ds.metrics.size(), PerPin(pins.size()));
    std::vector<PerPin> targets(ds.metrics.size(), PerPin(pins.size()));
    for (const auto& [list, into] :
         {std::make_pair(&ds.values, &actual), std::make_pair(&ds.targets, &targets)})
        for (const Value& v : *list)
            if (const auto p = pinOf.find(v.city); p != pinOf.end() && v.metric < ds.metrics.size())
                (*into)[v.metric][p->second].push_back(&v);
    for (std::size_t m = 0; m < ds.metrics.size(); ++m) {
        if (auto chart = metricChart(ds, m, pins, actual[m], targets[m], lang)) {
            model.metrics.push_back(std::move(*chart));
            continue;
        }
        for (std::size_t p = 0; p < pins.size(); ++p)
            model.onlyHere[p] += !actual[m][p].empty() || !targets[m][p].empty();
    }
    std::stable_sort(model.metrics.begin(), model.metrics.end(),
                     [](const CompareChart& a, const CompareChart& b) {
                         if (kindOrder(a.kind) != kindOrder(b.kind))
                             return kindOrder(a.kind) < kindOrder(b.kind);
                         if (a.sharedBy != b.sharedBy)
                             return a.sharedBy > b.sharedBy;
                         return a.title < b.title;
                     });
    model.sectors = sectorCharts(ds, pins, year, lang);
    return model;
}

// [SECTION] JSON ----------------------------------------------------------------------------------

nlohmann::json toJson(const CompareModel& model) {
    nlohmann::json j;
    j["pinned"] = nlohmann::json::array();
    for (const ComparePin& p : model.pins)
        j["pinned"].push_back({{"city", p.id}, {"slot", p.slot + 1}, {"name", p.name}});
    const auto charts = [&](const std::vector<CompareChart>& list) {
        nlohmann::json out = nlohmann::json::array();
        for (const CompareChart& c : list) {
            nlohmann::json groups = nlohmann::json::array(), values = nlohmann::json::object(),
                           texts = nlohmann::json::object(), sources = nlohmann::json::object();
            for (const CompareGroup& g : c.groups)
                groups.push_back(c.id.rfind("enterprise_", 0) == 0 ? nlohmann::json(g.label)
                                                                   : nlohmann::json(g.year));
            for (std::size_t p = 0; p < model.pins.size(); ++p) {
                nlohmann::json v = nlohmann::json::array(), t = nlohmann::json::array(),
                               s = nlohmann::json::array();
                for (const CompareGroup& g : c.groups) {
                    const CompareFigure& f = g.figures[p];
                    v.push_back(f.present ? nlohmann::json(f.value) : nlohmann::json(nullptr));
                    t.push_back(f.present ? nlohmann::json(f.text) : nlohmann::json(nullptr));
                    s.push_back(f.sources);
                }
                values[model.pins[p].id] = v;
                texts[model.pins[p].id] = t;
                sources[model.pins[p].id] = s;
            }
            nlohmann::json targets = nlohmann::json::array();
            for (const CompareTarget& t : c.targets)
                targets.push_back({{"city", model.pins[t.pin].id},
                                   {"year", t.year},
                                   {"text", t.text},
                                   {"sources", t.sources}});
            nlohmann::json e{{"id", c.id},
                             {"title", c.title},
                             {"kind", c.kind == CompareKind::Bars    ? "bars"
                                      : c.kind == CompareKind::Ranks ? "ranks"
                                                                     : "scores"},
                             {"axis_max", c.axisMax},
                             {"shared_by", c.sharedBy},
                             {"values", values},
                             {"texts", texts},
                             {"sources", sources},
                             {"targets", targets}};
            e[c.id.rfind("enterprise_", 0) == 0 ? "sectors" : "years"] = groups;
            if (!c.sector.empty())
                e["sector"] = c.sector;
            out.push_back(std::move(e));
        }
        return out;
    };
    j["metrics"] = charts(model.metrics);
    j["sectors"] = charts(model.sectors);
    return j;
}

} // namespace aimap
