#include "core/data/EnterpriseTotals.hpp"

#include "core/data/Sectors.hpp"
#include "core/i18n/UiText.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace aimap {

bool aggregateEnterprises(Dataset& ds, bool weighted, const std::string& weightLabel,
                          const std::string& weightUnit, const std::string& weightFrom,
                          const std::string& path, Diagnostics& diags) {
    ds.metrics.push_back({"enterprises", "Enterprises in the table", "count",
                          "Number of enterprises listed in " + ds.title +
                              " for the city and year."});
    ds.metrics.back().labelZh = tr(Tx::EnterprisesInTable, UiLanguage::Zh); // 表中企业数
    if (weighted)
        ds.enterpriseWeightLabel = weightLabel;
    if (weighted) {
        ds.metrics.push_back({"enterprise_weight", weightLabel + " (sum)", weightUnit,
                              "Sum of " + weightFrom + " over the enterprises of the city and year."});
        ds.metrics.back().labelZh = tr(Tx::WeightSum, UiLanguage::Zh, {weightLabel}); // …（合计）
    }
    std::map<std::pair<std::size_t, int>, SectorBreakdown> groups;
    std::map<std::pair<std::size_t, int>, std::set<std::size_t>> groupSources;
    // Looked up once per (city, year) slot, not per enterprise: a tree lookup for each of a
    // million enterprises was a noticeable part of loading.
    std::vector<int> years;
    for (const auto& e : ds.enterprises)
        if (years.empty() || years.back() != e.year)
            years.push_back(e.year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    const std::size_t slots = ds.cities.size() * years.size();
    std::vector<SectorBreakdown*> groupAt(slots <= (std::size_t{1} << 22) ? slots : 0, nullptr);
    std::vector<std::size_t> lastSourceAt(groupAt.size(), static_cast<std::size_t>(-1));
    for (const auto& e : ds.enterprises) {
        SectorBreakdown* slot = nullptr;
        std::size_t* lastSource = nullptr;
        if (!groupAt.empty()) {
            const auto y = static_cast<std::size_t>(
                std::lower_bound(years.begin(), years.end(), e.year) - years.begin());
            const std::size_t k = e.city * years.size() + y;
            if (!groupAt[k])
                groupAt[k] = &groups[{e.city, e.year}];
            slot = groupAt[k];
            lastSource = &lastSourceAt[k];
        }
        auto& g = slot ? *slot : groups[{e.city, e.year}];
        g.city = e.city;
        g.year = e.year;
        ++g.total;
        const bool hasWeight = !std::isnan(e.weight);
        if (hasWeight) {
            g.totalWeight += e.weight;
            ++g.weighed;
        }
        const int n = __builtin_popcount(e.sectors);
        for (std::size_t s = 0; s < kSectorCount; ++s)
            if (e.sectors & (1u << s)) {
                ++g.counts[s];
                if (hasWeight)
                    g.weights[s] += e.weight / n;
            }
        if (e.source != static_cast<std::size_t>(-1) && !(lastSource && *lastSource == e.source)) {
            groupSources[{e.city, e.year}].insert(e.source);
            if (lastSource)
                *lastSource = e.source; // the same source again needs no second insert
        }
    }
    bool warnedUnsourced = false;
    for (const auto& [key, g] : groups) {
        std::vector<std::string> sources;
        for (std::size_t s : groupSources[key])
            sources.push_back(ds.sources[s].id);
        if (sources.empty() && !warnedUnsourced) {
            warnedUnsourced = true;
            diags.warning(path, "", "enterprises without a source: their totals are shown as unsourced",
                          "give each enterprise a source");
        }
        Value v;
        v.city = g.city;
        v.metric = 0;
        v.year = g.year;
        v.period = std::to_string(g.year);
        v.value = static_cast<double>(g.total);
        v.sources = sources;
        ds.values.push_back(v);
        // A city whose enterprises give no weight has no weight sum (not a sum of 0); one where
        // some give none says so beside the figure.
        if (weighted && g.weighed > 0) {
            v.metric = 1;
            v.value = g.totalWeight;
            if (g.weighed < g.total)
                v.notes = "sum over the " + std::to_string(g.weighed) + " of " +
                          std::to_string(g.total) + " enterprises that give a weight";
            ds.values.push_back(std::move(v));
        }
        ds.sectorBreakdowns.push_back(g);
    }
    // Regression (issue 13): a weight column empty in every row made a metric with no figure.
    if (weighted && std::none_of(ds.sectorBreakdowns.begin(), ds.sectorBreakdowns.end(),
                                 [](const SectorBreakdown& b) { return b.weighed > 0; })) {
        ds.metrics.pop_back();
        ds.enterpriseWeightUnit.clear();
        ds.enterpriseWeightLabel.clear();
        diags.warning(path, "", "no enterprise gives a weight: " + weightFrom + " is empty",
                      "fill it in, or leave it out");
    }
    std::sort(ds.values.begin(), ds.values.end(), [](const Value& a, const Value& b) {
        return std::tie(a.city, a.metric, a.year) < std::tie(b.city, b.metric, b.year);
    });
    if (ds.values.empty()) {
        diags.error(path, "", "no enterprises in the file");
        return false;
    }
    ds.collectEnterpriseNameChars();
    ds.indexIds();
    return true;
}

} // namespace aimap
