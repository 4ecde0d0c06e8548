#pragma once

#include "core/Theme.hpp"
#include "core/camera/Camera.hpp"
#include "core/data/BasemapLoader.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace aimap {

/// The provinces as a layer of their own over the basemap (issue 16): the choropleth's fills
/// (tessellated once, recoloured when the classes change), "no data" hatching, the province
/// borders redrawn over the fills, and the outline of the hovered or opened province.
class ProvinceLayer {
public:
    /// Tessellates every province of `provinces` (world metres; the layer must outlive this).
    void build(const BasemapLayer& provinces);
    bool built() const { return m_layer != nullptr; }
    /// The fill of each feature (none: no data, hatched in `hatch` over `noData`). Recolours
    /// only what changed.
    void setFills(const std::vector<std::optional<Rgba>>& fills, Rgba noData, Rgba hatch);
    /// The fills, the hatching and the borders (in `border`, `borderPx` wide).
    void drawChoropleth(sf::RenderTarget& target, const Camera& camera, Rgba border,
                        float borderPx);
    /// The outline of feature `i`, `widthPx` wide, with a white halo under it.
    void drawOutline(sf::RenderTarget& target, const Camera& camera, std::size_t i, Rgba colour,
                     float widthPx);

private:
    const BasemapLayer* m_layer = nullptr;
    sf::VertexArray m_fill{sf::Triangles};
    std::vector<std::pair<std::size_t, std::size_t>> m_ranges; ///< per feature: first, count
    std::vector<std::optional<Rgba>> m_fills;
    Rgba m_noData{0, 0, 0, 0}, m_hatchColour{0, 0, 0, 0};
    sf::VertexArray m_hatch{sf::Triangles}; ///< the no-data triangles, textured in screen space
    std::unique_ptr<sf::Texture> m_hatchTexture;
    sf::VertexArray m_borders{sf::Triangles};
    Camera m_bordersCamera;
    float m_bordersPx = 0;
    Rgba m_bordersColour{0, 0, 0, 0};
    bool m_bordersValid = false;
};

} // namespace aimap
