#include "app/stage/FrameThumbnails.hpp"

#include "app/modes/Modes.hpp"
#include "core/Theme.hpp"

#include <SFML/Graphics/Sprite.hpp>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace aimap {

namespace {

/// A picture's width: sharp enough for the presenter view's "now" at half a laptop's screen.
constexpr unsigned kPictureWidth = 640;
/// At most this many calls wait for a frame's cluster layer; then the frame is drawn and waits
/// for it there (a layer that never comes would otherwise leave the pictures unmade).
constexpr int kMaxClusterChecks = 600;

/// Restores the ImGui context current when it was made (the viewer's panels make their own
/// current).
struct KeepImGuiContext {
    ImGuiContext* saved = ImGui::GetCurrentContext();
    ~KeepImGuiContext() { ImGui::SetCurrentContext(saved); }
};

} // namespace

FrameThumbnails::FrameThumbnails(LiveData& data, StaticMap& map)
    : m_data(data), m_viewer(data, map, {1280, 720}) {}

FrameThumbnails::~FrameThumbnails() {
    if (!m_started)
        return;
    const KeepImGuiContext keep;
    (void)m_full.setActive(true);
    m_viewer.shutdownGraphics();
    (void)m_full.setActive(false);
}

bool FrameThumbnails::start(const std::string& root, const UiScaleSetting& uiScale) {
    const KeepImGuiContext keep;
    m_viewer.setUiScale(uiScale);
    if (!resize({1280, 720}))
        return false;
    if (!m_full.setActive(true) || !m_viewer.initGraphics(root)) {
        std::fprintf(stderr, "aimap: the presenter view shows no pictures of the frames (their "
                             "offscreen drawing could not start)\n");
        return false;
    }
    m_viewer.useOwnMapImages();
    m_viewer.fitChina();
    (void)m_full.setActive(false);
    m_started = true;
    return true;
}

bool FrameThumbnails::resize(sf::Vector2u audience) {
    if (m_audience == audience)
        return true;
    // Drawn at the audience's size (the same layout to the pixel: a smaller one would wrap,
    // place and leave out things differently), then scaled down to the picture.
    const unsigned h = std::max(
        1u, static_cast<unsigned>(std::lround(double(kPictureWidth) * audience.y / audience.x)));
    if (!m_full.create(audience.x, audience.y) || !m_small.create(kPictureWidth, h)) {
        std::fprintf(stderr, "aimap: cannot make the presenter view's %ux%u offscreen image\n",
                     audience.x, audience.y);
        return false;
    }
    m_audience = audience;
    m_full.setSmooth(true);
    m_viewer.setViewport({static_cast<double>(audience.x), static_cast<double>(audience.y)});
    return true;
}

bool FrameThumbnails::make(const std::shared_ptr<const Talk>& talk,
                           const std::map<std::string, Box>& provinces,
                           const std::vector<TalkPosition>& order, sf::Vector2u size) {
    if (!m_started || !talk || size.x == 0 || size.y == 0)
        return false;
    const Key key{talk.get(), m_data.dataset().get(), static_cast<int>(theme().palette), size};
    if (!(key == m_key)) {
        const bool newData = key.data != m_key.data;
        m_pictures.clear();
        m_pending.reset();
        ++m_generation;
        m_key = key;
        const KeepImGuiContext keep;
        if (!m_full.setActive(true) || !resize(size))
            return false;
        m_viewer.setTalk(talk.get());
        if (newData && key.data) {
            m_viewer.dataChanged(nullptr);
            m_viewer.startClusters();
        }
        (void)m_full.setActive(false);
    }
    if (!key.data)
        return false;
    // A frame shown on the viewer waits for its cluster layer (built on the worker thread,
    // never waited for here) before it is drawn: each call does one short part of the work.
    if (m_pending) {
        m_viewer.startClusters(); // adopts the layer once the worker has built it
        if (!m_viewer.clustersSettled() && m_pendingChecks++ < kMaxClusterChecks)
            return false;
        const auto t0 = std::chrono::steady_clock::now();
        capture(*m_pending);
        m_pending.reset();
        m_ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
        ++m_generation;
        return true;
    }
    const auto missing = std::find_if(order.begin(), order.end(), [&](TalkPosition p) {
        return !m_pictures.count({p.scene, p.step});
    });
    if (missing == order.end() || missing->scene >= talk->scenes.size())
        return false;
    show(*talk, provinces, *missing);
    m_pending = *missing;
    m_pendingChecks = 0;
    return true;
}

void FrameThumbnails::show(const Talk& talk, const std::map<std::string, Box>& provinces,
                           TalkPosition at) {
    const KeepImGuiContext keep;
    if (!m_full.setActive(true))
        return;
    // As --screenshot shows a talk's frame: at once, its timeline at its last year.
    m_viewer.setTimelineClock(0.0);
    m_viewer.setPresenting(true);
    m_viewer.present(talk.scenes[at.scene], at.step, provinces, false);
    m_viewer.setTimelineClock(1e6);
    m_viewer.startClusters();
    (void)m_full.setActive(false);
}

void FrameThumbnails::capture(TalkPosition at) {
    const KeepImGuiContext keep;
    if (!m_full.setActive(true))
        return;
    m_viewer.selectPendingCluster(FrameMode{true});
    drawSettledFrames(m_viewer, m_full, 3);
    m_full.display();
    // Scaled down through mipmaps: smooth, where one sample per picture pixel would alias.
    (void)m_full.generateMipmap();
    sf::Sprite sprite(m_full.getTexture());
    sprite.setScale(static_cast<float>(m_small.getSize().x) / m_full.getSize().x,
                    static_cast<float>(m_small.getSize().y) / m_full.getSize().y);
    m_small.clear(sf::Color::White);
    m_small.draw(sprite);
    m_small.display();
    m_pictures[{at.scene, at.step}] = m_small.getTexture().copyToImage();
    (void)m_full.setActive(false);
}

const sf::Image* FrameThumbnails::picture(TalkPosition at) const {
    const auto it = m_pictures.find({at.scene, at.step});
    return it == m_pictures.end() ? nullptr : &it->second;
}

} // namespace aimap
