#include "render/SpotlightRenderer.hpp"

#include "core/view/SpotlightLit.hpp"
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
    m_veil.clear();
    for (const Vec2& v : tessellate(veil))
        m_veil.append(sf::Vertex({static_cast<float>(v.x), static_cast<float>(v.y)}));
    m_colour = {0, 0, 0, 0};
}

void SpotlightRenderer::drawVeil(sf::RenderTarget& target, const Camera& camera,
                                 const Theme& theme) {
    if (m_veil.getVertexCount() == 0)
        return;
    if (!(m_colour == theme.spotlightVeil)) {
        recolour(m_veil, theme.spotlightVeil);
        m_colour = theme.spotlightVeil;
    }
    sf::RenderStates states;
    states.transform = BasemapRenderer::cameraTransform(camera);
    target.draw(m_veil, states);
}

void SpotlightRenderer::drawPulses(sf::RenderTarget& target, const std::vector<ScreenMarker>& focus,
                                   double phase, float pxScale, const Theme& theme) const {
    for (const ScreenMarker& m : focus)
        for (const PulseRing& r : pulseRings(m.radiusPx, phase, pxScale)) {
            sf::CircleShape c(static_cast<float>(r.radiusPx), 72);
            c.setOrigin(static_cast<float>(r.radiusPx), static_cast<float>(r.radiusPx));
            c.setPosition(static_cast<float>(m.centre.x), static_cast<float>(m.centre.y));
            c.setFillColor(sf::Color::Transparent);
            c.setOutlineColor(
                toSf(theme.spotlightPulse, static_cast<std::uint8_t>(std::lround(255 * r.alpha))));
            c.setOutlineThickness(static_cast<float>(r.widthPx));
            target.draw(c);
        }
}

} // namespace aimap
