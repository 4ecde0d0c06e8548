#include "core/display/AudienceOverlay.hpp"

#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "core/display/AudienceSources.hpp"
#include "core/display/DisplayShapes.hpp"
#include "core/i18n/UiText.hpp"
#include "core/view/LineBreak.hpp"
#include "core/view/ZoneLayer.hpp"

#include <algorithm>
#include <cmath>

namespace aimap::display {
namespace {

struct Style {
    double u = 1;       ///< UI scale
    double margin = 12; ///< panelMargin
    double pad = 8;     ///< window padding
    unsigned text = 17; ///< panel text
    double lineH = 20;  ///< line advance
};

Style styleOf(const AudienceInput& in) {
    Style s;
    s.u = in.unit;
    s.margin = 12 * s.u;
    s.pad = 8 * s.u;
    s.text = px(17 * s.u);
    s.lineH = std::round(s.text * 1.25);
    return s;
}

// Wrapped lines of `text` at `size` within `width`, from `top` (first line's top) at `x`.
double addWrapped(Panel& p, const AudienceInput& in, const std::string& text, unsigned size,
                  double x, double top, double width, double lineH, Rgba colour) {
    const TextWidth w = [&](std::string_view s) {
        return static_cast<float>(measureWith(in, s, size));
    };
    for (const std::string_view line : breakLines(text, static_cast<float>(width), w)) {
        p.texts.push_back({std::string(line),
                           {x, std::round(top + size * 0.95)},
                           TextAnchor::Start,
                           size,
                           colour});
        top += lineH;
    }
    return top;
}

double wrappedHeight(const AudienceInput& in, const std::string& text, unsigned size, double width,
                     double lineH) {
    const TextWidth w = [&](std::string_view s) {
        return static_cast<float>(measureWith(in, s, size));
    };
    return static_cast<double>(breakLines(text, static_cast<float>(width), w).size()) * lineH;
}

std::optional<Panel> captionPanel(const AudienceInput& in, const Style& s) {
    if (in.caption.empty())
        return std::nullopt;
    const unsigned size = px(17 * s.u * 1.25);
    const double lineH = std::round(size * 1.25);
    const double width = std::min(in.sizePx.x * 0.45, 760 * s.u);
    const double textW = width - 2 * s.pad;
    Panel p;
    const double bottom = addWrapped(p, in, in.caption, size, s.margin + s.pad, s.margin + s.pad,
                                     textW, lineH, theme().panelText);
    double right = 0;
    for (const DisplayText& t : p.texts)
        right = std::max(right, t.baseline.x + measureWith(in, t.utf8, size));
    p.box = {{s.margin, s.margin}, {right + s.pad, bottom + s.pad}};
    return p;
}

// The legend as LegendPanel draws it without a card: title, coverage, nested circles on the
// map's scale (the largest within 64 px at UI scale 1), the minimum dot, the missing ring, what
// the circles are, clusters and pilot zones. Laid out from the top at 0, moved into place later.
std::optional<Panel> legendPanel(const AudienceInput& in, const Style& s) {
    if (!in.scale || !in.dataset || !in.view || !in.summary)
        return std::nullopt;
    const Theme& t = theme();
    const Dataset& ds = *in.dataset;
    const Metric& m = ds.metrics[in.view->metric];
    const UiLanguage lang = uiLanguage(in.view->labels);
    const SymbolScale& sc = *in.scale;
    const auto values =
        m.unit == "count" ? sc.legendCounts(3, 64.0 * s.u) : sc.legendValues(3, 64.0 * s.u);
    const double metricMax = in.summary->vMax;
    const double rMax = values.empty() || metricMax <= 0 ? 10 * s.u : sc.radius(values.front());
    const double colPad = 6 * s.u;
    const double width = std::max(2 * rMax + 110 * s.u, 260 * s.u);
    Panel p;
    const double x0 = s.pad;
    double y = s.pad;
    const std::string unit = m.unit.empty() ? "" : " (" + unitText(m.unit, lang) + ")";
    y = addWrapped(p, in,
                   tr(Tx::MetricYear, lang,
                      {m.labelIn(lang == UiLanguage::Zh) + unit, std::to_string(in.view->year)}),
                   s.text, x0, y, width, s.lineH, t.panelText);
    if (in.summary->cities > 0) {
        const auto n = in.summary->citiesWithFigure.find(in.view->year);
        const std::size_t with = n == in.summary->citiesWithFigure.end() ? 0 : n->second;
        const bool one = with == 1;
        const Tx text = in.summary->cities == 1
                            ? (one ? Tx::CoverageCityHas : Tx::CoverageCityHave)
                            : (one ? Tx::CoverageCitiesHas : Tx::CoverageCitiesHave);
        y = addWrapped(p, in,
                       tr(text, lang,
                          {formatThousands(static_cast<double>(with)),
                           formatThousands(static_cast<double>(in.summary->cities)),
                           tr(Tx::CoverageForYear, lang, {std::to_string(in.view->year)})}),
                       s.text, x0, y, width, s.lineH, t.panelTextDim);
    }
    const double colX = x0 + colPad + rMax; // the circles' column centre
    if (metricMax > 0) {
        const double top = y + colPad;
        const double bottom = top + 2 * rMax;
        for (double v : values) {
            const double r = sc.radius(v);
            const Vec2 c{colX, bottom - r};
            p.circles.push_back({c, r, t.markerFill, t.markerOutline, 1.2 * s.u, ""});
            const double ty = bottom - 2 * r;
            p.lines.push_back({{{c.x, ty}, {colX + rMax + 6 * s.u, ty}},
                               std::max(1.0, s.u * 0.8),
                               t.legendLeader,
                               false});
            p.texts.push_back({formatValue(v, m.unit, "=", lang),
                               {colX + rMax + 9 * s.u, std::round(ty + s.text * 0.35)},
                               TextAnchor::Start,
                               s.text,
                               t.panelText});
        }
        y = bottom + colPad;
        const double textX = x0 + 2 * rMax + 2 * colPad + 8 * s.u;
        if (!(m.unit == "count" && sc.minDotValue() < 1)) {
            const double minDot = sc.minDotValue();
            const double step = minDot > 0 ? std::pow(10.0, std::floor(std::log10(minDot)) - 1) : 1;
            p.circles.push_back(
                {{colX, y + s.lineH / 2}, sc.minDotPx(), t.markerFill, t.markerOutline, 1.0, ""});
            p.texts.push_back(
                {tr(Tx::MinimumDot, lang,
                    {formatValue(std::ceil(minDot / step) * step, m.unit, "=", lang)}),
                 {textX, std::round(y + s.text * 0.95)},
                 TextAnchor::Start,
                 s.text,
                 t.panelText});
            y += s.lineH;
        }
        p.circles.push_back(
            {{colX, y + s.lineH / 2}, 3.5 * s.u, Rgba{0, 0, 0, 0}, t.markerMissing, 1.2 * s.u, ""});
        p.texts.push_back({tr(Tx::NoFigureThisYear, lang),
                           {textX, std::round(y + s.text * 0.95)},
                           TextAnchor::Start,
                           s.text,
                           t.panelText});
        y += s.lineH;
        y = addWrapped(p, in, tr(Tx::CircleAreaNote, lang), s.text, x0, y, width, s.lineH,
                       t.panelTextDim);
    } else {
        y = addWrapped(p, in, tr(Tx::AllZeroNote, lang), s.text, x0, y, width, s.lineH,
                       t.panelText);
    }
    const double keyX = x0 + s.lineH + 2 * colPad;
    if (in.clustersShown) {
        const double r = s.lineH * 0.45;
        p.circles.push_back({{x0 + colPad + s.lineH / 2, y + s.lineH / 2},
                             r,
                             t.clusterFill,
                             t.clusterOutline,
                             1.2 * s.u,
                             ""});
        y = addWrapped(p, in, tr(Tx::ClusterKey, lang), s.text, keyX, y, width - keyX + x0, s.lineH,
                       t.panelText);
    }
    for (std::size_t prog = 0; prog < ds.programmes.size() && prog < 16; ++prog) {
        if (!(in.view->zones & (1u << prog)))
            continue;
        const ZoneShape shape = zoneShape(prog);
        const double r = std::min(shape.radiusPx * s.u, s.lineH * 0.6);
        p.lines.push_back(zoneOutline({x0 + colPad + s.lineH / 2, y + s.lineH / 2}, shape,
                                      r + 1.25 * s.u, 2.5 * s.u,
                                      t.zoneColours[std::min<std::size_t>(prog, 2)]));
        const ZoneCount count = countZones(ds.programmes[prog], in.view->year);
        y = addWrapped(p, in,
                       tr(count.approved < count.total ? Tx::ZoneCountFaint : Tx::ZoneCount, lang,
                          {programmeShortName(ds.programmes[prog]), std::to_string(count.approved),
                           std::to_string(count.total), std::to_string(in.view->year)}),
                       s.text, keyX, y, width - keyX + x0, s.lineH, t.panelText);
    }
    const std::string summed =
        sectorFilterNote(ds, in.view->metric, static_cast<int>(in.view->labels), lang);
    if (!summed.empty())
        y = addWrapped(p, in, summed, s.text, x0, y, width, s.lineH, t.panelTextDim);
    double right = x0 + width;
    for (const DisplayText& tx : p.texts)
        right = std::max(right, tx.baseline.x + measureWith(in, tx.utf8, tx.sizePx));
    p.box = {{0, 0}, {right + s.pad, y + s.pad}};
    return p;
}

void movePanel(Panel& p, Vec2 d) {
    p.box.min = p.box.min + d;
    p.box.max = p.box.max + d;
    for (auto& t : p.texts)
        t.baseline = t.baseline + d;
    for (auto& c : p.circles)
        c.centre = c.centre + d;
    for (auto& l : p.lines)
        for (auto& q : l.points)
            q = q + d;
}

// The source line: small text at the bottom between the legend and the inset (else across the
// top right), on a plate.
std::optional<Panel> sourcePanel(const AudienceInput& in, const Style& s, const Box& legend,
                                 const Box& caption, const std::vector<std::string>& ids) {
    if (!in.dataset || !in.view)
        return std::nullopt;
    const UiLanguage lang = uiLanguage(in.view->labels);
    std::string text = sourceLineText(*in.dataset, ids, lang);
    if (text.empty())
        return std::nullopt;
    const unsigned size = px(13 * s.u);
    const double lineH = std::round(size * 1.3);
    // Between the legend and the inset (and left of a card); where that is too narrow, at the
    // top, right of the caption (and left of a card).
    const double edge = in.cardLeftPx ? *in.cardLeftPx - s.margin : in.sizePx.x - s.margin;
    double left = legend.empty() ? s.margin : legend.max.x + s.margin;
    double right = std::min(edge, in.inset ? in.inset->rect.min.x - s.margin : edge);
    bool bottom = right - left >= 320 * s.u;
    if (!bottom) {
        left = std::max(in.sizePx.x * 0.5, caption.empty() ? 0.0 : caption.max.x + s.margin);
        right = edge;
    }
    Panel p;
    double h = wrappedHeight(in, text, size, right - left - 2 * s.pad, lineH);
    // Named, when that takes two lines at most; else by id (the deck's notes and the viewer's
    // About panel list them in full): many sources must not cover the map.
    if (h > 2 * lineH) {
        text = sourceIdLineText(ids, lang);
        h = wrappedHeight(in, text, size, right - left - 2 * s.pad, lineH);
    }
    const double top = bottom ? in.sizePx.y - s.margin - h - 2 * s.pad : s.margin;
    addWrapped(p, in, text, size, left + s.pad, top + s.pad, right - left - 2 * s.pad, lineH,
               theme().panelTextDim);
    double textRight = left;
    for (const DisplayText& t : p.texts)
        textRight = std::max(textRight, t.baseline.x + measureWith(in, t.utf8, size));
    p.box = {{left, top}, {textRight + s.pad, top + h + 2 * s.pad}};
    return p;
}

} // namespace

Overlay overlayOf(const AudienceInput& in) {
    const Style s = styleOf(in);
    Overlay o;
    o.caption = captionPanel(in, s);
    o.legend = legendPanel(in, s);
    if (o.legend) {
        // Bottom left, above the margin; below the caption if the window is short.
        const double h = o.legend->box.height();
        double top = in.sizePx.y - s.margin - h;
        if (o.caption)
            top = std::max(top, o.caption->box.max.y + s.margin);
        movePanel(*o.legend, {s.margin, top});
    }
    // The card where the window docks it, sized beside the caption and the legend (the source
    // line names the card's sources, so it is laid out after the card).
    std::vector<Box> placed;
    for (const auto* p : {&o.caption, &o.legend})
        if (*p)
            placed.push_back((*p)->box);
    o.card = layOutAudienceCard(in, placed);
    o.sourceIds = audienceSourceIds(in);
    if (o.card)
        for (const std::string& id : o.card->sources)
            if (std::find(o.sourceIds.begin(), o.sourceIds.end(), id) == o.sourceIds.end())
                o.sourceIds.push_back(id);
    o.sources = sourcePanel(in, s, o.legend ? o.legend->box : Box{},
                            o.caption ? o.caption->box : Box{}, o.sourceIds);
    return o;
}

void addPanel(DisplayGroup& g, const Panel& p, const AudienceInput& in) {
    const Style s = styleOf(in);
    const Theme& t = theme();
    g.polygons.push_back(rect(p.box, t.panelBackground, t.panelBorder, t.panelBorderPx * s.u));
    g.polylines.insert(g.polylines.end(), p.lines.begin(), p.lines.end());
    g.circles.insert(g.circles.end(), p.circles.begin(), p.circles.end());
    g.texts.insert(g.texts.end(), p.texts.begin(), p.texts.end());
}

} // namespace aimap::display
