#pragma once

#include "core/Theme.hpp"
#include "core/geo/LonLat.hpp"
#include "core/view/ZoneLayer.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <cstddef>
#include <vector>

namespace aimap {

/// One pilot-zone symbol on the screen.
struct ScreenZone {
    Vec2 centre;                ///< the city (pixels)
    std::size_t programme = 0;  ///< picks the shape and colour
    bool approved = true;       ///< by the year shown: solid; later: faint and thin
};


/// Outlined polygons (with a white halo under the approved ones) in one vertex array.
class ZoneMarkers {
public:
    void build(const std::vector<ScreenZone>& zones, const Theme& theme, float pxScale);
    void draw(sf::RenderTarget& target) const;
    bool empty() const { return m_vertices.getVertexCount() == 0; }

private:
    sf::VertexArray m_vertices{sf::Triangles};
};

} // namespace aimap
