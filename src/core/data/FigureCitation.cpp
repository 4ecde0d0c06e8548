#include "core/data/FigureCitation.hpp"

#include "core/data/CardText.hpp"

#include <string>

namespace aimap {

std::string figureCitation(const CityCardModel& card, const CardMetric& metric,
                           const CardFigure& figure, UiLanguage lang) {
    const std::string label = labelWithUnit(metric.label, metric.unit, lang);
    const std::string year = std::to_string(figure.year);
    // "2020" as a year ("2020 年" in Chinese); other periods ("2020H1") as published.
    const std::string line =
        figure.period.empty() || figure.period == year
            ? tr(Tx::MetricYearValue, lang, {label, year, figure.text})
            : tr(Tx::MetricPeriodValue, lang, {label, figure.period, figure.text});
    const std::string city = card.nameZh.empty()   ? card.nameEn
                             : card.nameEn.empty() ? card.nameZh
                                                   : card.nameZh + " " + card.nameEn;
    std::string out = city + " \xC2\xB7 " + line + "\n";
    if (!figure.asPublished.empty())
        out += tr(Tx::CopyAsPublished, lang, {figure.asPublished}) + "\n";
    if (figure.sources.empty())
        out += tr(Tx::CopySource, lang, {tr(Tx::Unsourced, lang)}) + "\n";
    for (const CardSource& s : figure.sources) {
        std::string line = cardSourceLine(s, lang);
        if (!s.url.empty())
            line += " " + s.url;
        out += tr(Tx::CopySource, lang, {line}) + "\n";
    }
    if (card.synthetic || card.example)
        out += std::string(tr(Tx::CopyNotReal, lang)) + "\n";
    return out;
}

} // namespace aimap
