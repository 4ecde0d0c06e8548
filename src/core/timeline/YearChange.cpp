#include "core/timeline/YearChange.hpp"

#include "core/timeline/YearMorph.hpp"

#include <cmath>
#include <cstdio>
#include <regex>

namespace aimap {

namespace {

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

/// '=' '~' '>' '<' of a figure ("" is '=').
char qualifierOf(const Value& v) {
    return v.qualifier.empty() ? '=' : v.qualifier[0];
}

/// What is known of now / then from the two qualifiers: then's bound turns round (then > x
/// means the ratio is less than now / x).
std::optional<char> ratioQualifier(char now, char then) {
    const char inv = then == '>' ? '<' : then == '<' ? '>' : then;
    if (now == '=')
        return inv;
    if (inv == '=' || inv == now)
        return now;
    return std::nullopt; // opposite bounds, or a bound and an approximate figure
}

} // namespace

bool isFullYearPeriod(const std::string& period, int year) {
    const std::string p = trim(period);
    if (p.empty())
        return true;
    const std::string y = std::to_string(year);
    // The year's end, said outright.
    if (p == "end-" + y || p == "end " + y || p == y + " year-end" ||
        p == "as of " + y + "-12-31" || p == "as of end-" + y || p == "as of end " + y)
        return true;
    // The year, then nothing or words that do not narrow it to part of it.
    if (p.compare(0, y.size(), y) != 0)
        return false;
    const std::string rest = p.substr(y.size());
    if (rest.empty())
        return true;
    if (rest[0] != ' ')
        return false; // "2011–2020", "2020-10": a span or a date
    if (rest.find("as of") != std::string::npos || rest.find("target") != std::string::npos)
        return false;
    static const std::regex allowed(R"(^ (data|\(.*\)|data \(.*\))$)");
    return std::regex_match(rest, allowed);
}

bool isFullYear(const Value& v) {
    return v.kind == ValueKind::Actual && isFullYearPeriod(v.period, v.year);
}

std::optional<YearChange> yearChange(const Dataset& ds, std::size_t city, std::size_t metric,
                                     int year) {
    const Value* now = ds.value(city, metric, year);
    if (!now || !isFullYear(*now))
        return std::nullopt;
    const Value* then = previousFigure(ds, city, metric, year, &isFullYear);
    if (!then || !(then->value > 0) || !std::isfinite(now->value))
        return std::nullopt;
    const auto q = ratioQualifier(qualifierOf(*now), qualifierOf(*then));
    if (!q)
        return std::nullopt;
    return YearChange{then->year, (now->value / then->value - 1) * 100, *q};
}

std::string formatChangePercent(double percent) {
    const double r = std::round(percent); // halves away from zero
    char buf[32];
    std::snprintf(buf, sizeof buf, r > 0 ? "+%.0f%%" : "%.0f%%", r == 0 ? 0.0 : r);
    return buf;
}

std::string changeBadgeText(const YearChange& c, UiLanguage lang) {
    const Tx id = c.qualifier == '~'   ? Tx::ChangeSinceAbout
                  : c.qualifier == '>' ? Tx::ChangeSinceMore
                  : c.qualifier == '<' ? Tx::ChangeSinceLess
                                       : Tx::ChangeSince;
    return tr(id, lang, {formatChangePercent(c.percent), std::to_string(c.sinceYear)});
}

} // namespace aimap
