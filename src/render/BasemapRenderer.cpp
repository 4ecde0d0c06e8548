#include "render/BasemapRenderer.hpp"

#include "render/MeshBuilder.hpp"

#include <SFML/Graphics/Sprite.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

void appendFill(sf::VertexArray& out, const BasemapLayer& layer, Rgba colour) {
    for (const auto& f : layer.features)
        aimap::appendFill(out, f, colour);
}

void collectRings(std::vector<std::vector<Vec2>>& out, const BasemapLayer& layer) {
    for (const auto& f : layer.features)
        for (const auto& poly : f.polygons)
            for (const auto& ring : poly)
                out.push_back(ring);
}

bool sameView(const Camera& a, const Camera& b) {
    return a.scale() == b.scale() && a.centre().x == b.centre().x && a.centre().y == b.centre().y &&
           a.viewport().x == b.viewport().x && a.viewport().y == b.viewport().y;
}

} // namespace

sf::Transform BasemapRenderer::cameraTransform(const Camera& camera) {
    const double s = camera.scale();
    const Vec2 c = camera.centre();
    const Vec2 v = camera.viewport();
    return sf::Transform(static_cast<float>(s), 0.f, static_cast<float>(v.x / 2 - c.x * s), 0.f,
                         static_cast<float>(-s), static_cast<float>(v.y / 2 + c.y * s), 0.f, 0.f,
                         1.f);
}

BasemapRenderer::Colours BasemapRenderer::coloursOf(const Theme& t) {
    return {t.sea,           t.foreignLand,    t.chinaLand,
            t.foreignBorder, t.provinceBorder, t.prefectureBorder,
            t.nationalBorder};
}

bool BasemapRenderer::Colours::operator==(const Colours& o) const {
    return sea == o.sea && foreignLand == o.foreignLand && chinaLand == o.chinaLand &&
           foreignBorder == o.foreignBorder && provinceBorder == o.provinceBorder &&
           prefectureBorder == o.prefectureBorder && nationalBorder == o.nationalBorder;
}

void BasemapRenderer::recolour(const Theme& t) {
    aimap::recolour(m_countryFill, t.foreignLand);
    aimap::recolour(m_provinceFill, t.chinaLand);
    m_countryBorders.colour = t.foreignBorder;
    m_provinceBorders.colour = t.provinceBorder;
    m_prefectureBorders.colour = t.prefectureBorder;
    m_nationalBorder.colour = t.nationalBorder;
    m_colours = coloursOf(t);
    m_linesValid = false;
    // Repaint at once, without multisampling (half the cost on a software renderer: the switch
    // must not stall a talk); the 4x image follows 300 ms later, as after a worker's hold.
    if (m_cacheValid) {
        m_quickRepaint = true;
        m_sinceHold.restart();
    }
    m_cacheValid = false;
    ++m_recolours;
}

void BasemapRenderer::build(const Basemap& basemap) {
    const Theme& t = theme();
    m_colours = coloursOf(t);
    m_countryFill.clear();
    m_provinceFill.clear();
    appendFill(m_countryFill, basemap.countries, t.foreignLand);
    appendFill(m_provinceFill, basemap.provinces, t.chinaLand);
    m_countryBorders = {};
    m_provinceBorders = {};
    m_prefectureBorders = {};
    m_nationalBorder = {};
    collectRings(m_countryBorders.rings, basemap.countries);
    collectRings(m_provinceBorders.rings, basemap.provinces);
    collectRings(m_prefectureBorders.rings, basemap.prefectures);
    collectRings(m_nationalBorder.rings, basemap.outline);
    m_countryBorders.widthPx = 0.8f;
    m_countryBorders.colour = t.foreignBorder;
    m_provinceBorders.widthPx = 1.0f;
    m_provinceBorders.colour = t.provinceBorder;
    m_prefectureBorders.widthPx = 0.6f;
    m_prefectureBorders.colour = t.prefectureBorder;
    m_nationalBorder.widthPx = 1.8f;
    m_nationalBorder.colour = t.nationalBorder;
    m_linesValid = false;
    m_cacheValid = false;
}

std::size_t BasemapRenderer::fillTriangleCount() const {
    return (m_countryFill.getVertexCount() + m_provinceFill.getVertexCount()) / 3;
}

void BasemapRenderer::rebuildLines(Lines& lines, const Camera& camera, float pxScale,
                                   std::uint8_t alpha) {
    lines.quads.clear();
    if (alpha == 0)
        return;
    for (const auto& ring : lines.rings)
        appendLine(lines.quads, ring, true, camera, lines.widthPx * pxScale,
                   toSf(lines.colour, alpha));
}

