#pragma once

#include "core/data/Dataset.hpp"
#include "core/i18n/UiText.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace aimap {

/// A figure covers its whole year: its period (Value::period, as published) is empty, the year
/// itself ("2020"), the year's end ("end-2020", "2020 year-end", "as of 2020-12-31", "as of
/// end-2020"), or the year followed by words that do not narrow it ("2019 data", "2020 (released
/// 2020-07)", "2021 (report 2021-2022, released ...)"). Not full-year: a date within the year
/// ("as of 2022-10", "as of 2021-12-01", "2018 (as of 2018-05)", "as of end-Sep 2021"), a span of
/// years ("2011–2020"), a target, or a period that names another year.
bool isFullYearPeriod(const std::string& period, int year);
bool isFullYear(const Value& v);

/// The change of a city's figure against its latest earlier full-year figure.
struct YearChange {
    int sinceYear = 0;
    double percent = 0; ///< (now / then - 1) * 100, unrounded
    /// What is known of the change: '=' exact, '~' about, '>' more than, '<' less than (from the
    /// two figures' qualifiers: "> 550" now against "= 281" then is more than +96%).
    char qualifier = '=';
};

/// The change of `city`'s figure of `metric` in `year` against the latest earlier year whose
/// figure is full-year. None when `year` has no full-year figure, no earlier full-year figure
/// exists, the earlier one is 0, or the qualifiers leave the direction unknown (a bound against a
/// bound the other way, a bound against an approximate figure).
std::optional<YearChange> yearChange(const Dataset& ds, std::size_t city, std::size_t metric,
                                     int year);

/// The rounding rule: to the nearest whole percent, halves away from zero; signed ("+216%",
/// "-12%", "0%"). Jinan's enterprises, 89 (2018) -> 281 (2020): +215.73% -> "+216%".
std::string formatChangePercent(double percent);
/// "+216% since 2018", "about +220% since 2018", "较 2018 年 +216%".
std::string changeBadgeText(const YearChange& c, UiLanguage lang);

} // namespace aimap
