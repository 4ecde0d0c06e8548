// The audience view of one talk frame as a display list.
//
// [SECTION] text measuring
// [SECTION] map: basemap, markers, zones, inset, labels, badges
// [SECTION] overlay: caption, legend, source line, watermark
// [SECTION] sources

#include "core/display/AudienceFrame.hpp"

#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "core/i18n/UiText.hpp"
#include "core/view/LineBreak.hpp"
#include "core/view/ZoneLayer.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace aimap {
namespace {

// [SECTION] text measuring -----------------------------------------------------------------------

constexpr double kPi = 3.14159265358979323846;

unsigned px(double v) {
    return static_cast<unsigned>(std::max(1.0, std::round(v)));
}

Rgba withAlpha(Rgba c, double a) {
    c.a = static_cast<std::uint8_t>(std::clamp(std::lround(a), 0L, 255L));
    return c;
}

Rgba shade(Rgba c, float f, std::uint8_t a) {
    return {static_cast<std::uint8_t>(std::lround(c.r * f)),
            static_cast<std::uint8_t>(std::lround(c.g * f)),
            static_cast<std::uint8_t>(std::lround(c.b * f)), a};
}

double measureWith(const AudienceInput& in, std::string_view s, unsigned size) {
    return in.measure ? in.measure(s, size) : estimateTextWidth(s, size);
}

// [SECTION] map ----------------------------------------------------------------------------------

std::vector<Vec2> toScreen(const Camera& camera, const std::vector<Vec2>& ring) {
    std::vector<Vec2> out;
    out.reserve(ring.size());
    for (const Vec2& p : ring)
        out.push_back(camera.worldToScreen(p));
    return out;
}

bool boxMeets(const Box& a, const Box& b) {
    return !(a.max.x < b.min.x || b.max.x < a.min.x || a.max.y < b.min.y || b.max.y < a.min.y);
}

Box ringBox(const std::vector<Vec2>& ring) {
    Box b;
    for (const Vec2& p : ring)
        b.expand(p);
    return b;
}

// Fills (one polygon per polygon of the layer within `view`), and the borders as lines.
void addLayer(DisplayGroup& g, const BasemapLayer* layer, const Camera& camera, const Box& view,
              Rgba fill, Rgba border, double borderPx) {
    if (!layer)
        return;
    for (const BasemapFeature& f : layer->features)
        for (const Polygon& poly : f.polygons) {
            if (poly.empty())
                continue;
            DisplayPolygon p;
            for (const Ring& r : poly)
                p.rings.push_back(toScreen(camera, r));
            if (!boxMeets(ringBox(p.rings.front()), view))
                continue;
            p.fill = fill;
            if (fill.a > 0)
                g.polygons.push_back(p);
            if (border.a > 0)
                for (auto& r : p.rings)
                    g.polylines.push_back({std::move(r), borderPx, border, true});
        }
}

void addMarkers(DisplayGroup& g, const AudienceInput& in, const Theme& t) {
    const double u = in.unit; // MarkerBatch's pxScale is the viewer's UI scale
    const double outline = 1.2 * u;
    for (const AudienceMarker& m : in.markers) {
        if (!std::isfinite(m.centre.x) || !std::isfinite(m.centre.y) || !(m.radiusPx > 0))
            continue;
        if (m.selected) {
            // As MarkerBatch: a translucent blue halo with its shaded edge, a dark ring.
            const Rgba glow = withAlpha(t.selectionHalo, t.selectionHalo.a * 0.3);
            // MarkerBatch's halo, max(9, r / 4) times the UI scale, is r / 4 times 1080's UI
            // scale here, so that it keeps its size to the marker on a larger slide.
            const double halo = m.radiusPx + std::max(9.0 * u, 0.25 * m.radiusPx * u /
                                                                   std::max(in.lineScale, 1e-9));
            g.circles.push_back(
                {m.centre, halo, glow, shade(glow, t.markerOutlineShade, 240), outline, ""});
            g.circles.push_back({m.centre, m.radiusPx + 3.0 * u, Rgba{0, 0, 0, 0},
                                 shade(t.selection, t.hollowOutlineShade, 240), outline, ""});
        }
        DisplayCircle c;
        c.centre = m.centre;
        c.radiusPx = m.radiusPx;
        c.item = m.item;
        c.strokePx = outline;
        if (m.hollow) {
            c.stroke = shade(t.markerMissing, t.hollowOutlineShade, 240);
        } else {
            c.fill = m.cluster ? t.clusterFill : t.markerFill;
            c.stroke = shade(c.fill, t.markerOutlineShade, 240);
        }
        g.circles.push_back(std::move(c));
    }
}

// A regular polygon's outline band `thickness` wide inside radius `r`, as a line on its middle.
DisplayPolyline zoneOutline(Vec2 c, const ZoneShape& shape, double r, double thickness, Rgba col) {
    const double apothem = r * std::cos(kPi / shape.sides);
    const double mid = r * std::max(0.0, apothem - thickness / 2) / apothem;
    DisplayPolyline line;
    for (int k = 0; k < shape.sides; ++k) {
        const double a = shape.rotation + 2 * kPi * k / shape.sides;
        line.points.push_back({c.x + mid * std::sin(a), c.y - mid * std::cos(a)});
    }
    line.widthPx = thickness;
    line.colour = col;
    line.closed = true;
    return line;
}

void addZones(DisplayGroup& g, const AudienceInput& in, const Theme& t) {
    const double s = in.unit;
    for (int pass = 0; pass < 2; ++pass)
        for (const AudienceZone& z : in.zones) {
            const ZoneShape shape = zoneShape(z.programme);
            const Rgba colour = t.zoneColours[std::min<std::size_t>(z.programme, 2)];
            const double r = shape.radiusPx * s;
            if (pass == 0 && z.approved)
                g.polylines.push_back(
                    zoneOutline(z.centre, shape, r + 1.5 * s, 5.5 * s, Rgba{255, 255, 255, 230}));
            else if (pass == 1)
                g.polylines.push_back(
                    zoneOutline(z.centre, shape, r, (z.approved ? 2.5 : 1.2) * s,
                                withAlpha(colour, z.approved ? 255 : t.faintZoneAlpha)));
        }
}

DisplayPolygon rect(const Box& b, Rgba fill, Rgba stroke = {0, 0, 0, 0}, double strokePx = 0) {
    DisplayPolygon p;
    p.rings.push_back({b.min, {b.max.x, b.min.y}, b.max, {b.min.x, b.max.y}});
    p.fill = fill;
    p.stroke = stroke;
    p.strokePx = strokePx;
    return p;
}

void addInset(DisplayGroup& g, const AudienceInput& in, const Theme& t) {
    if (!in.inset || !in.southChinaSea)
        return;
    const InsetPlacement& pl = *in.inset;
    const Camera local = insetCamera(pl, in.insetWorldBox);
    // The inset's camera draws relative to the map part's corner.
    Camera camera = local;
    const Vec2 o = pl.map.min;
    const auto screen = [&](const std::vector<Vec2>& ring) {
        std::vector<Vec2> out = toScreen(camera, ring);
        for (Vec2& p : out)
            p = p + o;
        return out;
    };
    const double s = std::max(1.0, in.lineScale);
    g.clip = pl.rect; // the frame's land reaches beyond the box: cut, as the inset's image is
    g.polygons.push_back(rect(pl.rect, t.sea));
    std::vector<DisplayPolyline> borders, dashes;
    std::vector<DisplayCircle> dots;
    for (const BasemapFeature& f : in.southChinaSea->features) {
        const bool china = f.group == "china" || f.group == "islands";
        if (china || f.group == "neighbour")
            for (const Polygon& poly : f.polygons) {
                DisplayPolygon p;
                for (const Ring& r : poly)
                    p.rings.push_back(screen(r));
                p.fill = china ? t.chinaLand : t.foreignLand;
                for (const auto& r : p.rings)
                    borders.push_back({r, china ? 1.8 * s : 0.8 * s,
                                       china ? t.nationalBorder : t.foreignBorder, true});
                if (f.group == "islands" && !p.rings.empty()) {
                    const Box b = ringBox(p.rings.front());
                    const double dot = 1.6 * s;
                    if (std::max(b.width(), b.height()) < 2 * dot)
                        dots.push_back({b.centre(), dot, t.nationalBorder, {0, 0, 0, 0}, 0, ""});
                }
                g.polygons.push_back(std::move(p));
            }
        for (const auto& line : f.lines)
            dashes.push_back({screen(line), 2.0 * s, t.nationalBorder, false});
    }
    // Land outside the map part (the frame reaches a little beyond it) is covered by the
    // caption strip and the frame, as on screen.
    for (auto* list : {&borders, &dashes})
        g.polylines.insert(g.polylines.end(), list->begin(), list->end());
    g.circles.insert(g.circles.end(), dots.begin(), dots.end());
    // The caption strip and the frame: drawn as a second polygon set over the lines by the
    // texts' layer order (polygons, lines, circles, texts): the strip is a text plate.
    const double border = std::max(1.0, std::round(1.5 * s));
    const Box strip{{pl.rect.min.x, pl.map.max.y}, pl.rect.max};
    DisplayGroup& cover = g;
    if (pl.rect.max.y > pl.map.max.y)
        cover.polylines.push_back({{{strip.min.x, (strip.min.y + strip.max.y) / 2},
                                    {strip.max.x, (strip.min.y + strip.max.y) / 2}},
                                   strip.height(),
                                   Rgba{255, 255, 255, 255},
                                   false});
    const Box inner{{pl.rect.min.x + border / 2, pl.rect.min.y + border / 2},
                    {pl.rect.max.x - border / 2, pl.rect.max.y - border / 2}};
    cover.polylines.push_back(
        {{inner.min, {inner.max.x, inner.min.y}, inner.max, {inner.min.x, inner.max.y}},
         border,
         t.nationalBorder,
         true});
    if (pl.rect.max.y > pl.map.max.y)
        cover.polylines.push_back({{{pl.rect.min.x, pl.map.max.y}, {pl.rect.max.x, pl.map.max.y}},
                                   border,
                                   t.nationalBorder,
                                   false});
    const double line = std::round(in.insetCaptionPx * 1.3);
    double y = pl.map.max.y + std::round(in.insetCaptionPx * 0.25);
    for (const std::string& text : in.insetCaption) {
        unsigned size = in.insetCaptionPx;
        const double room = pl.rect.width() - 6 * border;
        const double w = measureWith(in, text, size);
        if (w > room && w > 0)
            size = static_cast<unsigned>(size * room / w);
        // Centred in its line: the em box's middle on the line's middle.
        const double baseline = y + (line - size) / 2 + size * 0.88;
        cover.texts.push_back({text,
                               {pl.rect.centre().x, std::round(baseline)},
                               TextAnchor::Middle,
                               size,
                               t.labelText});
        y += line;
    }
}

void addLabels(DisplayGroup& g, const AudienceInput& in, const Theme& t) {
    for (const AudienceLabel& l : in.labels) {
        if (!l.leader || l.lines.empty())
            continue;
        const unsigned size = l.lines.front().sizePx;
        const double lineW = std::max(1.0, size / 14.0);
        const double halo = std::max(1.5, size / 9.0);
        g.polylines.push_back({{l.from, l.to},
                               lineW + 2 * halo * 0.6,
                               withAlpha(t.labelHalo, t.labelHalo.a * 0.8),
                               false});
        g.polylines.push_back(
            {{l.from, l.to}, lineW, withAlpha(t.labelText, t.labelText.a * 0.85), false});
    }
    for (const AudienceLabel& l : in.labels) {
        if (l.lines.empty())
            continue;
        const unsigned main = l.lines.front().sizePx;
        if (l.tier == 0)
            g.polygons.push_back(rect(l.rect, Rgba{255, 255, 255, 235}, t.selectionHalo,
                                      std::max(1.5, std::max(1.0, main / 14.0) * 1.5)));
        const double f = l.tier == 2 ? t.quietLabelOpacity : 1.0;
        for (const AudienceLabelLine& line : l.lines) {
            DisplayText tx;
            tx.utf8 = line.utf8;
            // sf::Text puts a line's first baseline one character size below its top.
            tx.baseline = {line.topLeft.x, line.topLeft.y + line.sizePx};
            tx.sizePx = line.sizePx;
            tx.colour = withAlpha(t.labelText, t.labelText.a * f);
            tx.halo = t.labelHalo;
            tx.haloPx = std::max(1.5, main / 9.0);
            g.texts.push_back(std::move(tx));
        }
    }
}

void addBadges(DisplayGroup& g, const AudienceInput& in, const Theme& t) {
    const unsigned size = px(14 * in.unit); // LayerScene: 14 px at UI scale 1
    for (const AudienceBadge& b : in.badges) {
        const Vec2 c = b.rect.centre();
        if (b.point.x < b.rect.min.x || b.point.x > b.rect.max.x || b.point.y < b.rect.max.y ||
            b.point.y > b.rect.max.y + 6.0 * in.unit)
            g.polylines.push_back({{b.point, c}, 1.0, Rgba{40, 40, 48, 220}, false});
        g.polygons.push_back(rect(b.rect, t.rankBadge, Rgba{255, 255, 255, 230}, 1.0));
        g.texts.push_back({b.text,
                           {c.x, std::round(c.y + size * 0.36)},
                           TextAnchor::Middle,
                           size,
                           Rgba{255, 255, 255, 255}});
    }
}

// [SECTION] overlay ------------------------------------------------------------------------------

// A panel under the overlay's text, as the ImGui panels look.
struct Panel {
    Box box;
    std::vector<DisplayText> texts;
    std::vector<DisplayCircle> circles;
    std::vector<DisplayPolyline> lines;
};

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
std::optional<Panel> sourcePanel(const AudienceInput& in, const Style& s, const Box& legend) {
    if (!in.dataset || !in.view)
        return std::nullopt;
    const std::vector<std::string> ids = audienceSourceIds(in);
    const UiLanguage lang = uiLanguage(in.view->labels);
    std::string text = sourceLineText(*in.dataset, ids, lang);
    if (text.empty())
        return std::nullopt;
    const unsigned size = px(13 * s.u);
    const double lineH = std::round(size * 1.3);
    double left = legend.empty() ? s.margin : legend.max.x + s.margin;
    double right = in.inset ? in.inset->rect.min.x - s.margin : in.sizePx.x - s.margin;
    bool bottom = right - left >= 320 * s.u;
    if (!bottom) {
        left = in.sizePx.x * 0.5;
        right = in.sizePx.x - s.margin;
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

struct Overlay {
    std::optional<Panel> caption, legend, sources;
};

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
    o.sources = sourcePanel(in, s, o.legend ? o.legend->box : Box{});
    return o;
}

void addPanel(DisplayGroup& g, const Panel& p, const Style& s) {
    const Theme& t = theme();
    g.polygons.push_back(rect(p.box, t.panelBackground, t.panelBorder, t.panelBorderPx * s.u));
    g.polylines.insert(g.polylines.end(), p.lines.begin(), p.lines.end());
    g.circles.insert(g.circles.end(), p.circles.begin(), p.circles.end());
    g.texts.insert(g.texts.end(), p.texts.begin(), p.texts.end());
}

} // namespace

double estimateTextWidth(std::string_view s, unsigned sizePx) {
    double w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        w += (n >= 3 ? 1.0 : 0.55) * sizePx;
        i += n;
    }
    return w;
}

