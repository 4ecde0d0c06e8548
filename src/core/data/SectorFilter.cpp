#include "core/data/SectorFilter.hpp"

#include "core/data/Format.hpp"
#include "core/data/Sectors.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace aimap {

SectorMask sectorsPresent(const Dataset& ds) {
    SectorMask m = 0;
    for (const auto& e : ds.enterprises) {
        m |= e.sectors;
        if ((m & kAllSectors) == kAllSectors)
            break;
    }
    return static_cast<SectorMask>(m & kAllSectors);
}

double shareInSectors(unsigned short sectors, SectorMask mask) {
    const int n = __builtin_popcount(sectors);
    if (n == 0)
        return 0;
    return static_cast<double>(__builtin_popcount(sectors & mask)) / n;
}

std::string sectorNames(SectorMask mask, int labelMode) {
    std::string out;
    for (std::size_t k = 0; k < kSectorCount; ++k) {
        if (!(mask & (1u << k)))
            continue;
        const SectorInfo& info = sectorInfo(static_cast<Sector>(k));
        std::string name = labelMode == 0 ? info.zh
                           : labelMode == 1 || std::string(info.zh) == info.en
                               ? std::string(info.en)
                               : std::string(info.zh) + " " + info.en;
        out += (out.empty() ? "" : labelMode == 0 ? "\xE3\x80\x81" /* 、 */ : ", ") + name;
    }
    return out;
}

std::shared_ptr<const Dataset> filterSectors(const std::shared_ptr<const Dataset>& ds,
                                             SectorMask mask, UiLanguage lang) {
    if (!ds || ds->enterprises.empty())
        return ds;
    const SectorMask present = sectorsPresent(*ds);
    mask &= present;
    if (mask == present)
        return ds;
    auto out = std::make_shared<Dataset>(*ds);
    const auto countMetric = out->metricIndex("enterprises");
    const auto weightMetric = out->metricIndex("enterprise_weight");
    out->sectorFilter = mask;
    const std::string names = sectorNames(mask, lang == UiLanguage::Zh ? 0 : 1);
    struct Sum {
        std::size_t listed = 0, counted = 0, weighed = 0;
        double weight = 0;
        std::set<std::size_t> sources;
    };
    std::map<std::pair<std::size_t, int>, Sum> sums;
    for (const auto& e : out->enterprises) {
        Sum& s = sums[{e.city, e.year}];
        ++s.listed;
        if (!(e.sectors & mask))
            continue;
        ++s.counted;
        if (e.source < out->sources.size())
            s.sources.insert(e.source);
        if (!std::isnan(e.weight)) {
            ++s.weighed;
            s.weight += e.weight * shareInSectors(e.sectors, mask);
        }
    }
    auto isEnterpriseMetric = [&](std::size_t m) {
        return (countMetric && m == *countMetric) || (weightMetric && m == *weightMetric);
    };
    out->values.erase(std::remove_if(out->values.begin(), out->values.end(),
                                     [&](const Value& v) { return isEnterpriseMetric(v.metric); }),
                      out->values.end());
    for (const auto& [key, s] : sums) {
        Value v;
        v.city = key.first;
        v.year = key.second;
        v.period = std::to_string(key.second);
        for (auto src : s.sources)
            v.sources.push_back(out->sources[src].id);
        if (countMetric) {
            v.metric = *countMetric;
            v.value = static_cast<double>(s.counted);
            v.notes =
                tr(Tx::FilteredCountNote, lang,
                   {formatThousands(double(s.counted)), formatThousands(double(s.listed)), names});
            out->values.push_back(v);
        }
        if (weightMetric && s.weighed > 0) {
            v.metric = *weightMetric;
            v.value = s.weight;
            v.notes =
                s.weighed < s.counted
                    ? tr(Tx::FilteredWeightNote, lang,
                         {formatThousands(double(s.weighed)), formatThousands(double(s.counted))})
                    : std::string();
            out->values.push_back(std::move(v));
        }
    }
    std::sort(out->values.begin(), out->values.end(), [](const Value& a, const Value& b) {
        return std::tie(a.city, a.metric, a.year) < std::tie(b.city, b.metric, b.year);
    });
    // The labels are in `lang` already: no other Chinese name to show instead.
    if (countMetric) {
        out->metrics[*countMetric].label = tr(Tx::FilteredCountLabel, lang, {names});
        out->metrics[*countMetric].labelZh.clear();
    }
    if (weightMetric) {
        Metric& w = out->metrics[*weightMetric];
        w.label = tr(Tx::FilteredWeightLabel, lang, {w.labelIn(lang == UiLanguage::Zh), names});
        w.labelZh.clear();
    }
    return out;
}

std::vector<std::size_t> sectorMetrics(const Dataset& ds) {
    std::vector<std::size_t> out;
    for (std::size_t m : ds.metricsByCoverage())
        if (ds.metrics[m].sector)
            out.push_back(m);
    std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
        const Metric &x = ds.metrics[a], &y = ds.metrics[b];
        return std::tie(*x.sector, x.label) < std::tie(*y.sector, y.label);
    });
    return out;
}

std::string sectorMetricLabel(const Dataset& ds, std::size_t metric, int labelMode) {
    const Metric& m = ds.metrics.at(metric);
    std::string out;
    if (m.sector)
        out = sectorNames(static_cast<SectorMask>(1u << static_cast<unsigned>(*m.sector)),
                          labelMode);
    if (!m.sectorScope.empty())
        out += " \xE2\x80\x94 " + m.sectorScope;
    out += (out.empty() ? "" : ": ") + m.labelIn(labelMode == 0);
    return m.unit.empty() ? out : out + " (" + m.unit + ")";
}

std::string sectorFilterNote(const Dataset& ds, std::size_t metric, int labelMode,
                             UiLanguage lang) {
    if (metric >= ds.metrics.size())
        return {};
    // A cited sector figure: the map shows that one metric alone.
    if (const auto& sector = ds.metrics[metric].sector) {
        std::string what = sectorNames(static_cast<SectorMask>(1u << static_cast<unsigned>(*sector)),
                                       labelMode);
        if (!ds.metrics[metric].sectorScope.empty())
            what += " \xE2\x80\x94 " + ds.metrics[metric].sectorScope;
        return tr(Tx::SectorFigureNote, lang, {what});
    }
    const SectorMask present = sectorsPresent(ds);
    const auto mask = static_cast<SectorMask>(ds.sectorFilter & present);
    if (ds.enterprises.empty() || mask == present)
        return {};
    const std::string& id = ds.metrics[metric].id;
    if (mask == 0)
        return tr(Tx::NoSectorChosen, lang);
    const std::string names = sectorNames(mask, labelMode);
    if (id == "enterprises")
        return tr(__builtin_popcount(mask) == 1 ? Tx::CountsIn : Tx::CountsInAny, lang, {names});
    if (id == "enterprise_weight")
        return tr(Tx::SumsPartIn, lang, {names});
    return {};
}

} // namespace aimap
