// The interactive map.
//
// [SECTION] command line: view, camera, --select-cluster
// [SECTION] graphics
// [SECTION] frame: events, data changes, scene, drawing
// [SECTION] selection, cards, camera flights
// (the panels: ViewerPanels.cpp)

#include "app/Viewer.hpp"

#include "core/Theme.hpp"
#include "core/camera/KeepInView.hpp"
#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "core/geo/Projection.hpp"
#include "core/view/Palette.hpp"
#include "core/view/Tooltip.hpp"
#include "render/FontLocator.hpp"
#include "ui/Panels.hpp"

#include <SFML/Graphics/Text.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace aimap {

Viewer::Viewer(LiveData& data, StaticMap& map, Vec2 viewportPx) : m_data(data), m_map(map) {
    m_camera.setViewport(viewportPx);
}

double Viewer::seconds() const {
    if (m_clock)
        return *m_clock;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

float Viewer::uiScale() const {
    if (m_uiScaleOverride > 0)
        return m_uiScaleOverride;
    return uiScaleFor(m_camera.viewport().y, m_uiScale);
}

// [SECTION] command line -----------------------------------------------------------------------

std::string Viewer::resolve(const ViewRequest& request) {
    const ResolvedView r = resolveView(data(), request);
    if (!r.error.empty())
        return r.error;
    m_view = r.view;
    m_view.dataset = m_data.path();
    m_pendingClusterCity = r.clusterCity;
    return {};
}

void Viewer::applyCamera(std::optional<double> zoom, std::optional<LonLat> centre) {
    if (zoom)
        m_camera.setScale(m_camera.fitScale() * std::pow(2.0, *zoom));
    if (centre)
        m_camera.setCentre(Projection::china().forward(*centre));
    selectCity(m_view.selectedCity, false);
}

bool Viewer::selectPendingCluster(FrameMode mode) {
    if (!m_pendingClusterCity)
        return true;
    const std::size_t city = *m_pendingClusterCity;
    m_pendingClusterCity.reset();
    updateScene(mode);
    const Vec2 p = m_camera.worldToScreen(data().cities.at(city).world);
    // The topmost cluster circle over the city's position (drawn last = on top).
    for (auto m = m_frame.order.rbegin(); m != m_frame.order.rend(); ++m) {
        const MapItem& d = m_frame.items[m->item];
        if (d.kind == MapItem::Kind::Cluster &&
            std::hypot(p.x - m->centre.x, p.y - m->centre.y) <= m->radiusPx) {
            selectCity(std::nullopt);
            selectCluster(d.id, !mode.exact);
            return true;
        }
    }
    return false;
}

// [SECTION] graphics ---------------------------------------------------------------------------

bool Viewer::initGraphics(const std::string& root) {
    m_gfx = std::make_unique<Graphics>();
    std::string error;
    if (!m_gfx->markers.loadShader(root + "/shaders", error))
        std::fprintf(stderr, "aimap: %s\n", error.c_str());
    else
        for (MarkerBatch* b :
             {&m_gfx->ghosts, &m_gfx->dimmed, &m_gfx->vanishing, &m_gfx->appearing})
            b->loadShader(root + "/shaders", error);
    const std::string font = findCjkFont();
    if (font.empty())
        std::fprintf(stderr, "aimap: no font with Chinese characters found; install one: "
                             "apt-get install fonts-wqy-microhei\n");
    else
        m_gfx->labels.loadFont(font);
    m_gfx->fonts.setFontPath(font);
    if (!m_gfx->imgui.init()) {
        std::fprintf(stderr, "aimap: cannot initialise the ImGui OpenGL3 renderer\n");
        return false;
    }
    applyStyle(uiScale());
    m_styledScale = uiScale();
    m_styledPalette = theme().palette;
    m_gfx->fonts.build(uiScale(), uiTexts());
    warnAboutUndrawableText();
    return true;
}

void Viewer::useOwnMapImages() {
    m_ownMapImages = std::make_unique<OwnMapImages>();
    m_ownMapImages->basemap.build(m_map.basemap());
    m_ownMapImages->inset.build(m_map.southChinaSea());
}

void Viewer::shutdownGraphics() {
    if (m_gfx)
        m_gfx->imgui.shutdown();
}

void Viewer::setPalette(Palette p) {
    if (theme().palette != p)
        setTheme(paletteTheme(p));
}

void Viewer::rebuildFontIfNeeded() {
    if (m_gfx && (m_styledScale != uiScale() || m_styledPalette != theme().palette)) {
        applyStyle(uiScale());
        m_styledScale = uiScale();
        m_styledPalette = theme().palette;
    }
    if (m_gfx && m_gfx->fonts.rebuildIfNeeded(uiScale(), uiTexts()))
        warnAboutUndrawableText();
}

// Regression (issue 13): a name in Arabic was drawn as "?????" without a word (the panels' font
// has no Arabic). Said once per load, among the load's warnings, after the atlas holds every
// glyph the font has.
void Viewer::warnAboutUndrawableText() {
    if (!m_gfx || !m_data.dataset())
        return;
    const char32_t c = m_gfx->fonts.firstUndrawable(uiTexts());
    if (c == 0)
        return;
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    Diagnostic d{Severity::Warning, m_data.path(), "",
                 std::string("the panels cannot draw every character of the data: ") + code +
                     (c > 0xFFFF ? " (beyond U+FFFF, e.g. an emoji)"
                                 : " (the font has no glyph for it)") +
                     " shows as \"\xEF\xBF\xBD\", and so may others",
                 "write the name in Chinese or Latin letters, or install a font that has them"};
    for (const auto& e : m_data.errors())
        if (e.message == d.message)
            return;
    m_data.addErrors({d});
}

void Viewer::prewarmLabels(double budgetMs) {
    if (!m_gfx || !m_gfx->labels.hasFont() || !m_data.gazetteer())
        return;
    if (m_labelChars.empty())
        m_labelChars = labelCharacters(*m_data.gazetteer());
    m_gfx->labels.setCharacterSize(static_cast<unsigned>(std::round(kLabelTextPx * uiScale())));
    m_gfx->labels.prewarm(m_labelChars, budgetMs);
}

// [SECTION] frame ------------------------------------------------------------------------------

void Viewer::setViewport(Vec2 sizePx) {
    m_camera.setViewport(sizePx);
}

void Viewer::fitChina() {
    m_flight.reset(); // "fit" shows the whole country now
    m_camera.fit(m_map.chinaBox(), chinaMarginPx());
}

void Viewer::handleEvent(const sf::Event& e, sf::RenderWindow& window) {
    m_gfx->imgui.processEvent(e);
    if (commandKey(e)) // ViewerKeys.cpp: help, copy, the panel's controls by key
        return;
    const CameraPose before = pose();
    // ImGui knows the mouse is over a panel only from its next frame: a move onto a panel and a
    // click that arrive in one batch of events would reach the map as well (regression: the
    // controls' fold arrow also closed the card). The panels' rects of the last frame say it now.
    bool overPanel = false;
    if (e.type == sf::Event::MouseButtonPressed || e.type == sf::Event::MouseButtonReleased ||
        e.type == sf::Event::MouseWheelScrolled) {
        const Vec2 p =
            e.type == sf::Event::MouseWheelScrolled
                ? Vec2{static_cast<double>(e.mouseWheelScroll.x),
                       static_cast<double>(e.mouseWheelScroll.y)}
                : Vec2{static_cast<double>(e.mouseButton.x), static_cast<double>(e.mouseButton.y)};
        overPanel = std::any_of(m_panelRects.begin(), m_panelRects.end(), [&](const Box& b) {
            return p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y;
        });
    }
    const MapAction a = m_input.handle(e, m_camera, m_gfx->imgui.wantsMouse() || overPanel,
                                       m_gfx->imgui.wantsKeyboard());
    switch (a.kind) {
    case MapAction::Kind::Close:
        window.close();
        break;
    case MapAction::Kind::Resize: {
        window.setView(sf::View(
            sf::FloatRect(0, 0, static_cast<float>(a.point.x), static_cast<float>(a.point.y))));
        const double zoom = m_camera.scale() / m_camera.fitScale();
        const Vec2 centre = m_camera.centre();
        m_camera.setViewport(a.point);
        fitChina();
        m_camera.setScale(m_camera.fitScale() * zoom);
        m_camera.setCentre(centre);
        break;
    }
    case MapAction::Kind::Click:
        a.ctrl ? pinAt(a.point) : click(a.point, a.doubleClick); // Ctrl: compare (ViewerCompare)
        break;
    case MapAction::Kind::Pin:
        pinSelected();
        break;
    case MapAction::Kind::Fit:
        fitChina();
        break;
    case MapAction::Kind::Escape:
        if (!m_panels.closeKeyHelp() && !m_panels.closeAbout() && !m_panels.closeNational()) {
            if (m_card || m_clusterCard || m_provinceCard)
                escapeCards();
            else
                unpinLast(); // no card: Esc unpins the last pinned (compare)
        }
        break;
    case MapAction::Kind::None:
        break;
    }
    // The user took the map (drag, wheel, keys, fit) during a flight: it stops where they took
    // it. (A click that starts a flight leaves the camera as it is until the next frame.)
    const CameraPose after = pose();
    if (after.centre.x != before.centre.x || after.centre.y != before.centre.y ||
        after.scale != before.scale)
        m_flight.reset();
}

void Viewer::toast(std::string text, double forSeconds) {
    m_toast = std::move(text);
    m_toastUntil = seconds() + forSeconds;
}

bool Viewer::uiWantsKeyboard() const {
    return m_gfx && m_gfx->imgui.wantsKeyboard();
}

void Viewer::pollData() {
    bool failed = false;
    const auto change = m_data.poll(&failed);
    if (failed && m_gfx)
        m_gfx->fonts.check(uiTexts()); // the banner's text may need glyphs
    if (!change)
        return;
    m_panels.closeOpenDialog();
    dataChanged(change->previous.get());
    updateClusters(false); // started now, not after this frame's work
}

void Viewer::dataChanged(const Dataset* previous) {
    // Same metric, year and selected city (by id) when the new data has them; camera untouched.
    if (previous)
        m_view = keepAcrossReload(*previous, data(), m_view);
    m_view.dataset = m_data.path();
    m_layers.dataChanged(); // its badges point into the old data
    m_card = m_view.selectedCity ? std::optional<CityCardModel>(buildCityCard(
                                       data(), *m_view.selectedCity, uiLanguage(m_view.labels)))
                                 : std::nullopt;
    m_hovered.reset();
    m_clusterCard.reset();
    m_hoverSourcesFor.reset();
    if (m_gfx)
        m_gfx->fonts.check(uiTexts()); // rebuilt only for glyphs the atlas does not have
}

const std::shared_ptr<const Dataset>& Viewer::shown() const {
    const auto& loaded = m_data.dataset();
    const UiLanguage lang = uiLanguage(m_view.labels);
    if (loaded.get() != m_shownFrom || m_view.sectors != m_shownMask || !m_shown ||
        (m_shown != loaded && lang != m_shownLanguage)) {
        // A copy of the data on a filter change, on the UI thread: ~70 ms for a million
        // enterprises (a one-frame pause on a click; the clusters are rebuilt on the worker).
        m_shown = filterSectors(loaded, m_view.sectors, lang);
        m_shownFrom = loaded.get();
        m_shownMask = m_view.sectors;
        m_shownLanguage = lang; // the filtered metrics' labels and notes are in it
    }
    return m_shown;
}

const MetricSummary& Viewer::summary() {
    if (m_summary.dataset != shown().get() || m_summary.metric != m_view.metric)
        m_summary = summariseMetric(data(), m_view.metric);
    return m_summary;
}

bool Viewer::clusteringWanted() {
    return m_view.clustering && summary().additive;
}

void Viewer::updateClusters(bool wait) {
    if (!m_data.dataset())
        return;
    const bool first = !m_clusters.latest(); // the start-up phase is the first layer shown
    if (m_clusters.update(shown(), m_view.metric, m_view.year, clusteringWanted(), wait) && first &&
        onPhase)
        onPhase("clusters_ready");
}

const ClusterLayer* Viewer::shownLayer() const {
    if (!m_view.clustering)
        return nullptr;
    // A timeline transition keeps year A's layer until it ends (ViewerTimeline.cpp).
    if (const auto morph = yearMorph())
        if (const ClusterLayer* l = m_clusters.layerFor(shown().get(), m_view.metric, morph->from))
            return l;
    return m_clusters.layerFor(shown().get(), m_view.metric, m_view.year);
}

bool Viewer::clustersSettled() const {
    return shownLayer() || !m_view.clustering;
}

bool Viewer::clustersOnScreen() const {
    return m_frame.showsClusters();
}

void Viewer::waitForWork(std::chrono::milliseconds ms) const {
    if (m_data.loading())
        m_data.waitForLoad(ms);
    else
        m_clusters.waitForBuild(ms);
}

void Viewer::buildScene(FrameMode mode) {
    SceneInput in;
    in.dataset = &data();
    in.view = &m_view;
    in.summary = &summary();
    in.camera = &m_camera;
    in.layer = shownLayer();
    // The card's cluster is one of its year's layer (the timeline may show another year's).
    if (m_clusterCard && in.layer && in.layer->year == m_clusterCard->year)
        in.selectedCluster = m_clusterCard->clusterId;
    in.uiScale = uiScale();
    in.nowSeconds = seconds();
    in.settled = mode.exact && !mode.animated;
    in.morph = yearMorph();
    in.previousRings = m_timeline.reached() && m_timeline.year() == m_view.year;
    m_frame = m_scene.build(in);
    m_frameLayer = m_clusters.owner(in.layer);
    m_hovered.reset();
    const auto hover = m_input.hoverPoint();
    if (hover && !ImGui::GetIO().WantCaptureMouse && !overInset(*hover))
        m_hovered = m_frame.pick(*hover);
}

void Viewer::updateScene(FrameMode mode) {
    updateClusters(mode.exact);
    buildScene(mode);
}

std::optional<ScreenMarker> Viewer::markerOfCity(std::size_t city) const {
    const ClusterLayer* layer = m_frameLayer.get();
    for (const auto& m : m_frame.order) {
        const MapItem& d = m_frame.items[m.item];
        if ((d.kind == MapItem::Kind::City && d.id == city) ||
            // Inside a cluster layer the city may stand alone as a point of the layer.
            (d.kind == MapItem::Kind::Point && layer &&
             layer->members == ClusterLayer::Members::Cities && layer->member[d.id] == city))
            return m;
    }
    return std::nullopt;
}

void Viewer::drawLoadingFrame(sf::RenderTarget& target) {
    const sf::Vector2u size = target.getSize();
    m_camera.setViewport({static_cast<double>(size.x), static_cast<double>(size.y)});
    target.setView(
        sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
    basemapImage().holdUpgrade(true);
    basemapImage().draw(target, m_camera, theme(), true);
    drawInset(target, inset(), true);
    if (!m_gfx || !m_gfx->labels.hasFont())
        return;
    const std::string name = std::filesystem::path(m_data.path()).filename().string();
    const std::string line = tr(Tx::LoadingFile, uiLanguage(m_view.labels), {name});
    sf::Text text(sf::String::fromUtf8(line.begin(), line.end()), m_gfx->labels.font(),
                  static_cast<unsigned>(std::round(20.0f * uiScale())));
    text.setFillColor(sf::Color(30, 30, 30));
    const float margin = panelMargin(uiScale()) * 2;
    text.setPosition(margin, margin);
    target.draw(text);
}

void Viewer::drawFrame(sf::RenderTarget& target, float dtSeconds, FrameMode mode) {
    const sf::Vector2u size = target.getSize();
    m_camera.setViewport({static_cast<double>(size.x), static_cast<double>(size.y)});
    advanceFlight();
    advanceTimeline();
    updateClusters(mode.exact);
    if (m_clusterCard && !shownLayer())
        m_clusterCard.reset();
    buildScene(mode);
    Graphics& g = *m_gfx;
    const float px = uiScale();
    // A talk's spotlight: what it does not light is drawn faded, under what it does.
    m_pulsing.clear();
    if (m_spotlight.active) {
        SpotlightFrame lit = applySpotlight(m_frame, m_spotlight, m_camera);
        const float dim = theme().spotlightDimOpacity;
        g.ghosts.build(m_frame.ghostOrder, m_frame.ghostStyles, theme(), px,
                       m_frame.ghostOpacity * dim);
        g.dimmed.build(lit.dimOrder, lit.dimStyles, theme(), px, dim);
        g.markers.build(lit.litOrder, lit.litStyles, theme(), px);
        m_pulsing = std::move(lit.focus);
        if (!m_spotlightDrawn) {
            g.spotlight.setLit(m_spotlight.provinceShapes, m_map.chinaBox());
            m_spotlightDrawn = true;
        }
    } else {
        g.ghosts.build(m_frame.ghostOrder, m_frame.ghostStyles, theme(), px, m_frame.ghostOpacity);
        g.dimmed.build({}, {}, theme(), px);
        g.markers.build(m_frame.order, m_frame.styles, theme(), px);
    }
    // A timeline transition's circles fading out (year A's) and in (year B's).
    g.vanishing.build(m_frame.vanishing, {}, theme(), px, 1 - m_frame.morphEased);
    g.appearing.build(m_frame.appearing, {}, theme(), px, m_frame.morphEased);
    m_layers.build(data(), m_view, m_camera, g.labels.hasFont() ? &g.labels.font() : nullptr, px);
    const InsetScene inset = this->inset();
    // While presenting, the legend, caption and source line are the display list's.
    std::vector<Box> obstacles;
    const DisplayList overlay = presentingOverlay(inset, obstacles);
    m_overlayBoxes = obstacles; // the panels keep clear of them too
    obstacles.insert(obstacles.end(), m_panelRects.begin(), m_panelRects.end());
    buildPinMarks(obstacles); // compare: the pinned cities' rings (ViewerCompare.cpp)
    layOutLabels(obstacles, inset);
    target.setView(
        sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
    // Windows may show a moved copy of the basemap while the camera moves; screenshots are
    // always exact. No multisampled redraw while a worker needs the CPU, nor during a flight
    // (on a software renderer one costs 200-500 ms: a flight would halt mid-air); the 4x
    // image follows once the flight has landed.
    basemapImage().holdUpgrade(busy() || flying() || m_ownMapImages);
    basemapImage().draw(target, m_camera, theme(), !mode.exact);
    drawProvinces(target); // the choropleth and the hovered or opened province's outline
    if (m_spotlight.active)
        g.spotlight.drawVeil(target, m_camera, theme());
    g.ghosts.draw(target);
    g.dimmed.draw(target);
    g.vanishing.draw(target);
    g.appearing.draw(target);
    g.markers.draw(target);
    g.timelineMarks.drawRings(target, theme());
    m_layers.drawZones(target);
    buildRadiusRing(g.radiusRing);
    target.draw(g.radiusRing);
    // Still images (screenshots, exports) show the pulse at one fixed phase.
    g.spotlight.drawPulses(target, m_pulsing,
                           mode.exact && !mode.animated
                               ? kStillPulsePhase
                               : std::fmod(seconds(), kPulseSeconds) / kPulseSeconds,
                           px, theme());
    drawInset(target, inset, !mode.exact);
    g.labels.draw(target, theme(), m_frame.labelOpacity);
    g.timelineMarks.drawBadges(target, theme());
    m_layers.drawRanks(target, theme());
    g.pinMarks.draw(target);
    drawWatermark(target);
    g.overlay.setFont(labelFont());
    g.overlay.draw(target, overlay);
    drawPanelsAndApply(target, dtSeconds);
}

void Viewer::layOutLabels(std::vector<Box> obstacles, const InsetScene& inset) {
    Graphics& g = *m_gfx;
    const float px = uiScale();
    g.labels.setCharacterSize(static_cast<unsigned>(std::round(kLabelTextPx * px)));
    // Labels keep clear of the markers' centres (and circles where they can), the panels and
    // the inset (drawn over the markers, under labels).
    std::vector<MarkerCircle> circles;
    circles.reserve(m_frame.order.size());
    // Pilot-zone symbols are wider than small markers: labels keep clear of them too.
    std::vector<MarkerCircle> symbols;
    for (const ScreenZone& z : m_layers.screenZones())
        symbols.push_back({z.centre, zoneSymbolExtentPx(z.programme, px), 0});
    for (const ScreenMarker& m : m_frame.order)
        circles.push_back({m.centre, radiusWithSymbols(m.centre, m.radiusPx, symbols), m.item});
    if (!m_frame.vanishing.empty() || !m_frame.appearing.empty() || timelineMoving() ||
        m_timeline.reached()) {
        // The timeline: labels keep clear of the larger of a circle's two years (its label's
        // radius, MarkerScene) and of the circles fading in or out, so that they stay put
        // through a transition and after it.
        std::vector<double> labelRadius(m_frame.items.size(), 0.0);
        for (const LabelRequest& r : m_frame.labels)
            if (r.owner < labelRadius.size())
                labelRadius[r.owner] = std::max(labelRadius[r.owner], r.markerRadiusPx);
        for (MarkerCircle& c : circles)
            if (c.owner < labelRadius.size())
                c.radius = std::max(c.radius, labelRadius[c.owner]);
        for (const auto* fading : {&m_frame.vanishing, &m_frame.appearing})
            for (const ScreenMarker& m : *fading)
                circles.push_back({m.centre, m.radiusPx, m.item});
    }
    if (!symbols.empty())
        for (LabelRequest& r : m_frame.labels)
            r.markerRadiusPx = radiusWithSymbols(r.anchor, r.markerRadiusPx, symbols);
    if (inset.placement)
        obstacles.push_back(inset.placement->rect);
    // ...and of the rank badges.
    for (const Box& b : m_layers.rankBadgeRects())
        obstacles.push_back(b);
    buildTimelineMarks(obstacles); // ...and of the change badges (placed clear of the panels)
    for (const Box& b : g.timelineMarks.badgeRects())
        obstacles.push_back(b);
    g.labels.layout(m_frame.labels, circles, obstacles, m_camera.viewport());
}

const std::vector<DrawnLabel>& Viewer::drawnLabels() const {
    static const std::vector<DrawnLabel> none;
    return m_gfx ? m_gfx->labels.drawn() : none;
}

void Viewer::showView(std::size_t metric, int year, bool clustering) {
    m_view = withMetric(data(), m_view, metric);
    m_view.year = year;
    if (m_view.clustering != clustering)
        m_clusterCard.reset();
    m_view.clustering = clustering;
}

void Viewer::drawInset(sf::RenderTarget& target, const InsetScene& inset, bool window) {
    if (!inset.placement || !m_gfx)
        return;
    const double lineScale = std::max(1.0, m_camera.viewport().y / 1080.0); // as the basemap's
    insetImage().draw(target, *inset.placement, m_map.insetBox(), inset.caption,
                      m_gfx->labels.hasFont() ? &m_gfx->labels.font() : nullptr, inset.charSizePx,
                      static_cast<float>(lineScale), theme(), window);
}

void Viewer::drawWatermark(sf::RenderTarget& target) const {
    if (!data().isSynthetic() || !m_gfx->labels.hasFont())
        return;
    // Permanent: synthetic or example data must never pass for real figures.
    const sf::Vector2u size = target.getSize();
    const std::string word =
        tr(data().kind == "example" ? Tx::ExampleWatermark : Tx::SyntheticWatermark,
           uiLanguage(m_view.labels));
    sf::Text mark(sf::String::fromUtf8(word.begin(), word.end()), m_gfx->labels.font(),
                  static_cast<unsigned>(size.y / 9));
    const sf::FloatRect b = mark.getLocalBounds();
    mark.setOrigin(b.left + b.width / 2, b.top + b.height / 2);
    mark.setPosition(size.x / 2.0f, size.y / 2.0f);
    mark.setRotation(-20);
    const Rgba w = theme().watermark;
    mark.setFillColor(sf::Color(w.r, w.g, w.b, w.a));
    target.draw(mark);
}

// [SECTION] selection, cards, camera flights ---------------------------------------------------

InsetScene Viewer::inset() const {
    return insetScene(m_camera.viewport(), uiScale(), m_card || m_clusterCard, m_view.labels,
                      m_map.insetBox());
}

bool Viewer::overInset(Vec2 p) const {
    const auto r = inset().placement;
    return r && p.x >= r->rect.min.x && p.x < r->rect.max.x && p.y >= r->rect.min.y &&
           p.y < r->rect.max.y;
}

void Viewer::click(Vec2 point, bool doubleClick) {
    const auto item = overInset(point) ? std::nullopt : m_frame.pick(point);
    if (!item) {
        clickProvince(point); // no marker there: the province (or nothing)
        return;
    }
    const ClusterLayer* layer = m_frameLayer.get(); // the frame's items index it
    if (item->kind == MapItem::Kind::Cluster) {
        selectCity(std::nullopt);
        selectCluster(item->id);
        if (doubleClick)
            expandCluster(item->id);
        return;
    }
    selectCluster(std::nullopt);
    if (item->kind == MapItem::Kind::City)
        selectCity(item->id);
    else if (layer && layer->members == ClusterLayer::Members::Cities)
        selectCity(layer->member[item->id]);
    else if (layer && item->id < layer->member.size())
        // An enterprise: its city's card (figures, sector breakdown, sources).
        selectCity(layer->dataset->enterprises[layer->member[item->id]].city);
}

void Viewer::selectCity(std::optional<std::size_t> city, bool animate) {
    m_view.selectedCity = city;
    if (!city || !m_data.dataset() || *city >= data().cities.size()) {
        m_card.reset();
        return;
    }
    m_card = buildCityCard(data(), *city, uiLanguage(m_view.labels));
    keepClearOfCard(data().cities[*city].world, animate);
}

void Viewer::selectCluster(std::optional<std::uint32_t> cluster, bool animate) {
    const ClusterLayer* layer = shownLayer();
    if (!cluster || !layer) {
        m_clusterCard.reset();
        return;
    }
    m_clusterCard = buildClusterCard(*layer, *cluster, uiLanguage(m_view.labels));
    keepClearOfCard(layer->world(layer->index.clusterItem(*cluster)), animate);
}

void Viewer::keepClearOfCard(Vec2 world, bool animate) {
    // Cards dock at the right edge. What is selected stays where it is when it can be seen left
    // of the card; else the map moves (a short flight, or at once for the command line) just
    // enough to show it there, the zoom kept so that the audience keeps its bearings.
    const Vec2 size = m_camera.viewport();
    const double cardLeft =
        size.x - cityCardWidth(static_cast<float>(size.x), uiScale()) - 2 * panelMargin(uiScale());
    const Box free{{0, 0}, {cardLeft, size.y}};
    const double margin = std::max(60.0 * uiScale(), 0.08 * size.x);
    Camera moved = m_camera;
    if (const auto pan = panToShow(m_camera.worldToScreen(world), free, margin))
        moved.panPixels(*pan);
    // The inset moves beside the card, at the bottom: a city of the south coast would land
    // under it. Move the map up just enough to show it above the inset.
    if (const auto inset = this->inset().placement) {
        const Vec2 q = moved.worldToScreen(world);
        const double clear = 0.06 * size.y;
        if (q.x > inset->rect.min.x - clear && q.x < inset->rect.max.x + clear &&
            q.y > inset->rect.min.y - clear)
            moved.panPixels({0, inset->rect.min.y - clear - q.y});
    }
    if (moved.centre().x == m_camera.centre().x && moved.centre().y == m_camera.centre().y)
        return; // in view: the map never moves
    if (!animate) {
        m_camera.setCentre(moved.centre());
        return;
    }
    flyTo({moved.centre(), m_camera.scale()});
}

void Viewer::expandCluster(std::uint32_t cluster) {
    const ClusterLayer* layer = m_frameLayer.get(); // the cluster is one of the frame's
    if (!layer)
        return;
    const ClusterIndex& index = layer->index;
    const int zoom = index.getExpansionZoom(cluster);
    if (zoom < 0)
        return;
    // Just past the scale where that zoom starts, so rounding cannot keep the old level.
    const double target =
        pxPerMetreForClusterZoom(zoom, kClusterRadiusPx * uiScale(), index.options()) * 1.02;
    flyTo({layer->world(index.clusterItem(cluster)), std::max(target, m_camera.scale())});
    m_clusterCard.reset();
}

void Viewer::flyTo(CameraPose to) {
    const double now = seconds();
    const Vec2 viewport = m_camera.viewport();
    // A click during a flight starts the next one where the camera is at this moment: the map
    // never jumps (the camera still shows the pose of the last frame, a frame behind).
    m_flight = m_flight ? m_flight->redirected(now - m_flightStart, to, viewport)
                        : Flight({m_camera.centre(), m_camera.scale()}, to, viewport);
    m_flightStart = now;
}

void Viewer::advanceFlight() {
    if (!m_flight)
        return;
    const double t = seconds() - m_flightStart;
    const CameraPose p = m_flight->at(t);
    m_camera.setScale(p.scale);
    m_camera.setCentre(p.centre);
    if (m_flight->finished(t))
        m_flight.reset();
}

} // namespace aimap
