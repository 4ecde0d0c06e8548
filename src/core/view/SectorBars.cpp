#include "core/view/SectorBars.hpp"

#include "core/data/Format.hpp"
#include "core/data/Sectors.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace aimap {
namespace {

std::vector<CardSource> sourcesOf(const Dataset& ds, const std::vector<bool>& used) {
    std::vector<CardSource> out;
    for (std::size_t s = 0; s < used.size(); ++s)
        if (used[s]) {
            const Source& src = ds.sources[s];
            out.push_back({src.id, src.title, src.publisher, src.date, src.quality, src.url});
        }
    return out;
}

// Sums of a set of enterprises per sector, with the sources of each sector's enterprises.
struct SectorSums {
    std::size_t total = 0;
    std::size_t weighed = 0;
    double totalWeight = 0;
    std::array<std::size_t, kSectorCount> counts{};
    std::array<double, kSectorCount> weights{};
    std::array<std::size_t, kSectorCount> weighedIn{}; ///< enterprises giving a weight, per sector
    std::array<std::vector<bool>, kSectorCount> sources;
    std::array<bool, kSectorCount> unsourced{};

    explicit SectorSums(std::size_t sourceCount) {
        for (auto& s : sources)
            s.assign(sourceCount, false);
    }
    void add(const Enterprise& e) {
        ++total;
        const bool hasWeight = !std::isnan(e.weight);
        if (hasWeight) {
            ++weighed;
            totalWeight += e.weight;
        }
        const int n = __builtin_popcount(e.sectors);
        for (std::size_t k = 0; k < kSectorCount; ++k) {
            if (!(e.sectors & (1u << k)))
                continue;
            ++counts[k];
            if (hasWeight) {
                weights[k] += e.weight / n;
                ++weighedIn[k];
            }
            if (e.source < sources[k].size())
                sources[k][e.source] = true;
            else
                unsourced[k] = true;
        }
    }
};

ChartBar sectorBar(std::size_t k, double value, const std::string& unit, UiLanguage lang) {
    const SectorInfo& info = sectorInfo(static_cast<Sector>(k));
    ChartBar b;
    b.key = info.id;
    b.labelEn = info.en;
    b.labelZh = info.zh;
    b.colour = k;
    b.value = value;
    b.valueText = formatValue(value, unit, "=", lang);
    return b;
}

// Sectors the map does not sum now (the sector filter) are greyed, and said so.
void markExcluded(const Dataset& ds, SectorChartModel& chart, UiLanguage lang) {
    bool any = false;
    for (auto& b : chart.bars) {
        b.excluded = !(ds.sectorFilter & (1u << b.colour));
        any = any || b.excluded;
    }
    if (any)
        chart.notes.push_back(tr(Tx::GreyNotSummed, lang));
}

std::vector<SectorChartModel> chartsOf(const Dataset& ds, const SectorSums& sums,
                                       const std::string& what, const std::string& yearText,
                                       const std::string& idSuffix, int year, UiLanguage lang) {
    std::vector<SectorChartModel> out;
    if (sums.total == 0)
        return out;
    SectorChartModel counts;
    counts.id = "enterprise_count" + idSuffix;
    counts.title = tr(Tx::EnterprisesBySector, lang, {yearText});
    counts.unit = "count";
    counts.year = year;
    std::size_t multi = 0;
    for (std::size_t k = 0; k < kSectorCount; ++k)
        if (sums.counts[k] > 0) {
            ChartBar b = sectorBar(k, static_cast<double>(sums.counts[k]), "count", lang);
            b.sources = sourcesOf(ds, sums.sources[k]);
            b.partlyUnsourced = sums.unsourced[k] && !b.sources.empty();
            counts.bars.push_back(std::move(b));
            multi += sums.counts[k];
        }
    markExcluded(ds, counts, lang);
    rankBars(counts.bars);
    counts.notes.push_back(
        tr(Tx::InTable, lang, {formatThousands(static_cast<double>(sums.total)), what}));
    if (multi > sums.total)
        counts.notes.push_back(tr(Tx::MultiSectorCount, lang,
                                  {formatThousands(static_cast<double>(multi)),
                                   formatThousands(static_cast<double>(sums.total))}));
    out.push_back(std::move(counts));
    if (ds.enterpriseWeightUnit.empty() || sums.weighed == 0)
        return out;
    SectorChartModel weights;
    weights.id = "enterprise_weight" + idSuffix;
    std::string label = ds.enterpriseWeightLabel.empty() ? std::string(tr(Tx::Weight, lang))
                                                         : ds.enterpriseWeightLabel;
    // A heading: "revenue (CNY)" gives "Revenue ..." (in English; Chinese has no capitals).
    if (lang == UiLanguage::En && label[0] >= 'a' && label[0] <= 'z')
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
    weights.title =
        tr(Tx::WeightBySector, lang, {label, yearText, unitText(ds.enterpriseWeightUnit, lang)});
    weights.unit = ds.enterpriseWeightUnit;
    weights.year = year;
    for (std::size_t k = 0; k < kSectorCount; ++k)
        if (sums.weighedIn[k] > 0) {
            ChartBar b = sectorBar(k, sums.weights[k], weights.unit, lang);
            b.sources = sourcesOf(ds, sums.sources[k]);
            b.partlyUnsourced = sums.unsourced[k] && !b.sources.empty();
            weights.bars.push_back(std::move(b));
        }
    markExcluded(ds, weights, lang);
    rankBars(weights.bars);
    weights.notes.push_back(
        tr(Tx::TotalWeightSplit, lang, {formatValue(sums.totalWeight, weights.unit, "=", lang)}));
    if (sums.weighed < sums.total)
        weights.notes.push_back(
            tr(Tx::WeightSumOver, lang,
               {formatThousands(double(sums.weighed)), formatThousands(double(sums.total)), what}));
    out.push_back(std::move(weights));
    return out;
}

} // namespace

