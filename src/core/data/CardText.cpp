#include "core/data/CardText.hpp"

#include "core/data/Dataset.hpp"
#include "core/data/Format.hpp"

namespace aimap {

std::string cityTitle(const std::string& zh, const std::string& en) {
    if (zh.empty())
        return en;
    if (en.empty())
        return zh;
    return zh + "  " + en;
}

std::string labelWithUnit(const std::string& label, const std::string& unit, UiLanguage lang) {
    return unit.empty() ? label : label + " (" + unitText(unit, lang) + ")";
}

std::string cardSourceLine(const CardSource& s, UiLanguage lang) {
    std::string line = "[" + s.id + "] " + s.title;
    for (const std::string* part : {&s.publisher, &s.date})
        if (!part->empty())
            line += tr(Tx::ListSeparator, lang) + *part;
    if (!s.quality.empty())
        line += tr(Tx::SourceQuality, lang, {s.quality});
    return line;
}

std::string memberSourceLine(const Dataset& ds, const std::string& id, UiLanguage lang) {
    const Source* src = ds.source(id);
    return "[" + id + "] " +
           (src ? src->publisher + tr(Tx::ListSeparator, lang) + src->title +
                      tr(Tx::ListSeparator, lang) + src->date
                : "");
}

std::string nationalFigureLine(const NationalFigure& f, UiLanguage lang) {
    const std::string label = f.scope.empty() ? f.label : labelWithUnit(f.label, f.scope);
    const std::string value =
        formatValue(f.value, f.unit, f.qualifier.empty() ? "=" : f.qualifier, lang);
    return f.period.empty() ? tr(Tx::MetricYearValue, lang, {label, std::to_string(f.year), value})
                            : tr(Tx::MetricPeriodValue, lang, {label, f.period, value});
}

std::string quotationNamesLine(const Dataset& ds, const Quotation& q, UiLanguage lang) {
    std::string named;
    for (std::size_t c : q.cities)
        if (c < ds.cities.size())
            named += (named.empty() ? "" : tr(Tx::NameSeparator, lang)) +
                     cityTitle(ds.cities[c].nameZh, ds.cities[c].nameEn);
    return tr(Tx::QuotationNames, lang, {named});
}

} // namespace aimap
