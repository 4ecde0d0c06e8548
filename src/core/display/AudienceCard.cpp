// The docked card of an audience frame as display-list items (AudienceCard.hpp).
//
// [SECTION] the card's look: lines, separators, sector charts (as ui/SectorChart draws them)
// [SECTION] the parts of a city, cluster and national card, in the order a slide shows them
// [SECTION] layOutAudienceCard: parts laid out until the card is full

#include "core/display/AudienceCard.hpp"

#include "core/data/CardText.hpp"
#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "core/data/Text.hpp"
#include "core/display/DisplayShapes.hpp"
#include "core/view/LineBreak.hpp"
#include "core/view/PanelBudget.hpp"
#include "core/view/SectorBars.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <set>

namespace aimap {
namespace {

using namespace display;

// [SECTION] the card's look -------------------------------------------------------------------

/// Writes a card's contents in its column (ImGui's metrics at the UI scale: 17 px text, 8 px
/// padding, 4 px between items, 14 px indent).
struct CardPen {
    const AudienceInput& in;
    double u = 1;
    double x0 = 0, width = 0; ///< the text column
    unsigned size = 17;
    double lineH = 21;

    double measure(std::string_view s, unsigned sz) const { return measureWith(in, s, sz); }

    double text(DisplayGroup& g, double y, const std::string& s, Rgba colour,
                double indent = 0) const {
        const TextWidth w = [&](std::string_view piece) {
            return static_cast<float>(measure(piece, size));
        };
        for (const std::string_view line : breakLines(s, static_cast<float>(width - indent), w)) {
            g.texts.push_back({std::string(line),
                               {x0 + indent, std::round(y + size * 0.95)},
                               TextAnchor::Start,
                               size,
                               colour});
            y += lineH;
        }
        return y;
    }
    double dim(DisplayGroup& g, double y, const std::string& s, double indent = 0) const {
        return text(g, y, s, theme().panelTextDim, indent);
    }
    double separator(DisplayGroup& g, double y) const {
        y += 2 * u;
        g.polylines.push_back({{{x0, y}, {x0 + width, y}}, std::max(1.0, u), theme().panelBorder});
        return y + 5 * u;
    }
    /// The sources of one figure, as sourceList: a line each, or "unsourced".
    double sources(DisplayGroup& g, double y, const std::vector<CardSource>& list, UiLanguage lang,
                   double indent) const {
        if (list.empty())
            return text(g, y, tr(Tx::Unsourced, lang), theme().panelUnsourced, indent);
        for (const CardSource& s : list)
            y = dim(g, y, cardSourceLine(s, lang), indent);
        return y;
    }
    /// `s` cut to `maxW` at a character (a bar's label is clipped to its column in the window).
    std::string clipped(const std::string& s, double maxW) const {
        if (measure(s, size) <= maxW)
            return s;
        std::size_t end = s.size();
        while (end > 0) {
            do
                --end;
            while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80);
            if (measure(std::string_view(s).substr(0, end), size) <= maxW)
                break;
        }
        return s.substr(0, end);
    }
    double chart(DisplayGroup& g, double y, const SectorChartModel& chart, int labelMode,
                 UiLanguage lang) const;
};

Rgba alphaOf(Rgba c, std::uint8_t a) {
    c.a = a;
    return c;
}

// A sector chart as ui/SectorChart draws it (label | bar | value, one scale: chartScaleMax and
// barGeometry), then its notes and — what the window shows when a bar is hovered — the sources
// of its bars.
double CardPen::chart(DisplayGroup& g, double y, const SectorChartModel& chart, int labelMode,
                      UiLanguage lang) const {
    const Theme& t = theme();
    y = text(g, y, chart.title, t.panelHeading);
    const double rowH = size + 6 * u;
    double labelW = 0, valueW = 0;
    for (const ChartBar& b : chart.bars) {
        labelW = std::max(labelW, measure(barLabel(b, labelMode), size));
        const std::string v = b.target ? tr(Tx::TargetShort, lang, {b.valueText}) : b.valueText;
        valueW = std::max(valueW, measure(v, size));
    }
    const double gap = 8 * u;
    const double markerW = size / 2.0 + 4 * u;
    labelW = std::min(labelW, 0.4 * width);
    const double barW = std::max(0.25 * width, width - labelW - valueW - markerW - 2 * gap);
    const double scaleMax = chartScaleMax(chart);
    const bool anyHighlighted = std::any_of(chart.bars.begin(), chart.bars.end(),
                                            [](const ChartBar& b) { return b.highlighted; });
    std::vector<CardSource> sources;
    std::set<std::string> seen;
    bool unsourced = false;
    for (const ChartBar& b : chart.bars) {
        const double ty = std::round(y + (rowH - size) / 2 + size * 0.95);
        g.texts.push_back({clipped(barLabel(b, labelMode), labelW),
                           {x0, ty},
                           TextAnchor::Start,
                           size,
                           b.highlighted ? t.panelHeading
                           : b.excluded  ? t.panelTextDim
                                         : t.panelText});
        const double bx = x0 + labelW + gap;
        const BarGeometry geo =
            barGeometry(b, scaleMax, static_cast<float>(bx), static_cast<float>(barW));
        const Box bar{{geo.x0, y + 3 * u}, {geo.x1, y + rowH - 3 * u}};
        double textX = bx;
        if (geo.drawn) {
            const Rgba colour = t.sectorColours[b.colour % 9];
            const Rgba fill =
                b.excluded ? t.markerMissing
                           : alphaOf(colour, anyHighlighted && !b.highlighted ? t.dimmedBarAlpha
                                                                              : colour.a);
            if (geo.outline) {
                g.polylines.push_back(
                    {{bar.min, {bar.max.x, bar.min.y}, bar.max, {bar.min.x, bar.max.y}},
                     2 * u,
                     fill,
                     true});
            } else if (geo.openEnd) {
                // At least this much: the bar fades out at its end (four steps) and an arrowhead
                // follows it.
                const double fade = std::min(14 * u, bar.width());
                g.polygons.push_back(rect({bar.min, {bar.max.x - fade, bar.max.y}}, fill));
                for (int k = 0; k < 4; ++k)
                    g.polygons.push_back(rect({{bar.max.x - fade + fade * k / 4, bar.min.y},
                                               {bar.max.x - fade + fade * (k + 1) / 4, bar.max.y}},
                                              withAlpha(fill, fill.a * (1 - (k + 0.5) / 4))));
            } else {
                g.polygons.push_back(rect(bar, fill));
            }
            if (b.highlighted)
                g.polylines.push_back({{{bar.min.x - 1, bar.min.y - 1},
                                        {bar.max.x + 1, bar.min.y - 1},
                                        {bar.max.x + 1, bar.max.y + 1},
                                        {bar.min.x - 1, bar.max.y + 1}},
                                       2 * u,
                                       t.selection,
                                       true});
            textX = geo.x1;
            if (geo.openEnd) {
                const double cy = (bar.min.y + bar.max.y) / 2, h = bar.height() / 2;
                DisplayPolygon arrow;
                arrow.rings.push_back(
                    {{geo.x1 + u, cy - h}, {geo.x1 + u + h, cy}, {geo.x1 + u, cy + h}});
                arrow.fill = t.panelText;
                g.polygons.push_back(std::move(arrow));
                textX = geo.x1 + markerW;
            }
        }
        const std::string value = b.absent   ? std::string(tr(Tx::NoFigure, lang))
                                  : b.target ? tr(Tx::TargetShort, lang, {b.valueText})
                                             : b.valueText;
        g.texts.push_back({value,
                           {textX + gap / 2, ty},
                           TextAnchor::Start,
                           size,
                           b.target || b.absent ? t.panelTextDim : t.panelText});
        y += rowH + 4 * u;
        for (const CardSource& s : b.sources)
            if (seen.insert(s.id).second)
                sources.push_back(s);
        unsourced = unsourced || b.partlyUnsourced || (b.sources.empty() && !b.absent);
    }
    for (const std::string& n : chart.notes)
        y = dim(g, y, n);
    for (const CardSource& s : sources)
        y = dim(g, y, cardSourceLine(s, lang));
    if (unsourced)
        y = text(g, y, tr(Tx::PartlyUnsourced, lang), t.panelUnsourced);
    return y;
}

// [SECTION] the parts of the cards ------------------------------------------------------------

/// One part of a card, laid out whole or left out: draws itself from `y` and returns the next y.
struct Part {
    std::function<double(DisplayGroup&, double)> draw;
    std::vector<std::string> sources; ///< of the figures it shows ("" unsourced)
};

std::vector<std::string> idsOf(const std::vector<CardSource>& sources) {
    std::vector<std::string> ids;
    for (const CardSource& s : sources)
        ids.push_back(s.id);
    if (ids.empty())
        ids.push_back("");
    return ids;
}

// A metric's figures, a part each (the metric's heading with the first): period and value as
// published, the growth the source gives, its sources.
void metricParts(std::vector<Part>& parts, const CardPen& pen, const CardMetric& m,
                 UiLanguage lang) {
    for (std::size_t i = 0; i < m.figures.size(); ++i) {
        const CardFigure& f = m.figures[i];
        parts.push_back(
            {[&pen, &m, &f, i, lang](DisplayGroup& g, double y) {
                 if (i == 0) {
                     y = pen.separator(g, y);
                     y = pen.text(g, y, labelWithUnit(m.label, m.unit, lang), theme().panelHeading);
                 } else {
                     y += 4 * pen.u;
                 }
                 y = pen.text(g, y, tr(Tx::FigureLine, lang, {f.period, f.text}),
                              theme().panelText);
                 const double indent = 14 * pen.u;
                 if (f.yoyGrowthPct)
                     y = pen.dim(g, y, tr(Tx::YearOnYear, lang, {formatGrowth(*f.yoyGrowthPct)}),
                                 indent);
                 return pen.sources(g, y, f.sources, lang, indent);
             },
             idsOf(f.sources)});
    }
}

void chartPart(std::vector<Part>& parts, const CardPen& pen, const SectorChartModel& chart,
               int labelMode, UiLanguage lang) {
    std::vector<std::string> ids;
    for (const ChartBar& b : chart.bars) {
        if (b.absent)
            continue;
        for (const std::string& id : idsOf(b.sources))
            ids.push_back(id);
        if (b.partlyUnsourced)
            ids.push_back("");
    }
    parts.push_back({[&pen, &chart, labelMode, lang](DisplayGroup& g, double y) {
                         return pen.chart(g, pen.separator(g, y), chart, labelMode, lang);
                     },
                     ids});
}

std::vector<Part> cityParts(const AudienceInput& in, const CardPen& pen, const CityCardModel& c,
                            std::size_t& notOnSlides) {
    const UiLanguage lang = c.language;
    const int labelMode = static_cast<int>(in.view ? in.view->labels : LabelMode::Both);
    std::vector<Part> parts;
    if (c.synthetic)
        parts.push_back(
            {[&pen, &c, lang](DisplayGroup& g, double y) {
                 return pen.text(
                     g, y, tr(c.example ? Tx::ExampleDataBanner : Tx::SyntheticDataBanner, lang),
                     theme().panelWarning);
             },
             {}});
    if (!in.card.changeBadge.empty())
        parts.push_back({[&pen, &in](DisplayGroup& g, double y) {
                             return pen.text(g, y, in.card.changeBadge, theme().selectionHalo);
                         },
                         {}});
    // What the frame speaks of first: the metric on the map, its chart before its figures (as
    // the window puts charts before figures), then the ranking shown as badges; then the rest in
    // the window card's order.
    const auto metricId = [&](std::size_t m) {
        return in.dataset && m < in.dataset->metrics.size() ? in.dataset->metrics[m].id
                                                            : std::string();
    };
    const std::string shown = in.view ? metricId(in.view->metric) : std::string();
    const std::string ranks =
        in.view && in.view->ranks ? metricId(in.view->ranks->metric) : std::string();
    const std::string prefix = "cited_" + shown + "_";
    const auto isShownChart = [&](const SectorChartModel& ch) {
        return !shown.empty() && ch.id.compare(0, prefix.size(), prefix) == 0;
    };
    const auto first = [&](const CardMetric& m) {
        return (!shown.empty() && m.id == shown) || (!ranks.empty() && m.id == ranks);
    };
    for (const SectorChartModel& ch : c.sectorCharts)
        if (isShownChart(ch))
            chartPart(parts, pen, ch, labelMode, lang);
    for (const std::string& id : {shown, ranks})
        for (const CardMetric& m : c.metrics)
            if (!id.empty() && m.id == id)
                metricParts(parts, pen, m, lang);
    for (const SectorChartModel& ch : c.sectorCharts)
        if (!isShownChart(ch))
            chartPart(parts, pen, ch, labelMode, lang);
    if (c.metrics.empty())
        parts.push_back({[&pen, lang](DisplayGroup& g, double y) {
                             return pen.text(g, y, tr(Tx::NoFiguresForCity, lang),
                                             theme().panelText);
                         },
                         {}});
    for (const CardMetric& m : c.metrics)
        if (!first(m))
            metricParts(parts, pen, m, lang);
    // Pilot zones, quotations and specialisations stay in the viewer: counted as left out.
    notOnSlides = c.zones.size() + c.quotations.size() + c.specialisations.size();
    return parts;
}

// The largest members as the window's table: name, value, share of the sum. Columns as wide as
// their longest entry (the share and the value right-aligned); where the names would have less
// than a third of the width, the value goes on a line of its own below the name.
double memberRows(DisplayGroup& g, double y, const CardPen& pen, const ClusterCardModel& c) {
    std::vector<std::string> shares;
    double shareW = 0, valueW = 0;
    for (const ClusterCardModel::Member& m : c.topMembers) {
        char share[32];
        std::snprintf(share, sizeof share, "%.1f%%", 100.0 * m.share);
        shares.push_back(share);
        shareW = std::max(shareW, pen.measure(share, pen.size));
        valueW = std::max(valueW, pen.measure(m.valueText, pen.size));
    }
    const double gap = 8 * pen.u;
    const double right = pen.x0 + pen.width;
    const bool twoLines = pen.width - shareW - valueW - 2 * gap < pen.width / 3;
    const double nameW = pen.width - shareW - gap - (twoLines ? 0 : valueW + gap);
    const auto line = [&](const std::string& s, double x, TextAnchor a) {
        g.texts.push_back(
            {s, {x, std::round(y + pen.size * 0.95)}, a, pen.size, theme().panelText});
    };
    for (std::size_t i = 0; i < c.topMembers.size(); ++i) {
        const ClusterCardModel::Member& m = c.topMembers[i];
        line(pen.clipped(m.name, nameW), pen.x0, TextAnchor::Start);
        line(shares[i], right, TextAnchor::End);
        if (twoLines) {
            y += pen.lineH;
            line(m.valueText, pen.x0 + 14 * pen.u, TextAnchor::Start);
        } else {
            line(m.valueText, right - shareW - gap, TextAnchor::End);
        }
        y += pen.lineH;
    }
    return y;
}

std::vector<Part> clusterParts(const AudienceInput& in, const CardPen& pen,
                               const ClusterCardModel& c) {
    const UiLanguage lang = c.language;
    const int labelMode = static_cast<int>(in.view ? in.view->labels : LabelMode::Both);
    std::vector<Part> parts;
    std::vector<std::string> ids = c.sourceIds;
    if (c.unsourcedMembers > 0)
        ids.push_back("");
    parts.push_back(
        {[&pen, &c, &in, lang, labelMode](DisplayGroup& g, double y) {
             y = pen.text(
                 g, y,
                 tr(Tx::MetricYearValue, lang, {c.metricLabel, std::to_string(c.year), c.sumText}),
                 theme().panelText);
             y = pen.dim(g, y, tr(Tx::ClusterSumNote, lang, {c.title, unitText(c.unit, lang)}));
             if (in.dataset && in.view) {
                 const std::string summed =
                     sectorFilterNote(*in.dataset, in.view->metric, labelMode, lang);
                 if (!summed.empty())
                     y = pen.dim(g, y, summed);
             }
             return y;
         },
         ids});
    for (const SectorChartModel& ch : c.sectorCharts)
        chartPart(parts, pen, ch, labelMode, lang);
    parts.push_back(
        {[&pen, &c, lang](DisplayGroup& g, double y) {
             y = pen.separator(g, y);
             y = pen.text(g, y, tr(Tx::LargestMembers, lang), theme().panelText);
             y = memberRows(g, y, pen, c);
             if (c.otherMembers > 0)
                 y = pen.dim(
                     g, y,
                     tr(Tx::AndMore, lang, {formatThousands(static_cast<double>(c.otherMembers))}));
             return y;
         },
         ids});
    parts.push_back({[&pen, &c, &in, lang](DisplayGroup& g, double y) {
                         y = pen.separator(g, y);
                         y = pen.text(g, y, tr(Tx::MemberSources, lang), theme().panelText);
                         for (const std::string& id : c.sourceIds)
                             y = pen.dim(g, y, memberSourceLine(*in.dataset, id, lang));
                         if (c.unsourcedMembers > 0)
                             y = pen.text(
                                 g, y,
                                 tr(Tx::MembersUnsourced, lang,
                                    {formatThousands(static_cast<double>(c.unsourcedMembers))}),
                                 theme().panelWarning);
                         return y;
                     },
                     ids});
    return parts;
}

std::vector<Part> nationalParts(const AudienceInput& in, const CardPen& pen) {
    const Dataset& ds = *in.dataset;
    const NationalSummary& n = ds.national;
    const UiLanguage lang = uiLanguage(in.view ? in.view->labels : LabelMode::Both);
    std::vector<Part> parts;
    if (!n.title.empty() || !n.note.empty())
        parts.push_back({[&pen, &n](DisplayGroup& g, double y) {
                             if (!n.title.empty())
                                 y = pen.text(g, y, n.title, theme().panelHeading);
                             return n.note.empty() ? y : pen.dim(g, y, n.note);
                         },
                         {}});
    for (const NationalFigure& f : n.figures)
        parts.push_back(
            {[&pen, &f, &ds, lang](DisplayGroup& g, double y) {
                 y = pen.separator(g, y);
                 y = pen.text(g, y, nationalFigureLine(f, lang), theme().panelText);
                 if (!f.asPublished.empty())
                     y = pen.dim(g, y, tr(Tx::PublishedQuote, lang, {f.asPublished}));
                 if (f.yoyGrowthPct)
                     y = pen.dim(g, y, tr(Tx::YearOnYear, lang, {formatGrowth(*f.yoyGrowthPct)}));
                 return pen.sources(g, y, cardSources(ds, f.sources), lang, 0);
             },
             idsOf(cardSources(ds, f.sources))});
    for (std::size_t i = 0; i < ds.quotations.size(); ++i) {
        const Quotation& q = ds.quotations[i];
        parts.push_back({[&pen, &q, &ds, lang, i](DisplayGroup& g, double y) {
                             if (i == 0) {
                                 y = pen.separator(g, y);
                                 y = pen.text(g, y, tr(Tx::AsPublishedQuotations, lang),
                                              theme().panelHeading);
                             }
                             y = pen.text(g, y, "\xE2\x80\x9C" + q.text + "\xE2\x80\x9D",
                                          theme().panelText); // “ ”
                             y = pen.dim(g, y, quotationNamesLine(ds, q, lang));
                             return pen.sources(g, y, cardSources(ds, q.sources), lang, 0);
                         },
                         idsOf(cardSources(ds, q.sources))});
    }
    return parts;
}

} // namespace

