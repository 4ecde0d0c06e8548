#pragma once

#include "core/Theme.hpp"
#include "core/camera/Camera.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/pick/Picker.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <vector>

namespace aimap {

/// A talk's spotlight on the map (issue 15): a veil over everything but the lit provinces (over
/// all the land when it lights cities only), and pulses around the 1-3 focus markers. Dimmed
/// markers and labels are drawn faded by their own renderers.
class SpotlightRenderer {
public:
    /// The lit provinces' polygons (world metres); the veil is tessellated once per call.
    void setLit(const std::vector<const Polygon*>& provinces, const Box& world);
    void clear() { m_veil.clear(); }
    /// The veil, between the basemap and the markers.
    void drawVeil(sf::RenderTarget& target, const Camera& camera, const Theme& theme) const;
    /// Rings around each focus marker: one steady, one spreading and fading every kPulseSeconds
    /// (at a fixed phase when `phase` is given: screenshots and exports are still images).
    void drawPulses(sf::RenderTarget& target, const std::vector<ScreenMarker>& focus,
                    double seconds, float pxScale, const Theme& theme) const;

    static constexpr double kPulseSeconds = 1.8;
    /// The veil's world triangles (tests).
    const std::vector<Vec2>& veilTriangles() const { return m_triangles; }

private:
    std::vector<Vec2> m_triangles;
    sf::VertexArray m_veil{sf::Triangles};
};

} // namespace aimap
