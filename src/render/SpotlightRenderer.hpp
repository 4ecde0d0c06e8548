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
    /// The veil, between the basemap and the markers (recoloured only when the theme's veil
    /// colour changes).
    void drawVeil(sf::RenderTarget& target, const Camera& camera, const Theme& theme);
    /// Rings around each focus marker (pulseRings): one steady, one spreading and fading every
    /// kPulseSeconds; `phase` in [0, 1) (kStillPulsePhase for still images).
    void drawPulses(sf::RenderTarget& target, const std::vector<ScreenMarker>& focus, double phase,
                    float pxScale, const Theme& theme) const;

private:
    sf::VertexArray m_veil{sf::Triangles};
    Rgba m_colour{0, 0, 0, 0}; ///< the veil's vertices are in it
};

} // namespace aimap