void BasemapRenderer::draw(sf::RenderTarget& target, const Camera& camera, const Theme& t,
                           bool allowStale) {
    const sf::Vector2u size = target.getSize();
    if (!(coloursOf(t) == m_colours))
        recolour(t); // the palette was switched
    if (m_cacheValid && cacheImage().getSize() != size)
        m_cacheValid = false; // the window was resized
    if (m_cacheFailed || (allowStale && m_firstDirect)) {
        // No offscreen rendering: draw directly every frame. In a window, the first frame is
        // drawn directly too: the copy of an offscreen image to the window costs a software
        // renderer as much again the first time (its pipeline is compiled then), and the first
        // frame is what the user waits for. The cache is made from the next frame on.
        m_firstDirect = false;
        drawDirect(target, camera, t);
        return;
    }
    if (!sameView(camera, m_lastCamera)) {
        m_sinceMove.restart();
        m_lastCamera = camera;
    }
    // In a window the very first image is drawn without multisampling (half the cost on a
    // software renderer, so the map appears sooner); once the view has rested, it is redrawn 4x
    // multisampled. Screenshots are multisampled from the start.
    const bool upgrade = m_cacheValid && m_cacheSamples == 0 && allowStale && !m_holdUpgrade &&
                         !m_noMultisample && m_sinceMove.getElapsedTime() > sf::milliseconds(300) &&
                         m_sinceHold.getElapsedTime() > sf::milliseconds(300);
    bool redraw = !m_cacheValid || !sameView(camera, m_cacheCamera) || upgrade;
    if (redraw && m_cacheValid && allowStale && !upgrade) {
        // Keep moving the old image while the camera moves, unless it has drifted so far that
        // too much of the window would be uncovered or blurred.
        const double k = camera.scale() / m_cacheCamera.scale();
        const Vec2 shift = (m_cacheCamera.centre() - camera.centre()) * camera.scale();
        const double drift = std::max(std::fabs(shift.x) / size.x, std::fabs(shift.y) / size.y);
        const bool resting = m_sinceMove.getElapsedTime() > sf::milliseconds(150);
        redraw = resting || k > 2.0 || k < 0.5 || drift > 0.3;
    }
    if (!redraw && !sameView(camera, m_cacheCamera)) {
        const double k = camera.scale() / m_cacheCamera.scale();
        const Vec2 half{size.x / 2.0, size.y / 2.0};
        const Vec2 shift = (m_cacheCamera.centre() - camera.centre()) * camera.scale();
        sf::Transform tr;
        tr.translate(static_cast<float>(half.x + shift.x), static_cast<float>(half.y - shift.y));
        tr.scale(static_cast<float>(k), static_cast<float>(k));
        tr.translate(static_cast<float>(-half.x), static_cast<float>(-half.y));
        target.clear(toSf(t.sea));
        target.draw(sf::Sprite(cacheImage()), tr);
        return;
    }
    // In a window, the first image and those drawn while a worker is busy are not multisampled.
    const bool quick = allowStale && (m_cacheRedraws == 0 || m_holdUpgrade || m_quickRepaint);
    m_quickRepaint = m_quickRepaint && !redraw;
    const unsigned samples = quick || m_noMultisample ? 0 : 4;
    if (redraw && !renderCache(size, camera, t, samples)) {
        if (samples > 0 && renderCache(size, camera, t, 0)) {
            m_noMultisample = true; // no multisampled offscreen images here: plain ones
        } else {
            m_cacheFailed = true;
            drawDirect(target, camera, t);
            return;
        }
    }
    sf::Sprite sprite(cacheImage());
    sf::RenderStates states;
    states.blendMode = sf::BlendNone; // opaque copy: the cache covers the whole target
    target.draw(sprite, states);
}

bool BasemapRenderer::renderCache(sf::Vector2u size, const Camera& camera, const Theme& t,
                                  unsigned samples) {
    const sf::View view(
        sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y)));
    if (samples == 0) {
        // The quick image is drawn into a texture that is kept (a copy of it would cost more
        // than the drawing on a software renderer).
        if (!m_quick || m_quick->getSize() != size) {
            m_quick = std::make_unique<sf::RenderTexture>();
            if (!m_quick->create(size.x, size.y)) {
                m_quick.reset();
                return false;
            }
        }
        m_quick->setView(view);
        drawDirect(*m_quick, camera, t);
        m_quick->display();
        m_cache.reset();
    } else {
        // Drawn multisampled, then copied into a plain texture: the multisampled buffer (4
        // samples of 1920x1080: 33 MB on a software renderer) lives only while the image is
        // drawn.
        sf::RenderTexture offscreen;
        sf::ContextSettings settings;
        settings.antialiasingLevel = samples;
        if (!offscreen.create(size.x, size.y, settings))
            return false;
        offscreen.setView(view);
        drawDirect(offscreen, camera, t);
        offscreen.display();
        m_cache = std::make_unique<sf::Texture>(offscreen.getTexture());
        if (m_cache->getSize() != size)
            return false;
        m_quick.reset();
    }
    m_cacheSamples = samples;
    m_cacheCamera = camera;
    m_cacheValid = true;
    ++m_cacheRedraws;
    return true;
}

const sf::Texture& BasemapRenderer::cacheImage() const {
    return m_quick ? m_quick->getTexture() : *m_cache;
}

void BasemapRenderer::drawDirect(sf::RenderTarget& target, const Camera& camera, const Theme& t) {
    target.clear(toSf(t.sea));
    sf::RenderStates world;
    world.transform = cameraTransform(camera);
    target.draw(m_countryFill, world);
    target.draw(m_provinceFill, world);

    // Prefecture borders fade in between zoom levels 1 and 2 (2x to 4x the fit scale).
    const double z = camera.zoomLevel();
    const auto prefAlpha = static_cast<std::uint8_t>(std::clamp((z - 1.0) / 1.0, 0.0, 1.0) * 255.0);
    if (!m_linesValid || !sameView(camera, m_linesCamera) || prefAlpha != m_prefAlpha) {
        const float pxScale = static_cast<float>(std::max(1.0, camera.viewport().y / 1080.0));
        rebuildLines(m_countryBorders, camera, pxScale, 255);
        rebuildLines(m_prefectureBorders, camera, pxScale, prefAlpha);
        rebuildLines(m_provinceBorders, camera, pxScale, 255);
        rebuildLines(m_nationalBorder, camera, pxScale, 255);
        m_linesCamera = camera;
        m_linesValid = true;
        m_prefAlpha = prefAlpha;
    }
    target.draw(m_countryBorders.quads);
    target.draw(m_prefectureBorders.quads);
    target.draw(m_provinceBorders.quads);
    target.draw(m_nationalBorder.quads);
}

} // namespace aimap
