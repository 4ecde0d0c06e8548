#include "core/view/Choropleth.hpp"

#include "core/cluster/ClusterLayer.hpp"
#include "core/data/CardText.hpp"
#include "core/data/Format.hpp"
#include "core/i18n/ProvinceText.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

namespace aimap {

namespace {

constexpr const char* kDensity = "density";

std::string threeDigits(double v) {
    char buf[32];
    if (v >= 100)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else if (v >= 10)
        std::snprintf(buf, sizeof buf, "%.1f", v);
    else if (v >= 1)
        std::snprintf(buf, sizeof buf, "%.2f", v);
    else
        std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

} // namespace

std::string ChoroplethChoice::id(const Dataset& ds) const {
    if (kind == Kind::Density)
        return kDensity;
    return (metric < ds.metrics.size() ? ds.metrics[metric].id : std::string("?")) + ":" +
           std::to_string(year);
}

std::vector<ChoroplethChoice> choroplethChoices(const ProvinceFigures& figures,
                                                std::size_t minProvinces) {
    std::map<std::pair<std::size_t, int>, std::size_t> counts;
    for (const ProvinceFigure& f : figures)
        ++counts[{f.metric, f.year}];
    std::vector<std::pair<std::size_t, ChoroplethChoice>> found;
    for (const auto& [key, n] : counts)
        if (n >= minProvinces)
            found.push_back({n, ChoroplethChoice{ChoroplethChoice::Kind::ProvinceFigure, key.first,
                                                 key.second}});
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<ChoroplethChoice> out;
    for (const auto& f : found)
        out.push_back(f.second);
    out.push_back(ChoroplethChoice{ChoroplethChoice::Kind::Density, 0, 0});
    return out;
}

std::optional<ChoroplethChoice> parseChoropleth(const Dataset& ds, const ProvinceFigures& figures,
                                                const std::string& id, std::string& error) {
    const auto choices = choroplethChoices(figures, 1);
    for (const ChoroplethChoice& c : choices)
        if (c.id(ds) == id)
            return c;
    // A metric without its year: the year with the most provinces (choices are in that order).
    for (const ChoroplethChoice& c : choices)
        if (c.kind == ChoroplethChoice::Kind::ProvinceFigure && ds.metrics[c.metric].id == id)
            return c;
    error = "unknown choropleth \"" + id + "\"; choices:";
    for (const ChoroplethChoice& c : choices)
        error += " " + c.id(ds);
    error += "\n";
    return std::nullopt;
}

std::vector<ProvinceValue>
choroplethValues(const Dataset& ds, const ProvinceFigures& figures, const ChoroplethChoice& choice,
                 const CityProvinces& cityProvinces,
                 const std::vector<std::pair<std::string, double>>& areasKm2, std::size_t metric,
                 int year) {
    std::vector<ProvinceValue> out;
    if (choice.kind == ChoroplethChoice::Kind::ProvinceFigure) {
        for (const ProvinceFigure& f : figures)
            if (f.metric == choice.metric && f.year == choice.year &&
                std::none_of(out.begin(), out.end(),
                             [&](const ProvinceValue& v) { return v.province == f.province; }))
                out.push_back({f.province, f.value, f.qualifier, f.sources, 0});
        return out;
    }
    // Density: the sum of the province's cities' figures over its area.
    const std::size_t m = choice.metric ? choice.metric : metric;
    const int y = choice.year ? choice.year : year;
    if (m >= ds.metrics.size() || !isAdditiveMetric(ds.metrics[m]))
        return out;
    std::map<std::string, ProvinceValue> sums;
    std::map<std::string, std::pair<bool, bool>> bounds; // has ">", has "<"
    for (std::size_t c = 0; c < ds.cities.size() && c < cityProvinces.size(); ++c) {
        if (cityProvinces[c].empty())
            continue;
        const Value* v = ds.value(c, m, y);
        if (!v || !std::isfinite(v->value))
            continue;
        ProvinceValue& s = sums[cityProvinces[c]];
        s.province = cityProvinces[c];
        s.value += v->value;
        ++s.cities;
        for (const std::string& id : v->sources)
            if (std::find(s.sources.begin(), s.sources.end(), id) == s.sources.end())
                s.sources.push_back(id);
        auto& b = bounds[s.province];
        b.first |= v->qualifier == ">";
        b.second |= v->qualifier == "<";
        if (v->qualifier == "~" && s.qualifier == "=")
            s.qualifier = "~";
    }
    for (auto& [province, s] : sums) {
        // A copy the lambda can capture (C++17 lambdas cannot capture a structured binding:
        // clang rejects it, and the sanitizer and fuzz builds use clang).
        const auto code = province;
        const auto area = std::find_if(areasKm2.begin(), areasKm2.end(),
                                       [&](const auto& a) { return a.first == code; });
        if (area == areasKm2.end() || !(area->second > 0))
            continue;
        const auto& b = bounds[code];
        // A sum with a lower bound in it is a lower bound; bounds both ways tell no direction.
        if (b.first && b.second)
            continue;
        if (b.first)
            s.qualifier = ">";
        else if (b.second)
            s.qualifier = "<";
        s.value = s.value / (area->second / 1e4);
        out.push_back(std::move(s));
    }
    return out;
}

std::size_t ChoroplethClasses::classOf(double v) const {
    for (std::size_t i = 1; i < breaks.size(); ++i)
        if (v <= breaks[i])
            return i - 1;
    return count() ? count() - 1 : 0;
}

ChoroplethClasses jenksClasses(std::vector<double> values, std::size_t k) {
    ChoroplethClasses out;
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    if (values.empty() || k == 0)
        return out;
    std::sort(values.begin(), values.end());
    std::vector<double> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    k = std::min(k, distinct.size());
    const std::size_t n = values.size();
    // Fisher (1958): cost[j][i] = least sum of squared deviations of values[0..i] in j+1
    // classes; last[j][i] = where the last class starts. Prefix sums give a class's cost in O(1).
    std::vector<double> s1(n + 1, 0), s2(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        s1[i + 1] = s1[i] + values[i];
        s2[i + 1] = s2[i] + values[i] * values[i];
    }
    const auto ssd = [&](std::size_t from, std::size_t to) { // values[from..to]
        const double m = static_cast<double>(to - from + 1);
        const double s = s1[to + 1] - s1[from];
        return (s2[to + 1] - s2[from]) - s * s / m;
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(k, std::vector<double>(n, inf));
    std::vector<std::vector<std::size_t>> last(k, std::vector<std::size_t>(n, 0));
    for (std::size_t i = 0; i < n; ++i)
        cost[0][i] = ssd(0, i);
    for (std::size_t j = 1; j < k; ++j)
        for (std::size_t i = j; i < n; ++i)
            for (std::size_t start = j; start <= i; ++start) {
                // Equal values stay in one class: a class never starts inside a run of them.
                if (values[start] == values[start - 1])
                    continue;
                const double c = cost[j - 1][start - 1] + ssd(start, i);
                if (c < cost[j][i]) {
                    cost[j][i] = c;
                    last[j][i] = start;
                }
            }
    // Back from the last value: the starts of the classes.
    std::size_t classes = k;
    while (classes > 1 && !std::isfinite(cost[classes - 1][n - 1]))
        --classes;
    std::vector<std::size_t> starts(classes, 0);
    std::size_t end = n - 1;
    for (std::size_t j = classes - 1; j > 0; --j) {
        starts[j] = last[j][end];
        end = starts[j] - 1;
    }
    out.breaks.push_back(values.front());
    for (std::size_t j = 0; j < classes; ++j) {
        const std::size_t to = j + 1 < classes ? starts[j + 1] - 1 : n - 1;
        out.lowest.push_back(values[starts[j]]);
        out.breaks.push_back(values[to]);
    }
    return out;
}

Rgba choroplethColour(std::size_t i, std::size_t count, Palette palette) {
    // ColorBrewer (Brewer, Harrower & Penn State 2002): YlGnBu in the normal palette, five of
    // its 7-class steps (Blues' lightest steps looked like the sea: regression, Shandong beside
    // the Bohai Sea; its 5-class second step was 7.3 CIEDE2000 from the first for tritanopes),
    // and greys (ColorBrewer's Greys, spaced evenly in lightness) in the high-contrast one: on its
    // mid-blue sea Purples' middle step was 2.2 from the sea for protanopes; greys stay apart from
    // it for every colour vision and leave the orange markers the only colour on the land. Fewer
    // classes take steps spread from the lightest to the darkest.
    static const Rgba ylgnbu[5] = {{255, 255, 204, 255},
                                   {127, 205, 187, 255},
                                   {29, 145, 192, 255},
                                   {34, 94, 168, 255},
                                   {12, 44, 132, 255}};
    static const Rgba greys[5] = {{230, 230, 230, 255},
                                  {185, 185, 185, 255},
                                  {140, 140, 140, 255},
                                  {90, 90, 90, 255},
                                  {37, 37, 37, 255}};
    const Rgba* ramp = palette == Palette::HighContrast ? greys : ylgnbu;
    if (count <= 1)
        return ramp[2];
    count = std::min<std::size_t>(count, 5);
    i = std::min(i, count - 1);
    // Spread `count` classes over the 5 steps, always ending at the darkest.
    const std::size_t step = static_cast<std::size_t>(std::lround(4.0 * i / (count - 1)));
    return ramp[step];
}

Rgba choroplethNoDataFill(Palette palette) {
    return palette == Palette::HighContrast ? Rgba{255, 255, 255, 255} : Rgba{226, 224, 220, 255};
}

Rgba choroplethHatch(Palette palette) {
    return palette == Palette::HighContrast ? Rgba{90, 90, 90, 255} : Rgba{170, 166, 160, 255};
}

std::optional<std::size_t> Choropleth::classOf(const std::string& province) const {
    const ProvinceValue* v = valueOf(province);
    if (!v || classes.count() == 0)
        return std::nullopt;
    return classes.classOf(v->value);
}

const ProvinceValue* Choropleth::valueOf(const std::string& province) const {
    for (const ProvinceValue& v : values)
        if (v.province == province)
            return &v;
    return nullptr;
}

Choropleth makeChoropleth(const Dataset& ds, const ProvinceFigures& figures,
                          const ChoroplethChoice& choice, const CityProvinces& cityProvinces,
                          const std::vector<std::pair<std::string, double>>& areasKm2,
                          std::size_t metric, int year) {
    Choropleth c;
    c.choice = choice;
    c.values = choroplethValues(ds, figures, choice, cityProvinces, areasKm2, metric, year);
    std::vector<double> v;
    for (const ProvinceValue& p : c.values)
        v.push_back(p.value);
    c.classes = jenksClasses(v, 5);
    return c;
}

std::string choroplethValueText(const Dataset& ds, const Choropleth& c, double v,
                                const std::string& qualifier, std::size_t metric, UiLanguage lang) {
    if (c.choice.kind == ChoroplethChoice::Kind::ProvinceFigure) {
        const std::string unit =
            c.choice.metric < ds.metrics.size() ? ds.metrics[c.choice.metric].unit : "";
        // An index score: the number as published (one decimal), never a count or money.
        if (unit == "index score" || unit.empty()) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.1f", v);
            return (qualifier == "=" ? "" : qualifier + " ") + buf;
        }
        return formatValue(v, unit, qualifier, lang);
    }
    (void)metric;
    return (qualifier == "=" ? "" : qualifier + " ") + threeDigits(v);
}

ChoroplethLegendText choroplethLegend(const Dataset& ds, const Choropleth& c, std::size_t metric,
                                      int year, UiLanguage lang) {
    ChoroplethLegendText t;
    const bool zh = lang == UiLanguage::Zh;
    if (c.choice.kind == ChoroplethChoice::Kind::ProvinceFigure) {
        const Metric& m = ds.metrics[c.choice.metric];
        t.title = tr(Tx::RadiusFigures, lang, {m.labelIn(zh), std::to_string(c.choice.year)});
    } else {
        const std::size_t mi = c.choice.metric ? c.choice.metric : metric;
        const int y = c.choice.year ? c.choice.year : year;
        if (mi < ds.metrics.size()) {
            const Metric& m = ds.metrics[mi];
            const std::string what = provinceText(PTx::ChoroplethDensityOf, lang,
                                                  {labelWithUnit(m.labelIn(zh), m.unit, lang)});
            t.title = y ? tr(Tx::RadiusFigures, lang, {what, std::to_string(y)}) : what;
            if (!isAdditiveMetric(m))
                t.note = provinceText(PTx::ChoroplethNotAdditive, lang);
            else
                t.note = provinceText(PTx::ChoroplethDensityNote, lang);
        }
    }
    const std::size_t k = c.classes.count();
    if (k)
        t.method = provinceText(PTx::ChoroplethMethod, lang, {std::to_string(k)});
    for (std::size_t i = 0; i < k; ++i) {
        std::size_t members = 0;
        for (const ProvinceValue& v : c.values)
            members += c.classes.classOf(v.value) == i;
        const double lo = c.classes.lowest[i], hi = c.classes.breaks[i + 1];
        const std::string loText = choroplethValueText(ds, c, lo, "=", metric, lang);
        const std::string hiText = choroplethValueText(ds, c, hi, "=", metric, lang);
        t.classes.push_back(
            loText == hiText
                ? provinceText(PTx::ChoroplethClassOne, lang, {loText, std::to_string(members)})
                : provinceText(PTx::ChoroplethClassRange, lang,
                               {loText, hiText, std::to_string(members)}));
    }
    std::vector<std::string> ids;
    for (const ProvinceValue& v : c.values)
        for (const std::string& id : v.sources)
            if (std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    std::string sources;
    for (const std::string& id : ids) {
        const Source* s = ds.source(id);
        std::string line = "[" + id + "]";
        // One source named in full (the index's report); many by their ids (as on the cards).
        if (s && ids.size() == 1)
            line += " " + s->title + (s->publisher.empty() ? "" : ", " + s->publisher) +
                    (s->date.empty() ? "" : ", " + s->date);
        sources += (sources.empty() ? "" : " ") + line;
    }
    if (!sources.empty())
        t.source = provinceText(PTx::ChoroplethSource, lang, {sources});
    return t;
}

} // namespace aimap