const char* layerName(DisplayLayer layer) {
    static const char* names[kDisplayLayerCount] = {"background", "basemap", "markers",  "zones",
                                                    "inset",      "labels",  "ranks",    "legend",
                                                    "caption",    "sources", "watermark"};
    return names[static_cast<std::size_t>(layer)];
}

std::vector<const DisplayCircle*> DisplayList::markers() const {
    std::vector<const DisplayCircle*> out;
    for (const DisplayCircle& c : (*this)[DisplayLayer::Markers].circles)
        if (!c.item.empty())
            out.push_back(&c);
    return out;
}

std::vector<Box> audienceOverlayBoxes(const AudienceInput& in) {
    const Overlay o = overlayOf(in);
    std::vector<Box> boxes;
    for (const auto* p : {&o.caption, &o.legend, &o.sources})
        if (*p)
            boxes.push_back((*p)->box);
    return boxes;
}

DisplayList buildAudienceFrame(const AudienceInput& in) {
    const Theme& t = theme();
    DisplayList dl;
    dl.sizePx = in.sizePx;
    dl.fontFamily = in.fontFamily;
    dl.title = in.title;
    dl.sources = audienceSourceIds(in);
    const Box view{{0, 0}, in.sizePx};
    dl[DisplayLayer::Background].polygons.push_back(rect(view, t.sea));
    if (in.camera) {
        const double s = in.lineScale;
        DisplayGroup& base = dl[DisplayLayer::Basemap];
        addLayer(base, in.countries, *in.camera, view, t.foreignLand, t.foreignBorder, 0.8 * s);
        addLayer(base, in.provinces, *in.camera, view, t.chinaLand, t.provinceBorder, 1.0 * s);
        addLayer(base, in.outline, *in.camera, view, Rgba{0, 0, 0, 0}, t.nationalBorder, 1.8 * s);
    }
    addMarkers(dl[DisplayLayer::Markers], in, t);
    addZones(dl[DisplayLayer::Zones], in, t);
    addInset(dl[DisplayLayer::Inset], in, t);
    addLabels(dl[DisplayLayer::Labels], in, t);
    addBadges(dl[DisplayLayer::Ranks], in, t);
    const Style s = styleOf(in);
    const Overlay o = overlayOf(in);
    if (o.legend)
        addPanel(dl[DisplayLayer::Legend], *o.legend, s);
    if (o.caption)
        addPanel(dl[DisplayLayer::Caption], *o.caption, s);
    if (o.sources)
        addPanel(dl[DisplayLayer::Sources], *o.sources, s);
    if (in.dataset && in.dataset->isSynthetic()) {
        // Permanent: synthetic or example data must never pass for real figures.
        const unsigned size = px(in.sizePx.y / 9);
        const std::string word =
            tr(in.dataset->kind == "example" ? Tx::ExampleWatermark : Tx::SyntheticWatermark,
               uiLanguage(in.view ? in.view->labels : LabelMode::Both));
        const Vec2 c{in.sizePx.x / 2, in.sizePx.y / 2};
        // The baseline a third of the size below the centre, turned about the centre.
        const double a = -20 * kPi / 180, d = size * 0.35;
        DisplayText w{word,
                      {c.x - d * std::sin(a), c.y + d * std::cos(a)},
                      TextAnchor::Middle,
                      size,
                      t.watermark};
        w.rotationDeg = -20;
        dl[DisplayLayer::Watermark].texts.push_back(std::move(w));
    }
    return dl;
}

