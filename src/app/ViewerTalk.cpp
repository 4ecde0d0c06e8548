// The interactive map showing a talk's frames (issue 15): Viewer's methods for presentation
// mode; the keys and the talk's position are app/modes/Presentation.

#include "app/Viewer.hpp"

#include "core/camera/FramePose.hpp"
#include "core/geo/Projection.hpp"
#include "core/talk/TalkEditing.hpp"
#include "ui/PanelStyle.hpp"

#include <cmath>

namespace aimap {

CameraPose Viewer::framePoseFor(const TalkCamera& camera,
                                const std::map<std::string, Box>& provinces, bool cardOpen) {
    Camera china = m_camera;
    china.fit(m_map.chinaBox(), chinaMarginPx());
    const double fit = china.fitScale();
    switch (camera.kind) {
    case TalkCamera::Kind::China:
        if (!cardOpen)
            return {china.centre(), fit};
        break; // the whole country, left of the card (a card over Jinan hid its circle)
    case TalkCamera::Kind::Centre:
        return {Projection::china().forward(camera.centre),
                std::clamp(fit * std::pow(2.0, camera.zoom), fit * Camera::kMinZoom,
                           fit * Camera::kMaxZoom)};
    case TalkCamera::Kind::Fit:
        break;
    }
    Box world;
    if (camera.kind == TalkCamera::Kind::China)
        world = m_map.chinaBox();
    for (std::size_t c : camera.cities)
        if (c < data().cities.size())
            world.expand(data().cities[c].world);
    for (const std::string& code : camera.provinces)
        if (const auto p = provinces.find(code); p != provinces.end() && !p->second.empty()) {
            world.expand(p->second.min);
            world.expand(p->second.max);
        }
    if (world.empty())
        return {china.centre(), fit};
    // Framed in the part of the window the panels leave: left of an open card.
    const Vec2 size = m_camera.viewport();
    const double right = cardOpen ? size.x - cityCardWidth(static_cast<float>(size.x), uiScale()) -
                                        2 * panelMargin(uiScale())
                                  : size.x;
    const Box free{{0, 0}, {right, size.y}};
    return framePose(world, size, free, std::max(60.0 * uiScale(), 0.06 * size.x),
                     fit * Camera::kMinZoom, fit * Camera::kMaxZoom);
}

void Viewer::setTalk(const Talk* talk) {
    m_talk = talk;
    if (m_gfx) // new words from the editor: the font atlas may lack their glyphs
        m_gfx->fonts.check(uiTexts());
}

TalkScene Viewer::sceneNow(std::size_t number) const {
    return sceneFromView(m_view, Projection::china().inverse(m_camera.centre()),
                         std::log2(m_camera.scale() / fitScale()),
                         {m_card.has_value(), m_clusterCard.has_value(), m_panels.nationalOpen()},
                         number);
}

void Viewer::setPresenting(bool on) {
    m_presenting = on;
    if (!on) {
        m_spotlight = {};
        m_pulsing.clear();
        m_focus.clear(); // a talk's focus cities lose their timeline badges with it
    }
}

void Viewer::present(const TalkScene& scene, std::size_t step,
                     const std::map<std::string, Box>& provinces, bool animate) {
    const TalkFrame frame = frameAt(data(), scene, step);
    const TalkCamera& camera = scene.camera;
    const CameraPose from{m_camera.centre(), m_camera.scale()};
    const std::string dataset = m_view.dataset;
    if (m_view.clustering != frame.view.clustering || m_view.sectors != frame.view.sectors)
        m_clusterCard.reset();
    m_view = frame.view;
    m_view.dataset = dataset;
    // Cards: the city's, or (once the clusters are on screen) the card of its cluster.
    m_clusterCard.reset();
    m_pendingClusterCity.reset();
    if (frame.cards.city && frame.view.selectedCity)
        selectCity(frame.view.selectedCity, false);
    else
        selectCity(std::nullopt);
    m_view.selectedCity = frame.view.selectedCity;
    if (frame.cards.cluster && frame.view.selectedCity)
        m_pendingClusterCity = frame.view.selectedCity;
    if (frame.cards.national)
        m_panels.openNational();
    else
        m_panels.closeNational();
    m_spotlight = spotlightLit(data(), frame.spotlight, m_map.provinces());
    m_spotlightDrawn = false;
    m_focus = frame.spotlight.focus; // the timeline's badges name their change
    if (frame.timeline)
        playTimeline(frame.timeline->from, frame.timeline->to);
    m_caption = uiLanguage(m_view.labels) == UiLanguage::Zh && !frame.captionZh.empty()
                    ? frame.captionZh
                    : frame.caption;
    // The camera: the scene's, left of the card; by a flight from where it was.
    // (The national card docks at the right too; exports draw the card where the window docks it.)
    const CameraPose to = framePoseFor(
        camera, provinces, frame.cards.city || frame.cards.cluster || frame.cards.national);
    m_camera.setScale(from.scale);
    m_camera.setCentre(from.centre);
    if (!animate) {
        m_flight.reset();
        m_camera.setScale(to.scale);
        m_camera.setCentre(to.centre);
        return;
    }
    flyTo(to); // from where the camera is now: a click during a flight never jumps
}

} // namespace aimap
