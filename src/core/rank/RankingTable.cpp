#include "core/rank/RankingTable.hpp"

#include "core/data/Format.hpp"
#include "core/view/RankLayer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace aimap {
namespace {

bool exactOrApprox(const Value& v) {
    return v.qualifier.empty() || v.qualifier == "=" || v.qualifier == "~";
}

// What a figure says about the true number: [lo, hi], each end open or closed. "> 500" is
// (500, inf); "< 10" is (-inf, 10); "=" and "~" are the number itself.
struct Span {
    double lo, hi;
    bool loOpen = false, hiOpen = false;
};

Span spanOf(const Value& v) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (v.qualifier == ">")
        return {v.value, inf, true, false};
    if (v.qualifier == "<")
        return {-inf, v.value, false, true};
    return {v.value, v.value};
}

// For certain, a is larger than b.
bool certainlyAbove(const Span& a, const Span& b) {
    return a.lo > b.hi || (a.lo == b.hi && (a.loOpen || b.hiOpen));
}

// a may be larger than b.
bool possiblyAbove(const Span& a, const Span& b) {
    return a.hi > b.lo;
}

std::string signedFigure(double d, const std::string& unit, UiLanguage lang) {
    if (d == 0)
        return "0";
    return (d > 0 ? "+" : "-") + formatValue(std::fabs(d), unit, "=", lang);
}

const std::string& sortName(const Dataset& ds, const RankingRow& r) {
    const City& c = ds.cities[r.city];
    return c.nameEn.empty() ? c.nameZh : c.nameEn;
}

// A lower bound above the same number said exactly, an upper bound below it.
int boundOrder(const Value& v) {
    return v.qualifier == ">" ? 1 : v.qualifier == "<" ? -1 : 0;
}

} // namespace

std::vector<std::size_t> rankableMetrics(const Dataset& ds) {
    std::vector<bool> has(ds.metrics.size(), false);
    for (const Value& v : ds.values)
        if (v.metric < has.size())
            has[v.metric] = true;
    std::vector<std::size_t> out;
    for (std::size_t m = 0; m < has.size(); ++m)
        if (has[m])
            out.push_back(m);
    return out;
}

std::vector<int> earlierYears(const Dataset& ds, std::size_t metric, int year) {
    std::vector<int> out;
    for (int y : ds.years(metric))
        if (y < year)
            out.push_back(y);
    std::reverse(out.begin(), out.end());
    return out;
}

bool defaultAscending(RankColumn column) {
    return column == RankColumn::City || column == RankColumn::Rank ||
           column == RankColumn::Sources || column == RankColumn::Grade;
}

RankingTable buildRankingTable(const Dataset& ds, std::size_t metric, int year,
                               std::optional<int> earlier) {
    RankingTable t;
    t.metric = metric;
    t.year = year;
    t.earlierYear = earlier;
    if (metric >= ds.metrics.size())
        return t;
    const Metric& m = ds.metrics[metric];
    t.ranksPublished = m.scale == MetricScale::Rank;
    for (const Value& v : ds.values)
        if (v.metric == metric && v.year == year && v.city < ds.cities.size()) {
            RankingRow r;
            r.city = v.city;
            r.value = &v;
            r.sources = v.sources;
            std::vector<std::string> grades;
            for (const std::string& id : v.sources)
                if (const Source* s = ds.source(id);
                    s && !s->quality.empty() &&
                    std::find(grades.begin(), grades.end(), s->quality) == grades.end())
                    grades.push_back(s->quality);
            for (const std::string& g : grades)
                r.grade += (r.grade.empty() ? "" : "/") + g;
            if (earlier)
                r.earlier = ds.value(v.city, metric, *earlier);
            if (r.earlier && exactOrApprox(v) && exactOrApprox(*r.earlier)) {
                r.change = v.value - r.earlier->value;
                r.changeApprox = v.qualifier == "~" || r.earlier->qualifier == "~";
                if ((m.scale == MetricScale::Size || m.scale == MetricScale::Index) &&
                    r.earlier->value != 0)
                    r.changePct = *r.change / std::fabs(r.earlier->value) * 100.0;
            }
            t.rows.push_back(std::move(r));
        }
    // Places. A published ranking is shown as published; the others are ordered by their
    // figures, largest first, a bound giving a range of places.
    for (RankingRow& r : t.rows) {
        if (t.ranksPublished) {
            r.rankBest = r.rankWorst = static_cast<int>(std::llround(r.value->value));
            for (const RankingRow& o : t.rows)
                r.tied = r.tied || (&o != &r && o.value->value == r.value->value &&
                                    exactOrApprox(*o.value) && exactOrApprox(*r.value));
            continue;
        }
        const Span me = spanOf(*r.value);
        int above = 0, maybe = 0;
        for (const RankingRow& o : t.rows) {
            if (&o == &r)
                continue;
            const Span other = spanOf(*o.value);
            above += certainlyAbove(other, me);
            maybe += possiblyAbove(other, me);
            r.tied = r.tied || (exactOrApprox(*o.value) && exactOrApprox(*r.value) &&
                                o.value->value == r.value->value);
        }
        r.rankBest = 1 + above;
        r.rankWorst = 1 + maybe;
    }
    sortRankingTable(t, ds, RankColumn::Rank, true);
    return t;
}

