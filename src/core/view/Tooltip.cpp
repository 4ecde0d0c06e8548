#include "core/view/Tooltip.hpp"

#include "core/data/Format.hpp"

namespace aimap {

std::string clusterSourcesText(const ClusterLayer& layer, std::uint32_t cluster, UiLanguage lang) {
    std::vector<std::string> ids;
    std::size_t unsourced = 0;
    layer.clusterSources(cluster, ids, unsourced);
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "[" : " [") + id + "]";
    if (unsourced)
        text += (text.empty() ? "" : "; ") + formatThousands(static_cast<double>(unsourced)) + " " +
                tr(Tx::Unsourced, lang);
    return text;
}

namespace {

HoverInfo cityTooltip(const Dataset& ds, const ViewState& view, std::size_t city) {
    const City& c = ds.cities[city];
    const Metric& m = ds.metrics[view.metric];
    const UiLanguage lang = uiLanguage(view.labels);
    HoverInfo h;
    h.title = c.nameZh.empty() ? c.nameEn : c.nameZh + "  " + c.nameEn;
    const Value* v = ds.value(city, view.metric, view.year);
    if (!v) {
        h.valueLine = tr(Tx::NoFigureFor, lang,
                         {m.labelIn(lang == UiLanguage::Zh), std::to_string(view.year)});
        return h;
    }
    h.valueLine = m.labelIn(lang == UiLanguage::Zh) +
                  (lang == UiLanguage::Zh ? "\xEF\xBC\x9A" /* ： */ : ": ") +
                  formatValue(v->value, m.unit, v->qualifier, lang) + tr(Tx::ListSeparator, lang) +
                  v->period;
    if (v->sources.empty())
        h.sourceLine = tr(Tx::Unsourced, lang);
    for (const auto& id : v->sources) {
        const Source* s = ds.source(id);
        if (!h.sourceLine.empty())
            h.sourceLine += "; ";
        h.sourceLine +=
            "[" + id + "] " + (s ? s->publisher + tr(Tx::ListSeparator, lang) + s->date : "");
    }
    return h;
}

} // namespace

HoverInfo tooltipFor(const Dataset& ds, const ViewState& view, const ClusterLayer* layer,
                     MapItem item, const std::string& clusterSources) {
    if (item.kind == MapItem::Kind::City)
        return cityTooltip(ds, view, item.id);
    if (!layer)
        return {};
    const Metric& m = ds.metrics[layer->metric];
    const UiLanguage lang = uiLanguage(view.labels);
    if (item.kind == MapItem::Kind::Cluster) {
        const ClusterItem it = layer->index.clusterItem(item.id);
        HoverInfo h;
        h.title =
            tr(Tx::ClusterOf, lang, {layer->memberCount(static_cast<std::size_t>(it.count), lang)});
        h.valueLine = tr(Tx::SumValue, lang,
                         {m.labelIn(lang == UiLanguage::Zh),
                          formatValue(it.weight, m.unit, "=", lang), std::to_string(layer->year)});
        h.sourceLine = tr(Tx::SourcesList, lang, {clusterSources});
        return h;
    }
    if (layer->members == ClusterLayer::Members::Enterprises) {
        const Enterprise& e = ds.enterprises[layer->member[item.id]];
        HoverInfo h;
        h.title = std::string(ds.enterpriseName(e));
        const double w = layer->index.pointItem(item.id).weight;
        h.valueLine = m.labelIn(lang == UiLanguage::Zh) +
                      (lang == UiLanguage::Zh ? "\xEF\xBC\x9A" /* ： */ : ": ") +
                      formatValue(w, m.unit, "=", lang) + tr(Tx::ListSeparator, lang) +
                      std::to_string(e.year);
        h.sourceLine = e.source < ds.sources.size()
                           ? "[" + ds.sources[e.source].id + "] " + ds.sources[e.source].publisher
                           : std::string(tr(Tx::Unsourced, lang));
        return h;
    }
    return cityTooltip(ds, view, layer->member[item.id]);
}

} // namespace aimap
