#include "core/view/ProvinceCard.hpp"

#include "core/data/CardText.hpp"
#include "core/data/Format.hpp"
#include "core/view/ZoneLayer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {

ProvinceCardModel buildProvinceCard(const Dataset& ds, const ProvinceFigures& figures,
                                    const std::string& code, const std::string& nameZh,
                                    const std::string& nameEn, double areaKm2,
                                    const std::vector<std::string>& cityProvinces,
                                    std::size_t metric, int year, UiLanguage lang) {
    ProvinceCardModel card;
    card.code = code;
    card.nameZh = nameZh;
    card.nameEn = nameEn;
    card.areaKm2 = areaKm2;
    card.language = lang;
    const bool zh = lang == UiLanguage::Zh;
    const Metric* m = metric < ds.metrics.size() ? &ds.metrics[metric] : nullptr;
    if (m)
        card.metricLine =
            year ? tr(Tx::RadiusFigures, lang,
                      {labelWithUnit(m->labelIn(zh), m->unit, lang), std::to_string(year)})
                 : labelWithUnit(m->labelIn(zh), m->unit, lang);
    std::vector<char> inProvince(ds.cities.size(), 0);
    for (std::size_t c = 0; c < ds.cities.size() && c < cityProvinces.size(); ++c) {
        if (cityProvinces[c] != code)
            continue;
        inProvince[c] = 1;
        const City& city = ds.cities[c];
        ProvinceCityRow row;
        row.city = c;
        row.id = city.id;
        row.name = cityTitle(city.nameZh, city.nameEn);
        const Value* v = m ? ds.value(c, metric, year) : nullptr;
        if (v) {
            row.figure = formatValue(v->value, m->unit, v->qualifier, lang);
            row.value = v->value;
            row.sources = v->sources;
        } else {
            row.figure = tr(Tx::NotAvailable, lang);
        }
        card.cities.push_back(std::move(row));
    }
    std::stable_sort(card.cities.begin(), card.cities.end(),
                     [](const ProvinceCityRow& a, const ProvinceCityRow& b) {
                         if (a.value.has_value() != b.value.has_value())
                             return a.value.has_value();
                         if (a.value && *a.value != *b.value)
                             return *a.value > *b.value;
                         return a.id < b.id;
                     });
    for (const Programme& p : ds.programmes)
        for (const PilotZone& z : p.zones) {
            ProvinceZoneRow row;
            for (const std::size_t c : z.cities)
                if (c < inProvince.size() && inProvince[c])
                    row.cities.push_back(ds.cities[c].id);
            if (row.cities.empty())
                continue;
            row.programme = programmeShortName(p);
            row.zone = z.zone;
            row.date = z.date;
            row.sources = z.sources;
            card.zones.push_back(std::move(row));
        }
    for (const ProvinceFigure& f : figures) {
        if (f.province != code || f.metric >= ds.metrics.size())
            continue;
        const Metric& fm = ds.metrics[f.metric];
        ProvinceFigureRow row;
        row.label = labelWithUnit(fm.labelIn(zh), fm.unit, lang);
        row.period = f.period;
        row.text = formatValue(f.value, fm.unit, f.qualifier, lang);
        row.asPublished = f.asPublished;
        row.sources = cardSources(ds, f.sources);
        card.figures.push_back(std::move(row));
    }
    return card;
}

nlohmann::json toJson(const ProvinceCardModel& card) {
    nlohmann::json cities = nlohmann::json::array(), zones = nlohmann::json::array(),
                   figures = nlohmann::json::array();
    for (const ProvinceCityRow& r : card.cities)
        cities.push_back({{"city", r.id},
                          {"value", r.value ? nlohmann::json(*r.value) : nlohmann::json(nullptr)},
                          {"figure", r.figure},
                          {"sources", r.sources}});
    for (const ProvinceZoneRow& z : card.zones)
        zones.push_back(
            {{"programme", z.programme}, {"zone", z.zone}, {"date", z.date}, {"cities", z.cities}});
    for (const ProvinceFigureRow& f : card.figures) {
        nlohmann::json ids = nlohmann::json::array();
        for (const CardSource& s : f.sources)
            ids.push_back(s.id);
        figures.push_back(
            {{"label", f.label}, {"period", f.period}, {"text", f.text}, {"sources", ids}});
    }
    return {{"code", card.code},      {"name_zh", card.nameZh},
            {"name_en", card.nameEn}, {"area_km2", std::round(card.areaKm2 * 10) / 10},
            {"cities", cities},       {"zones", zones},
            {"figures", figures}};
}

} // namespace aimap
