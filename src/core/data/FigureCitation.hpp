#pragma once

#include "core/data/CityCard.hpp"
#include "core/i18n/UiText.hpp"

#include <string>

namespace aimap {

/// A figure as Ctrl+C copies it, ready to paste into a slide or a report: the city, the metric,
/// the period and the value with its unit (bounds, "about" and "target" as the card says them),
/// the words it was published in, then one line per source (id, title, publisher, date, quality,
/// address), or "unsourced". Lines end with "\n".
///
///   济南 Jinan · Number of AI enterprises (count), 2020: 281
///   As published: "人工智能企业281家"
///   Source: [S12] 2020 AI industry map, CAICT, 2020-11-01 (quality B) https://...
std::string figureCitation(const CityCardModel& card, const CardMetric& metric,
                           const CardFigure& figure, UiLanguage lang);

} // namespace aimap