// [SECTION] sources ------------------------------------------------------------------------------

std::vector<std::string> audienceSourceIds(const AudienceInput& in) {
    std::vector<std::string> ids;
    std::set<std::string> seen;
    const auto add = [&](const std::vector<std::string>& sources) {
        if (sources.empty() && seen.insert("").second)
            ids.push_back("");
        for (const std::string& id : sources)
            if (seen.insert(id).second)
                ids.push_back(id);
    };
    if (!in.dataset || !in.view)
        return ids;
    const Dataset& ds = *in.dataset;
    const Box view{{0, 0}, in.sizePx};
    const auto inView = [&](std::size_t city) {
        if (!in.camera)
            return true;
        const Vec2 p = in.camera->worldToScreen(ds.cities[city].world);
        return p.x >= view.min.x && p.x <= view.max.x && p.y >= view.min.y && p.y <= view.max.y;
    };
    if (in.nationalCard)
        for (const NationalFigure& f : ds.national.figures)
            add(f.sources);
    for (std::size_t c = 0; c < ds.cities.size(); ++c)
        if (const Value* v = ds.value(c, in.view->metric, in.view->year); v && inView(c))
            add(v->sources);
    if (in.view->ranks)
        for (std::size_t c = 0; c < ds.cities.size(); ++c)
            if (const Value* v = ds.value(c, in.view->ranks->metric, in.view->ranks->year);
                v && inView(c))
                add(v->sources);
    for (std::size_t prog = 0; prog < ds.programmes.size() && prog < 16; ++prog)
        if (in.view->zones & (1u << prog))
            for (const PilotZone& z : ds.programmes[prog].zones)
                add(z.sources);
    return ids;
}