// [SECTION] layOutAudienceCard ----------------------------------------------------------------

std::optional<AudienceCardLayout> layOutAudienceCard(const AudienceInput& in,
                                                     const std::vector<Box>& placed) {
    const AudienceCard& card = in.card;
    if (!card.shown() || !in.dataset)
        return std::nullopt;
    const Theme& t = theme();
    const double u = in.unit;
    const double margin = 12 * u, pad = 8 * u;
    const double right = in.sizePx.x - margin;
    const double left = std::min(card.leftPx, right - 40 * u);
    CardPen pen{in};
    pen.u = u;
    pen.size = px(17 * u);
    pen.lineH = std::round(pen.size * 1.25);
    pen.x0 = left + pad;
    pen.width = right - left - 2 * pad;
    // As beginCard: as tall as its contents, up to what leaves the map its share.
    const Box window{{0, 0}, in.sizePx};
    const double maxH =
        cardMaxHeight(window, right - left, margin, placed, 0.40 * (in.sizePx.y - 2 * margin));
    const double bottomMax = margin + maxH;

    AudienceCardLayout out;
    const UiLanguage lang = card.city ? card.city->language
                            : card.cluster
                                ? card.cluster->language
                                : uiLanguage(in.view ? in.view->labels : LabelMode::Both);
    const std::string title = card.city      ? cityTitle(card.city->nameZh, card.city->nameEn)
                              : card.cluster ? tr(Tx::ClusterTitle, lang, {card.cluster->title})
                                             : std::string(tr(Tx::NationalFigures, lang));
    const double titleH = pen.size + 6 * u;
    std::size_t notOnSlides = 0;
    const std::vector<Part> parts = card.city      ? cityParts(in, pen, *card.city, notOnSlides)
                                    : card.cluster ? clusterParts(in, pen, *card.cluster)
                                                   : nationalParts(in, pen);
    DisplayGroup body;
    double y = margin + titleH + pad;
    std::set<std::string> seen;
    const auto addSources = [&](const std::vector<std::string>& ids) {
        for (const std::string& id : ids)
            if (seen.insert(id).second)
                out.sources.push_back(id);
    };
    if (card.cluster) { // the sum is shown: its members' sources, whatever fits below
        std::vector<std::string> ids = card.cluster->sourceIds;
        if (card.cluster->unsourcedMembers > 0)
            ids.push_back("");
        addSources(ids);
    }
    std::size_t shownParts = 0;
    for (; shownParts < parts.size(); ++shownParts) {
        DisplayGroup g;
        const double next = parts[shownParts].draw(g, y);
        // Room for the "... more" line unless this is the last part.
        const bool last = shownParts + 1 == parts.size() && notOnSlides == 0;
        if (next > bottomMax - pad - (last ? 0 : pen.lineH) && shownParts > 0)
            break;
        for (auto& p : g.polygons)
            body.polygons.push_back(std::move(p));
        for (auto& l : g.polylines)
            body.polylines.push_back(std::move(l));
        for (auto& c : g.circles)
            body.circles.push_back(std::move(c));
        for (auto& tx : g.texts)
            body.texts.push_back(std::move(tx));
        addSources(parts[shownParts].sources);
        y = next;
    }
    out.omitted = parts.size() - shownParts + notOnSlides;
    if (out.omitted > 0)
        y = pen.dim(body, y + 2 * u, tr(Tx::CardMoreInViewer, lang, {std::to_string(out.omitted)}));
    out.box = {{left, margin}, {right, y + pad}};
    // The plate with its title bar (ImGui's window: border, title background), then the body.
    out.items.polygons.push_back(
        rect(out.box, t.panelBackground, t.panelBorder, t.panelBorderPx * u));
    out.items.polygons.push_back(
        rect({out.box.min, {out.box.max.x, out.box.min.y + titleH}}, t.panelFrame));
    out.items.texts.push_back(
        {pen.clipped(oneLineLabel(title), right - left - 2 * pad),
         {left + 4 * u, std::round(margin + (titleH - pen.size) / 2 + pen.size * 0.95)},
         TextAnchor::Start,
         pen.size,
         t.panelText});
    for (auto& p : body.polygons)
        out.items.polygons.push_back(std::move(p));
    out.items.polylines = std::move(body.polylines);
    out.items.circles = std::move(body.circles);
    for (auto& tx : body.texts)
        out.items.texts.push_back(std::move(tx));
    return out;
}

} // namespace aimap
