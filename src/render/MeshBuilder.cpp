#include "render/MeshBuilder.hpp"

#include "render/Tessellator.hpp"

#include <cmath>

namespace aimap {

sf::Color toSf(Rgba c, std::uint8_t alpha) {
    return sf::Color(c.r, c.g, c.b, static_cast<std::uint8_t>(c.a * alpha / 255));
}

void recolour(sf::VertexArray& mesh, Rgba colour) {
    const sf::Color c = toSf(colour);
    for (std::size_t i = 0; i < mesh.getVertexCount(); ++i)
        mesh[i].color = c;
}

void appendFill(sf::VertexArray& out, const BasemapFeature& feature, Rgba colour) {
    const sf::Color c = toSf(colour);
    for (const auto& poly : feature.polygons)
        for (const Vec2& p : tessellate(poly))
            out.append(sf::Vertex({static_cast<float>(p.x), static_cast<float>(p.y)}, c));
}

void appendLine(sf::VertexArray& quads, const std::vector<Vec2>& points, bool closed,
                const Camera& camera, float widthPx, sf::Color colour) {
    const float half = widthPx / 2;
    const Box world = camera.visibleWorld();
    const std::size_t n = points.size();
    const std::size_t segments = closed ? n : (n > 0 ? n - 1 : 0);
    for (std::size_t i = 0; i < segments; ++i) {
        const Vec2& wa = points[i];
        const Vec2& wb = points[(i + 1) % n];
        // Cull segments entirely on one side of the visible box.
        if ((wa.x < world.min.x && wb.x < world.min.x) ||
            (wa.x > world.max.x && wb.x > world.max.x) ||
            (wa.y < world.min.y && wb.y < world.min.y) ||
            (wa.y > world.max.y && wb.y > world.max.y))
            continue;
        const Vec2 a = camera.worldToScreen(wa);
        const Vec2 b = camera.worldToScreen(wb);
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double len = std::sqrt(dx * dx + dy * dy);
        if (len < 1e-6 || !std::isfinite(len))
            continue;
        const float ux = static_cast<float>(dx / len) * half;
        const float uy = static_cast<float>(dy / len) * half;
        const sf::Vector2f pa(static_cast<float>(a.x) - ux, static_cast<float>(a.y) - uy);
        const sf::Vector2f pb(static_cast<float>(b.x) + ux, static_cast<float>(b.y) + uy);
        const sf::Vector2f nrm(-uy, ux);
        const sf::Vertex v0(pa + nrm, colour), v1(pb + nrm, colour), v2(pb - nrm, colour),
            v3(pa - nrm, colour);
        quads.append(v0);
        quads.append(v1);
        quads.append(v2);
        quads.append(v0);
        quads.append(v2);
        quads.append(v3);
    }
}

} // namespace aimap