std::string sourceLineText(const Dataset& ds, const std::vector<std::string>& ids,
                           UiLanguage lang) {
    std::vector<std::string> parts;
    std::set<std::string> seen;
    bool unsourced = false;
    for (const std::string& id : ids) {
        if (id.empty()) {
            unsourced = true;
            continue;
        }
        const Source* s = ds.source(id);
        if (!s)
            continue;
        std::string name = !s->publisher.empty() ? s->publisher : s->title;
        if (s->date.size() >= 4 && std::all_of(s->date.begin(), s->date.begin() + 4,
                                               [](char c) { return c >= '0' && c <= '9'; }))
            name += " " + s->date.substr(0, 4); // the year ("undated" and "3月" are not)
        if (seen.insert(name).second)
            parts.push_back(std::move(name));
    }
    if (unsourced)
        parts.push_back(tr(Tx::Unsourced, lang));
    if (parts.empty())
        return {};
    std::string list;
    for (const std::string& p : parts)
        list += (list.empty() ? "" : "; ") + p;
    return tr(Tx::FrameSources, lang, {list});
}

std::string sourceIdLineText(const std::vector<std::string>& ids, UiLanguage lang) {
    // Ids as "S01": a prefix and a number. Sorted, consecutive numbers of one prefix in a range.
    struct Id {
        std::string prefix;
        long number = -1;
        std::size_t digits = 0;
        std::string text;
    };
    std::vector<Id> list;
    bool unsourced = false;
    for (const std::string& id : ids) {
        if (id.empty()) {
            unsourced = true;
            continue;
        }
        Id x;
        x.text = id;
        std::size_t d = id.size();
        while (d > 0 && id[d - 1] >= '0' && id[d - 1] <= '9')
            --d;
        x.prefix = id.substr(0, d);
        x.digits = id.size() - d;
        if (x.digits > 0 && x.digits < 10)
            x.number = std::stol(id.substr(d));
        list.push_back(std::move(x));
    }
    std::sort(list.begin(), list.end(), [](const Id& a, const Id& b) {
        return a.prefix != b.prefix   ? a.prefix < b.prefix
               : a.number != b.number ? a.number < b.number
                                      : a.text < b.text;
    });
    std::string out;
    for (std::size_t i = 0; i < list.size();) {
        std::size_t j = i;
        while (j + 1 < list.size() && list[j].number >= 0 && list[j + 1].prefix == list[i].prefix &&
               list[j + 1].number == list[j].number + 1)
            ++j;
        out += (out.empty() ? "" : ", ") + list[i].text;
        if (j >= i + 2)
            out += "\xE2\x80\x93" + list[j].text; // an en dash: three or more in a row
        else if (j == i + 1)
            out += ", " + list[j].text;
        i = j + 1;
    }
    if (unsourced)
        out += (out.empty() ? "" : ", ") + std::string(tr(Tx::Unsourced, lang));
    return out.empty() ? out : tr(Tx::FrameSourceIds, lang, {out});
}

} // namespace aimap
