// The audience view of one talk frame as a display list.
// The overlay (caption, legend, source line): AudienceOverlay.cpp; the docked card:
// AudienceCard.cpp; the sources named: AudienceSources.cpp.
//
// [SECTION] the map: basemap layers, markers, spotlight, zone symbols, inset
// [SECTION] over the map: labels, rank badges, the timeline's rings and change badges, overlay
// [SECTION] buildAudienceOverlay, audienceOverlayBoxes, buildAudienceFrame

#include "core/display/AudienceFrame.hpp"

#include "core/view/SpotlightLit.hpp"

#include "core/display/AudienceOverlay.hpp"
#include "core/display/AudienceSources.hpp"
#include "core/display/DisplayShapes.hpp"

#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "core/i18n/UiText.hpp"
#include "core/view/LineBreak.hpp"
#include "core/view/UiScale.hpp"
#include "core/view/ZoneLayer.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace aimap {
namespace {

using namespace display;

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

// [SECTION] the map ---------------------------------------------------------------------------

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
        if (m.dimmed) { // a spotlight's: faded, as MarkerBatch's opacity
            c.fill.a = static_cast<std::uint8_t>(std::lround(c.fill.a * t.spotlightDimOpacity));
            c.stroke.a = static_cast<std::uint8_t>(std::lround(c.stroke.a * t.spotlightDimOpacity));
        }
        g.circles.push_back(std::move(c));
    }
}

