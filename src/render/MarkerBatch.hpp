#pragma once

#include <array>

#include "core/Theme.hpp"
#include "core/pick/Picker.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Shader.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <string>
#include <vector>

namespace aimap {

/// What one marker looks like.
struct MarkerStyle {
    bool hollow = false;   ///< no value for the metric: ring only
    bool selected = false; ///< draw a selection ring around it
    bool cluster = false;  ///< a cluster: neutral fill
    bool ring = false;     ///< draw the ring of sector shares below
    std::array<float, 9> shares{}; ///< sector shares of the ring (sum <= 1; the rest is grey)
};

/// Draws proportional circles in one draw call: each marker is a screen-space quad whose fragment
/// shader (shaders/marker.frag) cuts an anti-aliased disc with an outline. When shaders are not
/// available the same batch is drawn as 48-sided polygons (no anti-aliasing, same sizes).
class MarkerBatch {
public:
    /// Load the shader from `shaderDir`/marker.frag. Returns false (and uses polygons) on failure;
    /// `error` then says why.
    bool loadShader(const std::string& shaderDir, std::string& error);
    bool usesShader() const { return m_shaderOk; }

    /// Markers must be in drawing order (sortForDrawing); styles are indexed like markers.
    /// `opacity` fades the whole batch (clusters giving way to their members, or back).
    void build(const std::vector<ScreenMarker>& markers, const std::vector<MarkerStyle>& styles,
               const Theme& theme, float pxScale, float opacity = 1.0f);
    void draw(sf::RenderTarget& target) const;

private:
    sf::Shader m_shader;
    bool m_shaderOk = false;
    sf::VertexArray m_vertices{sf::Triangles};
    sf::VertexArray m_rings{sf::Triangles}; ///< sector rings, drawn over the discs
};

} // namespace aimap