void rankBars(std::vector<ChartBar>& bars) {
    std::stable_sort(bars.begin(), bars.end(), [](const ChartBar& a, const ChartBar& b) {
        if (a.target != b.target)
            return !a.target;
        if (a.value != b.value)
            return a.value > b.value;
        return a.labelEn < b.labelEn;
    });
}

double chartScaleMax(const SectorChartModel& chart) {
    if (chart.scaleMax > 0)
        return chart.scaleMax;
    double m = 0;
    for (const auto& b : chart.bars)
        if (!b.target && !b.absent && std::isfinite(b.value))
            m = std::max(m, b.value);
    return m;
}

BarGeometry barGeometry(const ChartBar& bar, double scaleMax, float x0, float width, float minPx) {
    BarGeometry g;
    g.x0 = g.x1 = x0;
    if (bar.target || bar.absent || !(scaleMax > 0) || !std::isfinite(bar.value) || bar.value <= 0)
        return g;
    g.drawn = true;
    const double f = std::min(1.0, bar.value / scaleMax);
    g.x1 = x0 + std::max(minPx, static_cast<float>(f * width));
    g.openEnd = bar.qualifier == ">";
    g.outline = bar.qualifier == "<";
    return g;
}

std::vector<SectorChartModel> enterpriseSectorCharts(const Dataset& ds, std::size_t city, int year,
                                                     UiLanguage lang) {
    SectorSums sums(ds.sources.size());
    for (const auto& e : ds.enterprises)
        if (e.city == city && e.year == year)
            sums.add(e);
    const std::string y = std::to_string(year);
    return chartsOf(ds, sums, tr(Tx::WhatEnterprises, lang), tr(Tx::YearSuffix, lang, {y}), "_" + y,
                    year, lang);
}

std::vector<SectorChartModel> enterpriseSectorCharts(const Dataset& ds,
                                                     const std::vector<std::uint32_t>& enterprises,
                                                     const std::string& what, UiLanguage lang) {
    SectorSums sums(ds.sources.size());
    int year = 0;
    for (auto i : enterprises)
        if (i < ds.enterprises.size()) {
            sums.add(ds.enterprises[i]);
            year = ds.enterprises[i].year;
        }
    const std::string y = std::to_string(year);
    return chartsOf(ds, sums, what, tr(Tx::YearSuffix, lang, {y}), "_" + y, year, lang);
}

std::string barLabel(const ChartBar& bar, int labelMode) {
    if (bar.labelZh.empty() || bar.labelZh == bar.labelEn)
        return bar.labelEn.empty() ? bar.labelZh : bar.labelEn;
    if (bar.labelEn.empty() || labelMode == 0)
        return bar.labelZh;
    if (labelMode == 1)
        return bar.labelEn;
    return bar.labelZh + " " + bar.labelEn;
}

nlohmann::json toJson(const SectorChartModel& chart) {
    auto bars = nlohmann::json::array();
    for (const auto& b : chart.bars) {
        auto sources = nlohmann::json::array();
        for (const auto& s : b.sources)
            sources.push_back(s.id);
        bars.push_back({{"sector", b.key},
                        {"label", b.labelEn},
                        {"value", b.value},
                        {"qualifier", b.qualifier},
                        {"text", b.valueText},
                        {"unit", chart.unit},
                        {"sources", sources},
                        {"highlighted", b.highlighted},
                        {"target", b.target},
                        {"excluded", b.excluded},
                        {"absent", b.absent}});
    }
    return {{"chart", chart.id},  {"title", chart.title}, {"unit", chart.unit},
            {"year", chart.year}, {"bars", bars},         {"notes", chart.notes}};
}

} // namespace aimap
