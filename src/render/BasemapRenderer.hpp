#pragma once

#include "core/Theme.hpp"
#include "core/camera/Camera.hpp"
#include "core/data/BasemapLoader.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <vector>

namespace aimap {

/// The loaded basemap layers (any may be empty when its file failed to load).
struct Basemap {
    BasemapLayer countries;   ///< neighbouring countries, drawn muted underneath
    BasemapLayer provinces;   ///< 34 provincial-level divisions
    BasemapLayer prefectures; ///< prefecture outlines, fading in when zoomed in
    BasemapLayer outline;     ///< national outline
};

/// Draws the basemap: sea, land, province fills, borders. Fills are tessellated once (GLU) into
/// world-space triangle batches drawn with the camera as transform; borders are rebuilt as
/// screen-space quads only when the camera changes, so they keep a constant pixel width.
class BasemapRenderer {
public:
    void build(const Basemap& basemap);
    void draw(sf::RenderTarget& target, const Camera& camera, const Theme& theme);

    /// Triangles in all fill batches (for tests and benchmarks).
    std::size_t fillTriangleCount() const;

    /// The transform that maps world metres to the camera's screen pixels.
    static sf::Transform cameraTransform(const Camera& camera);

private:
    struct Lines {
        std::vector<std::vector<Vec2>> rings; ///< closed rings, world metres
        float widthPx = 1.0f;
        Rgba colour{0, 0, 0, 255};
        sf::VertexArray quads{sf::Triangles};
    };
    void rebuildLines(Lines& lines, const Camera& camera, float pxScale, std::uint8_t alpha);

    sf::VertexArray m_countryFill{sf::Triangles};
    sf::VertexArray m_provinceFill{sf::Triangles};
    Lines m_countryBorders;
    Lines m_provinceBorders;
    Lines m_prefectureBorders;
    Lines m_nationalBorder;
    Camera m_linesCamera;
    bool m_linesValid = false;
    std::uint8_t m_prefAlpha = 0;
};

} // namespace aimap
