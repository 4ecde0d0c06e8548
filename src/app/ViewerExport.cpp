// The interactive map's frame as the audience sees it, as a display list (exports of a talk;
// issue 15): Viewer's methods for exports. The mode is app/modes/ExportMode.cpp.

#include "app/Viewer.hpp"

#include "core/display/AudienceFrame.hpp"
#include "core/view/UiScale.hpp"
#include "ui/PanelStyle.hpp"

#include <SFML/Graphics/Text.hpp>

#include <cmath>

namespace aimap {
namespace {

// What a marker stands for, for the SVG's data-item: "city:jinan", "cluster:shanghai+2".
std::string itemName(const Dataset& ds, const MapItem& d,
                     const std::vector<std::uint32_t>& cities) {
    const auto cityId = [&](std::uint32_t c) {
        return c < ds.cities.size() ? ds.cities[c].id : std::to_string(c);
    };
    switch (d.kind) {
    case MapItem::Kind::City:
        return "city:" + cityId(d.id);
    case MapItem::Kind::Cluster:
        return "cluster:" + (cities.empty() ? std::to_string(d.id) : cityId(cities.front())) +
               (cities.size() > 1 ? "+" + std::to_string(cities.size() - 1) : "");
    case MapItem::Kind::Point:
        break;
    }
    return cities.empty() ? "point:" + std::to_string(d.id) : "city:" + cityId(cities.front());
}

} // namespace

const sf::Font* Viewer::labelFont() const {
    return m_gfx && m_gfx->labels.hasFont() ? &m_gfx->labels.font() : nullptr;
}

std::string Viewer::labelFontPath() const {
    return labelFont() ? m_gfx->labels.fontPath() : std::string();
}

std::function<double(std::string_view, unsigned)> Viewer::labelTextMeasure() const {
    const sf::Font* font = labelFont();
    if (!font)
        return {};
    return [font](std::string_view s, unsigned size) {
        const sf::Text t(sf::String::fromUtf8(s.begin(), s.end()), *font, size);
        return static_cast<double>(t.findCharacterPos(t.getString().getSize()).x);
    };
}

AudienceInput Viewer::overlayInput(const InsetScene& inset, bool nationalCard) const {
    AudienceInput in;
    in.sizePx = m_camera.viewport();
    in.unit = uiScale();
    in.lineScale = in.sizePx.y / 1080.0;
    in.dataset = &data();
    in.view = &m_view;
    in.summary = &m_summary; // summary() made it for this frame's metric (buildScene)
    in.camera = &m_camera;
    in.scale = MarkerScene::symbolScale(m_camera, m_summary.vMax, uiScale());
    in.inset = inset.placement;
    in.clustersShown = m_frame.showsClusters();
    in.caption = m_caption;
    in.nationalCard = nationalCard;
    if (const sf::Font* font = labelFont())
        in.fontFamily = font->getInfo().family;
    in.measure = labelTextMeasure();
    return in;
}

DisplayList Viewer::audienceFrame(const std::string& title, bool nationalCard) {
    const FrameMode exact{true};
    advanceTimeline(); // a frame's timeline at the clock's time (exports: stopped, settled)
    updateClusters(true);
    if (m_clusterCard && !shownLayer())
        m_clusterCard.reset();
    buildScene(exact);
    const float px = uiScale();
    m_layers.build(data(), m_view, m_camera, labelFont(), px);
    // The inset of the 1920x1080 layout (beside the city or cluster card, as in the window),
    // scaled: on screen its map is at most 900 px tall, which would make it smaller on an 8K
    // slide.
    const double k = m_camera.viewport().y / 1080.0;
    const bool cardOpen = m_card || m_clusterCard;
    InsetScene inset = insetScene({m_camera.viewport().x / k, 1080.0}, static_cast<float>(px / k),
                                  cardOpen, m_view.labels, m_map.insetBox());
    if (inset.placement)
        for (Box* b : {&inset.placement->rect, &inset.placement->map})
            // Whole pixels, as on screen (and the same in every tile of a tiled image).
            *b = {{std::round(b->min.x * k), std::round(b->min.y * k)},
                  {std::round(b->max.x * k), std::round(b->max.y * k)}};
    inset.charSizePx = static_cast<unsigned>(std::lround(inset.charSizePx * k));

    AudienceInput in = overlayInput(inset, nationalCard);
    const Basemap& base = m_map.basemap();
    in.countries = &base.countries;
    in.provinces = &base.provinces;
    in.outline = &base.outline;
    in.southChinaSea = &m_map.southChinaSea();
    in.insetWorldBox = m_map.insetBox();
    in.insetCaption = inset.caption;
    in.insetCaptionPx = inset.charSizePx;
    const auto addMarkers = [&](const std::vector<ScreenMarker>& order,
                                const std::vector<MarkerStyle>& styles, bool dimmed) {
        for (std::size_t i = 0; i < order.size(); ++i) {
            const ScreenMarker& m = order[i];
            const MarkerStyle st = i < styles.size() ? styles[i] : MarkerStyle{};
            in.markers.push_back(
                {m.centre, m.radiusPx, st.hollow, st.selected, st.cluster,
                 itemName(data(), m_frame.items[m.item], m_frame.memberCities[m.item]), dimmed});
        }
    };
    if (m_spotlight.active) {
        // As drawFrame: what the spotlight does not light faded, under what it lights; its
        // labels placed last.
        const SpotlightFrame lit = applySpotlight(m_frame, m_spotlight, m_camera);
        addMarkers(lit.dimOrder, lit.dimStyles, true);
        addMarkers(lit.litOrder, lit.litStyles, false);
        in.spotlight = true;
        in.litProvinces = m_spotlight.provinceShapes;
        for (const ScreenMarker& f : lit.focus)
            in.focus.push_back({f.centre, f.radiusPx});
    } else {
        addMarkers(m_frame.order, m_frame.styles, false);
    }
    for (const ScreenZone& z : m_layers.screenZones())
        in.zones.push_back({z.centre, z.programme, z.approved});
    const auto& badges = m_layers.rankBadges();
    const auto& rects = m_layers.rankBadgeRects();
    if (badges.size() == rects.size())
        for (std::size_t i = 0; i < badges.size(); ++i)
            in.badges.push_back({rects[i], badges[i].text,
                                 m_camera.worldToScreen(data().cities[badges[i].city].world)});
    in.title = title;
    // The card the window docks at the right while presenting: the city or cluster card, else
    // the national figures; the same models the window's panels draw.
    const double cardLeft =
        in.sizePx.x - panelMargin(px) - cityCardWidth(static_cast<float>(in.sizePx.x), px);
    if (cardOpen)
        in.cardLeftPx = cardLeft;
    in.card.city = m_card ? &*m_card : nullptr;
    in.card.cluster = !m_card && m_clusterCard ? &*m_clusterCard : nullptr;
    in.card.national = nationalCard && !cardOpen;
    in.card.changeBadge = m_card ? cardChangeBadge() : std::string();
    in.card.leftPx = cardLeft;
    // Labels keep clear of the overlay and the card as they keep clear of the panels on screen
    // (and of the timeline's change badges, laid out with them).
    layOutLabels(audienceOverlayBoxes(in), inset);
    in.labels = m_gfx->labels.audienceLabels();
    for (const TimelineMarks::Ring& r : m_gfx->timelineMarks.rings())
        in.previousRings.push_back({r.centre, r.radiusPx});
    const auto& changeRects = m_gfx->timelineMarks.badgeRects();
    const auto& changeTexts = m_gfx->timelineMarks.badgeTexts();
    for (std::size_t i = 0; i < changeRects.size() && i < changeTexts.size(); ++i)
        in.changeBadges.push_back({changeRects[i], changeTexts[i]});
    return buildAudienceFrame(in);
}

DisplayList Viewer::presentingOverlay(const InsetScene& inset, std::vector<Box>& boxes) const {
    boxes.clear();
    if (!m_presenting || !labelFont())
        return {};
    AudienceInput in = overlayInput(inset, m_panels.nationalOpen());
    if (m_card || m_clusterCard) // the card's left edge (docked at the right, inside the margin)
        in.cardLeftPx = in.sizePx.x - panelMargin(uiScale()) -
                        cityCardWidth(static_cast<float>(in.sizePx.x), uiScale());
    return buildAudienceOverlay(in, &boxes);
}

} // namespace aimap
