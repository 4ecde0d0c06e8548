// The interactive map's panels: what they are given each frame, and what they asked for applied
// (Viewer's methods; the rest of Viewer is in Viewer.cpp).

#include "app/Viewer.hpp"

#include "core/Theme.hpp"
#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "core/view/Palette.hpp"
#include "core/view/Tooltip.hpp"
#include "ui/Panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace aimap {

void Viewer::openFile(const std::string& path) {
    m_data.open(path);
}

void Viewer::openNow(const std::string& path) {
    if (const auto change = m_data.openNow(path))
        dataChanged(change->previous.get());
    else if (m_gfx)
        m_gfx->fonts.check(uiTexts());
}

UiTexts Viewer::uiTexts() const {
    return {m_data.dataset().get(), m_data.gazetteer().get(), &m_data.errors(), m_talk,
            m_map.ready() ? &m_map.provinces() : nullptr};
}

void Viewer::drawPanelsAndApply(sf::RenderTarget& target, float dtSeconds) {
    Graphics& g = *m_gfx;
    const Dataset& ds = data();
    g.imgui.newFrame(target.getSize(), dtSeconds);
    // The cards' own words follow the language setting (from the panel, a scene or a key).
    const UiLanguage lang = uiLanguage(m_view.labels);
    if (m_card && m_card->language != lang && m_view.selectedCity)
        m_card = buildCityCard(ds, *m_view.selectedCity, lang);
    if (m_clusterCard && m_clusterCard->language != lang && shownLayer())
        m_clusterCard = buildClusterCard(*shownLayer(), m_clusterCard->clusterId, lang);
    PanelInputs in;
    in.dataset = &ds;
    in.view = &m_view;
    in.summary = &summary();
    in.scale = MarkerScene::symbolScale(m_camera, summary().vMax, uiScale());
    const ClusterLayer* layer = m_frameLayer.get(); // the frame's items (hovered) index it
    if (m_hovered && (m_hovered->kind == MapItem::Kind::City || layer)) {
        const auto key = std::make_pair(layer, m_hovered->id);
        if (m_hovered->kind == MapItem::Kind::Cluster &&
            (m_hoverSourcesFor != key || m_hoverSourcesLanguage != lang)) {
            // Once per cluster: the sources of all its members.
            m_hoverSources = clusterSourcesText(*layer, m_hovered->id, lang);
            m_hoverSourcesFor = key;
            m_hoverSourcesLanguage = lang;
        }
        in.hover = tooltipFor(ds, m_view, layer, *m_hovered, m_hoverSources);
    }
    in.cityCard = m_card ? &*m_card : nullptr;
    if (m_card && m_radius)
        radiusPanel(in, lang);
    in.clusterCard = m_clusterCard ? &*m_clusterCard : nullptr;
    comparePanel(in);
    provincePanels(in, lang);
    in.clustersShown = m_frame.showsClusters();
    in.sectorRing = in.clustersShown && layer->hasSectors;
    if (m_view.clustering && !summary().additive) {
        in.clusterStatus = tr(Tx::ClusterNotAdditive, lang);
    } else if (m_view.clustering && !in.clustersShown && m_clusters.building()) {
        const std::string& id = ds.metrics[m_view.metric].id;
        const bool enterprises =
            !ds.enterprises.empty() && (id == "enterprises" || id == "enterprise_weight");
        in.clusterStatus = tr(enterprises ? Tx::GroupingEnterprises : Tx::GroupingCities, lang,
                              {formatThousands(static_cast<double>(
                                  enterprises ? ds.enterprises.size() : ds.cities.size()))});
    }
    in.attributions = &m_map.attributions();
    in.errors = &m_data.errors();
    in.loadedAt = m_data.loadedAt();
    in.dataPath = m_data.path();
    in.recentFiles = &m_data.recentFiles();
    in.bundledFile = m_data.bundledPath();
    in.loading = m_data.loading();
    in.uiScale = uiScale();
    in.roomText = m_uiScale.mode == UiScaleSetting::Mode::Room;
    in.highContrast = theme().palette == Palette::HighContrast;
    in.rankBadges = &m_layers.rankBadges();
    in.presenting = m_presenting;
    in.audienceOverlay = m_presenting && labelFont(); // drawn from the display list
    in.overlayBoxes = m_overlayBoxes;
    in.caption = m_caption;
    in.talkEditor = m_talkEditor;
    timelinePanelInputs(in);
    if (seconds() < m_toastUntil)
        in.toast = m_toast;
    rankingsPanel(in);
    const PanelIntents intents = m_panels.draw(in);
    m_panelRects = intents.panelRects;
    drawSearch(lang);
    m_talkEditorIntents = intents.talkEditor;
    g.imgui.render(target);
    applyIntents(intents);
}

// The controls first: turning "group nearby" off closes the cluster card, and a "Zoom in to split
// it" of the same frame then has no card to act on.
void Viewer::applyIntents(const PanelIntents& in) {
    const ControlsIntents& c = in.controls;
    if (c.metric)
        m_view = withMetric(data(), m_view, *c.metric);
    if (c.year)
        m_view.year = *c.year;
    if (c.timelineToggle)
        toggleTimeline();
    if (c.timelineSeek) {
        advanceTimeline();
        m_timeline.seek(*c.timelineSeek, timelineNow(), true);
    }
    if (c.labels)
        m_view.labels = *c.labels;
    if (c.sectors && *c.sectors != m_view.sectors) {
        // The map re-sizes to the chosen sectors; the card's figures follow them.
        m_view.sectors = *c.sectors;
        m_clusterCard.reset();
        if (m_view.selectedCity)
            m_card = buildCityCard(data(), *m_view.selectedCity, uiLanguage(m_view.labels));
    }
    if (c.zones)
        m_view.zones = *c.zones;
    if (c.roomText)
        m_uiScale.mode = *c.roomText ? UiScaleSetting::Mode::Room : UiScaleSetting::Mode::Desk;
    if (c.highContrast) {
        setPalette(*c.highContrast ? Palette::HighContrast : Palette::Normal);
        m_data.savePalette(theme().palette);
    }
    if (c.ranks)
        m_view.ranks = *c.ranks;
    if (c.fitView)
        fitChina();
    if (c.rankingsToggle)
        toggleRankings();
    applyRankings(in.rankings);
    if (c.clustering) {
        m_view.clustering = *c.clustering;
        m_clusterCard.reset();
    }
    if (in.cityCard.close)
        selectCity(std::nullopt);
    if (in.cityCard.radius)
        setRadius(*in.cityCard.radius);
    m_radiusToggle = in.cityCard.radiusToggle;
    m_hoveredFigure = in.cityCard.hoveredFigure;
    applyCompareIntents(in);
    if (in.clusterCard.close)
        m_clusterCard.reset();
    if (in.clusterCard.expand && m_clusterCard && m_frameLayer &&
        m_frameLayer->year == m_clusterCard->year) // of the layer on screen
        expandCluster(m_clusterCard->clusterId);
    applyProvinceIntents(in);
    if (in.openDialog.openFile)
        m_data.open(*in.openDialog.openFile);
    if (in.errorBanner.dismiss)
        m_data.dismissErrors();
}

} // namespace aimap
