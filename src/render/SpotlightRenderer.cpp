#include "render/SpotlightRenderer.hpp"

#include "render/BasemapRenderer.hpp"
#include "render/MeshBuilder.hpp"
#include "render/Tessellator.hpp"

#include <SFML/Graphics/CircleShape.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {

void SpotlightRenderer::setLit(const std::vector<const Polygon*>& provinces, const Box& world) {
    // One polygon: a rectangle far around the country, with every ring of the lit provinces cut
    // out by the odd winding rule (a hole in a lit province, Beijing in Hebei, stays veiled).
    const double w = std::max(world.max.x - world.min.x, world.max.y - world.min.y);
    const Vec2 lo{world.min.x - 10 * w, world.min.y - 10 * w};
    const Vec2 hi{world.max.x + 10 * w, world.max.y + 10 * w};
    Polygon veil{{lo, {hi.x, lo.y}, hi, {lo.x, hi.y}}};
    for (const Polygon* p : provinces)
        for (const Ring& r : *p)
            veil.push_back(r);
    m_triangles = tessellate(veil);
    m_veil.clear();
    for (const Vec2& v : m_triangles)
        m_veil.append(sf::Vertex({static_cast<float>(v.x), static_cast<float>(v.y)}));
}

void SpotlightRenderer::drawVeil(sf::RenderTarget& target, const Camera& camera,
                                 const Theme& theme) const {
    if (m_veil.getVertexCount() == 0)
        return;
    sf::VertexArray veil = m_veil;
    const sf::Color c = toSf(theme.spotlightVeil);
    for (std::size_t i = 0; i < veil.getVertexCount(); ++i)
        veil[i].color = c;
    sf::RenderStates states;
    states.transform = BasemapRenderer::cameraTransform(camera);
    target.draw(veil, states);
}

void SpotlightRenderer::drawPulses(sf::RenderTarget& target, const std::vector<ScreenMarker>& focus,
                                   double seconds, float pxScale, const Theme& theme) const {
    const double phase = std::fmod(std::max(0.0, seconds), kPulseSeconds) / kPulseSeconds;
    for (const ScreenMarker& m : focus) {
        const auto ring = [&](double radius, double width, double alpha) {
            sf::CircleShape c(static_cast<float>(radius), 72);
            c.setOrigin(static_cast<float>(radius), static_cast<float>(radius));
            c.setPosition(static_cast<float>(m.centre.x), static_cast<float>(m.centre.y));
            c.setFillColor(sf::Color::Transparent);
            c.setOutlineColor(
                toSf(theme.spotlightPulse, static_cast<std::uint8_t>(std::lround(255 * alpha))));
            c.setOutlineThickness(static_cast<float>(width));
            target.draw(c);
        };
        // Steady: the focus reads in a still image too. Then the spreading ring.
        ring(m.radiusPx + 7.0 * pxScale, 2.5 * pxScale, 0.9);
        ring(m.radiusPx + (9.0 + 28.0 * phase) * pxScale, 3.0 * pxScale,
             0.85 * (1 - phase) * (1 - phase));
    }
}

} // namespace aimap