void sortRankingTable(RankingTable& t, const Dataset& ds, RankColumn column, bool ascending) {
    t.sortColumn = column;
    t.ascending = ascending;
    // By place: a published rank's number; else the figure, largest first ("> 5 bn" after 6 bn
    // though its place may be 1st: the range says so), a lower bound above the same number.
    const auto byPlace = [&](const RankingRow& a, const RankingRow& b) {
        if (t.ranksPublished && a.rankBest != b.rankBest)
            return a.rankBest < b.rankBest;
        if (!t.ranksPublished && a.value->value != b.value->value)
            return a.value->value > b.value->value;
        if (boundOrder(*a.value) != boundOrder(*b.value))
            return t.ranksPublished ? boundOrder(*a.value) < boundOrder(*b.value)
                                    : boundOrder(*a.value) > boundOrder(*b.value);
        const std::string &na = sortName(ds, a), &nb = sortName(ds, b);
        return na != nb ? na < nb : ds.cities[a.city].id < ds.cities[b.city].id;
    };
    // -1, 0, 1 in the column's own order; missing cells are handled apart.
    const auto cmp = [&](const RankingRow& a, const RankingRow& b) -> int {
        const auto three = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
        switch (column) {
        case RankColumn::City:
            return three(sortName(ds, a), sortName(ds, b));
        case RankColumn::Value: {
            const int c = three(a.value->value, b.value->value);
            return c != 0 ? c : three(boundOrder(*a.value), boundOrder(*b.value));
        }
        case RankColumn::Rank:
            return 0; // byPlace below
        case RankColumn::Change:
            return three(*a.change, *b.change);
        case RankColumn::ChangePct:
            return three(*a.changePct, *b.changePct);
        case RankColumn::Sources: {
            std::string sa, sb;
            for (const auto& s : a.sources)
                sa += s + " ";
            for (const auto& s : b.sources)
                sb += s + " ";
            return three(sa, sb);
        }
        case RankColumn::Grade:
            return three(a.grade, b.grade);
        }
        return 0;
    };
    const auto missing = [&](const RankingRow& r) {
        return (column == RankColumn::Change && !r.change) ||
               (column == RankColumn::ChangePct && !r.changePct) ||
               (column == RankColumn::Sources && r.sources.empty()) ||
               (column == RankColumn::Grade && r.grade.empty());
    };
    std::stable_sort(t.rows.begin(), t.rows.end(), [&](const RankingRow& a, const RankingRow& b) {
        const bool ma = missing(a), mb = missing(b);
        if (ma != mb)
            return mb; // the rows with a figure first, in either direction
        if (!ma) {
            const int c = cmp(a, b);
            if (c != 0)
                return ascending ? c < 0 : c > 0;
        }
        if (column == RankColumn::Rank && !ascending)
            return byPlace(b, a);
        return byPlace(a, b);
    });
}

std::string rankValueText(const Dataset& ds, const RankingTable& t, const RankingRow& r,
                          UiLanguage lang) {
    const Metric& m = ds.metrics[t.metric];
    if (m.scale == MetricScale::Rank || m.scale == MetricScale::Index)
        return badgeText(m, *r.value);
    return formatValue(r.value->value, m.unit, r.value->qualifier, lang);
}

std::string rankPlaceText(const RankingTable& t, const RankingRow& r) {
    if (t.ranksPublished) {
        const std::string q =
            r.value->qualifier == "=" || r.value->qualifier.empty() ? "" : r.value->qualifier;
        return (r.tied ? "=" : "") + q + std::to_string(r.rankBest);
    }
    if (r.rankWorst > r.rankBest)
        return std::to_string(r.rankBest) + "-" + std::to_string(r.rankWorst);
    return (r.tied ? "=" : "") + std::to_string(r.rankBest);
}

std::string rankChangeText(const Dataset& ds, const RankingTable& t, const RankingRow& r,
                           UiLanguage lang) {
    if (!r.change)
        return tr(Tx::NotAvailable, lang);
    const std::string approx = r.changeApprox ? "~ " : "";
    const Metric& m = ds.metrics[t.metric];
    if (m.scale == MetricScale::Rank) {
        const long long places = std::llround(std::fabs(*r.change));
        if (places == 0)
            return tr(Tx::RankChangeSame, lang);
        return approx + tr(*r.change < 0 ? Tx::RankChangeUp : Tx::RankChangeDown, lang,
                           {std::to_string(places)});
    }
    if (m.scale == MetricScale::Index)
        return approx + (*r.change > 0 ? "+" : "") + shortNumber(*r.change);
    return approx + signedFigure(*r.change, m.unit, lang);
}

std::string rankChangePctText(const RankingRow& r, UiLanguage lang) {
    if (!r.changePct)
        return tr(Tx::NotAvailable, lang);
    return (r.changeApprox ? "~ " : "") + formatGrowth(*r.changePct);
}

} // namespace aimap
