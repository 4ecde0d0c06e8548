#include "render/ZoneMarkers.hpp"

#include <cmath>

namespace aimap {
namespace {

sf::Color toSf(Rgba c, std::uint8_t alpha) {
    return sf::Color(c.r, c.g, c.b, alpha);
}

// The outline band of a regular polygon, `thickness` pixels wide inside its edges.
void appendOutline(sf::VertexArray& out, Vec2 c, const ZoneShape& shape, double radius,
                   double thickness, sf::Color colour) {
    const double pi = std::acos(-1.0);
    const double apothem = radius * std::cos(pi / shape.sides);
    const double inner = radius * std::max(0.0, apothem - thickness) / apothem;
    const auto at = [&](int k, double r) {
        const double a = shape.rotation + 2 * pi * k / shape.sides;
        return sf::Vector2f(static_cast<float>(c.x + r * std::sin(a)),
                            static_cast<float>(c.y - r * std::cos(a)));
    };
    for (int k = 0; k < shape.sides; ++k) {
        const sf::Vector2f o0 = at(k, radius), o1 = at(k + 1, radius);
        const sf::Vector2f i0 = at(k, inner), i1 = at(k + 1, inner);
        for (const sf::Vector2f& p : {o0, o1, i1, o0, i1, i0})
            out.append(sf::Vertex(p, colour));
    }
}

} // namespace

void ZoneMarkers::build(const std::vector<ScreenZone>& zones, const Theme& theme, float pxScale) {
    m_vertices.clear();
    const double s = pxScale;
    // Halos first, then the symbols, so that a symbol is never cut by another's halo.
    for (int pass = 0; pass < 2; ++pass)
        for (const ScreenZone& z : zones) {
            if (!std::isfinite(z.centre.x) || !std::isfinite(z.centre.y))
                continue;
            const ZoneShape shape = zoneShape(z.programme);
            const Rgba colour = theme.zoneColours[std::min<std::size_t>(z.programme, 2)];
            const double r = shape.radiusPx * s;
            if (pass == 0 && z.approved)
                appendOutline(m_vertices, z.centre, shape, r + 1.5 * s, 5.5 * s,
                              sf::Color(255, 255, 255, 230));
            else if (pass == 1)
                appendOutline(m_vertices, z.centre, shape, r, (z.approved ? 2.5 : 1.2) * s,
                              toSf(colour, z.approved ? 255 : theme.faintZoneAlpha));
        }
}

void ZoneMarkers::draw(sf::RenderTarget& target) const {
    if (!empty())
        target.draw(m_vertices);
}

} // namespace aimap
