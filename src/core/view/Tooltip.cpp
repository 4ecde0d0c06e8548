#include "core/view/Tooltip.hpp"

#include "core/data/Format.hpp"

namespace aimap {

std::string clusterSourcesText(const ClusterLayer& layer, std::uint32_t cluster) {
    std::vector<std::string> ids;
    std::size_t unsourced = 0;
    layer.clusterSources(cluster, ids, unsourced);
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "[" : " [") + id + "]";
    if (unsourced)
        text += (text.empty() ? "" : "; ") + formatThousands(static_cast<double>(unsourced)) +
                " unsourced";
    return text;
}

namespace {

HoverInfo cityTooltip(const Dataset& ds, const ViewState& view, std::size_t city) {
    const City& c = ds.cities[city];
    const Metric& m = ds.metrics[view.metric];
    HoverInfo h;
    h.title = c.nameZh.empty() ? c.nameEn : c.nameZh + "  " + c.nameEn;
    const Value* v = ds.value(city, view.metric, view.year);
    if (!v) {
        h.valueLine = m.label + ": n/a (no figure for " + std::to_string(view.year) + ")";
        return h;
    }
    h.valueLine = m.label + ": " + formatValue(v->value, m.unit, v->qualifier) + ", " + v->period;
    if (v->sources.empty())
        h.sourceLine = "unsourced";
    for (const auto& id : v->sources) {
        const Source* s = ds.source(id);
        if (!h.sourceLine.empty())
            h.sourceLine += "; ";
        h.sourceLine += "[" + id + "] " + (s ? s->publisher + ", " + s->date : "");
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
    if (item.kind == MapItem::Kind::Cluster) {
        const ClusterItem it = layer->index.clusterItem(item.id);
        HoverInfo h;
        h.title = "Cluster of " + formatThousands(it.count) + " " + layer->memberNoun(it.count);
        h.valueLine = m.label + ": " + formatValue(it.weight, m.unit) + " (sum), " +
                      std::to_string(layer->year);
        h.sourceLine = "sources: " + clusterSources;
        return h;
    }
    if (layer->members == ClusterLayer::Members::Enterprises) {
        const Enterprise& e = ds.enterprises[layer->member[item.id]];
        HoverInfo h;
        h.title = std::string(ds.enterpriseName(e));
        const double w = layer->index.pointItem(item.id).weight;
        h.valueLine = m.label + ": " + formatValue(w, m.unit) + ", " + std::to_string(e.year);
        h.sourceLine = e.source < ds.sources.size()
                           ? "[" + ds.sources[e.source].id + "] " + ds.sources[e.source].publisher
                           : "unsourced";
        return h;
    }
    return cityTooltip(ds, view, layer->member[item.id]);
}

} // namespace aimap