// The spotlight's veil over all but the lit provinces (even-odd: a hole in a lit province stays
// veiled), as SpotlightRenderer; and the focus cities' rings at the still images' phase.
void addSpotlight(DisplayList& dl, const AudienceInput& in, const Theme& t) {
    if (!in.spotlight || !in.camera)
        return;
    DisplayPolygon veil;
    const double m = 4; // beyond the image's edges
    veil.rings.push_back({{-m, -m},
                          {in.sizePx.x + m, -m},
                          {in.sizePx.x + m, in.sizePx.y + m},
                          {-m, in.sizePx.y + m}});
    for (const Polygon* p : in.litProvinces)
        for (const Ring& r : *p)
            veil.rings.push_back(toScreen(*in.camera, r));
    veil.fill = t.spotlightVeil;
    // Over the basemap and its borders, under the markers.
    dl[DisplayLayer::Markers].polygons.push_back(std::move(veil));
    for (const AudienceMarker& f : in.focus)
        for (const PulseRing& r : pulseRings(f.radiusPx, kStillPulsePhase, in.unit))
            // sf::CircleShape's outline lies outside its radius: here, inside radius + width.
            dl[DisplayLayer::Zones].circles.push_back(
                {f.centre, r.radiusPx + r.widthPx, Rgba{0, 0, 0, 0},
                 withAlpha(t.spotlightPulse, 255 * r.alpha), r.widthPx, ""});
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

// [SECTION] over the map ----------------------------------------------------------------------

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
        // Quiet (no figure) and dimmed by a spotlight (tier 3 and more) as LabelRenderer.
        const double f = l.tier == 2   ? t.quietLabelOpacity
                         : l.tier >= 3 ? t.spotlightLabelOpacity
                                       : 1.0;
        const double haloF = l.tier >= 3 ? t.spotlightLabelOpacity : 1.0;
        for (const AudienceLabelLine& line : l.lines) {
            DisplayText tx;
            tx.utf8 = line.utf8;
            // sf::Text puts a line's first baseline one character size below its top.
            tx.baseline = {line.topLeft.x, line.topLeft.y + line.sizePx};
            tx.sizePx = line.sizePx;
            tx.colour = withAlpha(t.labelText, t.labelText.a * f);
            tx.halo = withAlpha(t.labelHalo, t.labelHalo.a * haloF);
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

// The legend, caption and source line, each on its panel.
/// The boxes of a laid-out overlay: caption first, then legend and source line.
std::vector<Box> boxesOf(const display::Overlay& o) {
    std::vector<Box> boxes;
    for (const auto* p : {&o.caption, &o.legend, &o.sources})
        if (*p)
            boxes.push_back((*p)->box);
    if (o.card)
        boxes.push_back(o.card->box);
    return boxes;
}

void addOverlay(DisplayList& dl, const AudienceInput& in, std::vector<Box>* boxes = nullptr) {
    Overlay o = overlayOf(in);
    if (boxes)
        *boxes = boxesOf(o);
    dl.sources = o.sourceIds;
    if (o.legend)
        addPanel(dl[DisplayLayer::Legend], *o.legend, in);
    if (o.caption)
        addPanel(dl[DisplayLayer::Caption], *o.caption, in);
    if (o.sources)
        addPanel(dl[DisplayLayer::Sources], *o.sources, in);
    if (o.card)
        dl[DisplayLayer::Cards] = std::move(o.card->items);
}

// The timeline's marks, as render/TimelineMarks draws them: the previous figures' faint rings
// over the markers, the change badges (the selection's blue, white text) over the labels.
void addTimelineMarks(DisplayList& dl, const AudienceInput& in, const Theme& t) {
    const double w = 1.5 * in.unit; // sf::CircleShape's outline, outside the radius
    for (const AudienceRing& r : in.previousRings)
        if (std::isfinite(r.radiusPx) && r.radiusPx > 0 && std::isfinite(r.centre.x) &&
            std::isfinite(r.centre.y))
            dl[DisplayLayer::Markers].circles.push_back(
                {r.centre, r.radiusPx + w, Rgba{0, 0, 0, 0}, withAlpha(t.labelText, 150), w, ""});
    const unsigned size = px(kLabelTextPx * in.unit);
    for (const AudienceChangeBadge& b : in.changeBadges) {
        DisplayGroup& g = dl[DisplayLayer::Changes];
        // The 1 px white outline lies outside the box (sf::RectangleShape's).
        g.polygons.push_back(rect(b.rect, withAlpha(t.selectionHalo, 240)));
        g.polylines.push_back({{{b.rect.min.x - 0.5, b.rect.min.y - 0.5},
                                {b.rect.max.x + 0.5, b.rect.min.y - 0.5},
                                {b.rect.max.x + 0.5, b.rect.max.y + 0.5},
                                {b.rect.min.x - 0.5, b.rect.max.y + 0.5}},
                               1.0,
                               Rgba{255, 255, 255, 230},
                               true});
        const Vec2 c = b.rect.centre();
        g.texts.push_back({b.text,
                           {c.x, std::round(c.y + size * 0.36)},
                           TextAnchor::Middle,
                           size,
                           Rgba{255, 255, 255, 255}});
    }
}

} // namespace

// [SECTION] buildAudienceOverlay, audienceOverlayBoxes, buildAudienceFrame --------------------

DisplayList buildAudienceOverlay(const AudienceInput& in, std::vector<Box>* boxes) {
    DisplayList dl;
    dl.sizePx = in.sizePx;
    dl.fontFamily = in.fontFamily;
    dl.title = in.title;
    addOverlay(dl, in, boxes);
    return dl;
}

std::vector<Box> audienceOverlayBoxes(const AudienceInput& in) {
    return boxesOf(display::overlayOf(in));
}

DisplayList buildAudienceFrame(const AudienceInput& in) {
    using namespace display;
    const Theme& t = theme();
    DisplayList dl;
    dl.sizePx = in.sizePx;
    dl.fontFamily = in.fontFamily;
    dl.title = in.title;
    const Box view{{0, 0}, in.sizePx};
    dl[DisplayLayer::Background].polygons.push_back(rect(view, t.sea));
    if (in.camera) {
        const double s = in.lineScale;
        DisplayGroup& base = dl[DisplayLayer::Basemap];
        addLayer(base, in.countries, *in.camera, view, t.foreignLand, t.foreignBorder, 0.8 * s);
        addLayer(base, in.provinces, *in.camera, view, t.chinaLand, t.provinceBorder, 1.0 * s);
        addLayer(base, in.outline, *in.camera, view, Rgba{0, 0, 0, 0}, t.nationalBorder, 1.8 * s);
    }
    addSpotlight(dl, in, t);
    addMarkers(dl[DisplayLayer::Markers], in, t);
    addTimelineMarks(dl, in, t);
    addZones(dl[DisplayLayer::Zones], in, t);
    addInset(dl[DisplayLayer::Inset], in, t);
    addLabels(dl[DisplayLayer::Labels], in, t);
    addBadges(dl[DisplayLayer::Ranks], in, t);
    addOverlay(dl, in);
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

} // namespace aimap
