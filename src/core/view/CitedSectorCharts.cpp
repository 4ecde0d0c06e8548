#include "core/view/CitedSectorCharts.hpp"

#include "core/data/CardSource.hpp"
#include "core/data/Format.hpp"
#include "core/data/SectorFigures.hpp"

namespace aimap {
namespace {

ChartBar barOf(const Dataset& ds, const SectorFigurePoint& f, const CitySectorMetric& m) {
    ChartBar b;
    b.colour = static_cast<std::size_t>(m.sector);
    b.value = f.value;
    b.qualifier = f.qualifier.empty() ? "=" : f.qualifier;
    b.valueText = formatValue(f.value, "", b.qualifier); // the unit is in the chart's title
    b.sources = cardSources(ds, f.sources);
    b.target = f.kind == ValueKind::Target;
    return b;
}

std::string sectorHeading(const Dataset& ds, const CitySectorMetric& m, UiLanguage lang) {
    std::string h = lang == UiLanguage::Zh && !m.sectorZh.empty() ? m.sectorZh : m.sectorEn;
    if (!m.sectorScope.empty())
        h += " \xE2\x80\x94 " + m.sectorScope; // " — integrated circuits (all)"
    return h + ": " + ds.metrics[m.metric].labelIn(lang == UiLanguage::Zh);
}

std::string cityName(const City& c, UiLanguage lang) {
    if (lang == UiLanguage::Zh)
        return c.nameZh.empty() ? c.nameEn : c.nameZh;
    return c.nameEn.empty() ? c.nameZh : c.nameEn;
}

} // namespace

std::vector<SectorChartModel> citedSectorCharts(const Dataset& ds, std::size_t city,
                                                UiLanguage lang) {
    std::vector<SectorChartModel> out;
    if (city >= ds.cities.size())
        return out;
    for (const CitySectorMetric& m : citySectorFigures(ds, city)) {
        if (m.scale != MetricScale::Size)
            continue; // ranks, shares and index scores are never bar lengths
        const std::string& metricId = ds.metrics[m.metric].id;
        const std::string heading = sectorHeading(ds, m, lang);
        // A chart of one bar says no more than the card's figure: where the city is the only
        // one with the metric, no "where it stands"; with one year and no target, no years.
        const int year = m.actual.empty() ? 0 : m.actual.back().year;
        const MetricRanking r = m.actual.empty() ? MetricRanking{}
                                                 : metricRanking(ds, m.metric, year, city);
        if (r.entries.size() >= 2) {
            SectorChartModel chart;
            chart.id = "cited_" + metricId + "_" + std::to_string(year);
            chart.title = tr(Tx::MetricYearUnit, lang,
                             {heading, std::to_string(year), unitText(m.unit, lang)});
            chart.unit = m.unit;
            chart.unitInTitle = true;
            chart.year = year;
            for (std::size_t i = 0; i < r.entries.size(); ++i) {
                const auto& e = r.entries[i];
                ChartBar b = barOf(ds, e.figure, m);
                const City& c = ds.cities[e.figure.city];
                b.key = c.id;
                b.labelEn = c.nameEn;
                b.labelZh = c.nameZh;
                b.highlighted = r.position && *r.position == i;
                chart.bars.push_back(std::move(b));
            }
            if (r.position)
                chart.notes.push_back(tr(
                    r.hasBounds ? Tx::WhereItStandsBounds : Tx::WhereItStands, lang,
                    {cityName(ds.cities[city], lang), std::to_string(r.entries[*r.position].place),
                     std::to_string(r.entries.size()), std::to_string(year)}));
            out.push_back(std::move(chart));
        }
        const SmallMultiple sm = smallMultiple(ds, m.metric, city);
        if (sm.years.size() < 2 && m.target.empty())
            continue;
        SectorChartModel years;
        years.id = "cited_" + metricId + "_years";
        years.title = tr(Tx::CityByYear, lang,
                         {heading, cityName(ds.cities[city], lang), unitText(m.unit, lang)});
        years.unit = m.unit;
        years.unitInTitle = true;
        years.scaleMax = sm.scaleMax;
        for (const auto& y : sm.years) {
            ChartBar b;
            if (y.figure)
                b = barOf(ds, *y.figure, m);
            b.colour = static_cast<std::size_t>(m.sector);
            b.key = std::to_string(y.year);
            b.labelEn = b.labelZh = y.figure && !y.figure->period.empty() ? y.figure->period : b.key;
            b.absent = !y.figure;
            years.bars.push_back(std::move(b));
        }
        for (const auto& t : m.target) {
            ChartBar b = barOf(ds, t, m);
            b.target = true;
            b.key = std::to_string(t.year);
            b.labelEn = b.labelZh = (t.period.empty() ? b.key : t.period);
            years.bars.push_back(std::move(b));
        }
        if (years.bars.empty())
            continue;
        years.notes.push_back(tr(Tx::OneScaleNote, lang));
        out.push_back(std::move(years));
    }
    return out;
}

} // namespace aimap
