#include "render/ProvinceLayer.hpp"

#include "render/BasemapRenderer.hpp"
#include "render/MeshBuilder.hpp"
#include "render/Tessellator.hpp"

#include <SFML/Graphics/Image.hpp>

namespace aimap {

namespace {

constexpr unsigned kHatchPx = 8; ///< one diagonal line every 8 pixels

bool sameCamera(const Camera& a, const Camera& b) {
    return a.centre().x == b.centre().x && a.centre().y == b.centre().y && a.scale() == b.scale() &&
           a.viewport().x == b.viewport().x && a.viewport().y == b.viewport().y;
}

} // namespace

void ProvinceLayer::build(const BasemapLayer& provinces) {
    // Only the layer: its fills are tessellated when a choropleth first needs them (GLU on 34
    // provinces takes a few hundred milliseconds on a loaded machine; outlines need none).
    m_layer = &provinces;
    m_fill.clear();
    m_ranges.clear();
    m_fills.assign(provinces.features.size(), std::nullopt);
    m_noData = {0, 0, 0, 0};
    m_bordersValid = false;
}

void ProvinceLayer::setFills(const std::vector<std::optional<Rgba>>& fills, Rgba noData,
                             Rgba hatch) {
    if (!m_layer)
        return;
    if (m_ranges.empty()) {
        for (const BasemapFeature& f : m_layer->features) {
            const std::size_t first = m_fill.getVertexCount();
            for (const Polygon& p : f.polygons)
                for (const Vec2& v : tessellate(p))
                    m_fill.append(sf::Vertex({static_cast<float>(v.x), static_cast<float>(v.y)}));
            m_ranges.push_back({first, m_fill.getVertexCount() - first});
        }
        m_noData = {0, 0, 0, 0}; // paint every vertex below
    }
    const bool hatchChanged = !(m_noData == noData) || !(m_hatchColour == hatch);
    bool noDataChanged = hatchChanged;
    for (std::size_t i = 0; i < m_ranges.size(); ++i) {
        const std::optional<Rgba> want = i < fills.size() ? fills[i] : std::nullopt;
        const bool same =
            want.has_value() == m_fills[i].has_value() && (!want || *want == *m_fills[i]);
        if (same && !hatchChanged)
            continue;
        noDataChanged |= !same;
        const sf::Color c = toSf(want ? *want : noData);
        for (std::size_t k = 0; k < m_ranges[i].second; ++k)
            m_fill[m_ranges[i].first + k].color = c;
        m_fills[i] = want;
    }
    m_noData = noData;
    if (hatchChanged || !m_hatchTexture) {
        m_hatchColour = hatch;
        // A diagonal line on a transparent tile, repeated: the hatching of "no data".
        sf::Image tile;
        tile.create(kHatchPx, kHatchPx, sf::Color::Transparent);
        for (unsigned k = 0; k < kHatchPx; ++k) {
            tile.setPixel(k, kHatchPx - 1 - k, toSf(hatch));
            if (k + 1 < kHatchPx)
                tile.setPixel(k + 1, kHatchPx - 1 - k, toSf(hatch, 110));
        }
        m_hatchTexture = std::make_unique<sf::Texture>();
        if (m_hatchTexture->loadFromImage(tile))
            m_hatchTexture->setRepeated(true);
        else
            m_hatchTexture.reset();
    }
    if (noDataChanged) {
        m_hatch.clear();
        for (std::size_t i = 0; i < m_ranges.size(); ++i)
            if (!m_fills[i])
                for (std::size_t k = 0; k < m_ranges[i].second; ++k)
                    m_hatch.append(m_fill[m_ranges[i].first + k]);
    }
}

void ProvinceLayer::drawChoropleth(sf::RenderTarget& target, const Camera& camera, Rgba border,
                                   float borderPx) {
    if (!m_layer || m_ranges.empty())
        return;
    sf::RenderStates world;
    world.transform = BasemapRenderer::cameraTransform(camera);
    target.draw(m_fill, world);
    if (m_hatchTexture && m_hatch.getVertexCount() > 0) {
        // Texture coordinates in screen pixels: the lines keep their spacing at every zoom.
        const sf::Transform& t = world.transform;
        for (std::size_t k = 0; k < m_hatch.getVertexCount(); ++k)
            m_hatch[k].texCoords = t.transformPoint(m_hatch[k].position);
        for (std::size_t k = 0; k < m_hatch.getVertexCount(); ++k)
            m_hatch[k].color = sf::Color::White;
        sf::RenderStates hatched = world;
        hatched.texture = m_hatchTexture.get();
        target.draw(m_hatch, hatched);
    }
    if (!m_bordersValid || !sameCamera(camera, m_bordersCamera) || borderPx != m_bordersPx ||
        !(border == m_bordersColour)) {
        m_borders.clear();
        for (const BasemapFeature& f : m_layer->features)
            for (const Polygon& p : f.polygons)
                for (const Ring& r : p)
                    appendLine(m_borders, r, true, camera, borderPx, toSf(border));
        m_bordersCamera = camera;
        m_bordersPx = borderPx;
        m_bordersColour = border;
        m_bordersValid = true;
    }
    target.draw(m_borders);
}

void ProvinceLayer::drawOutline(sf::RenderTarget& target, const Camera& camera, std::size_t i,
                                Rgba colour, float widthPx) {
    if (!m_layer || i >= m_layer->features.size())
        return;
    sf::VertexArray halo{sf::Triangles}, line{sf::Triangles};
    for (const Polygon& p : m_layer->features[i].polygons)
        for (const Ring& r : p) {
            appendLine(halo, r, true, camera, widthPx + 3, sf::Color(255, 255, 255, 200));
            appendLine(line, r, true, camera, widthPx, toSf(colour));
        }
    target.draw(halo);
    target.draw(line);
}

} // namespace aimap
