#pragma once

#include "core/Theme.hpp"
#include "core/camera/Camera.hpp"
#include "core/data/BasemapLoader.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/System/Clock.hpp>

#include <memory>
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
///
/// The whole basemap is rendered into an offscreen texture (4x multisampled) only when the camera
/// or the window size changes, and kept as a plain texture; every other frame draws that texture
/// as one quad. Without a GPU
/// (Mesa llvmpipe) this takes the main thread's per-frame work from ~10 ms to well under 1 ms.
class BasemapRenderer {
public:
    void build(const Basemap& basemap);
    /// `allowStale`: while the camera is moving (window mode), show the cached image moved and
    /// scaled to the new camera and redraw it only once the camera has rested for a moment or
    /// drifted far; headless screenshots pass false and always get an exact image.
    void draw(sf::RenderTarget& target, const Camera& camera, const Theme& theme,
              bool allowStale = false);
    /// While a worker thread loads or indexes data, images are drawn without multisampling and
    /// not yet redrawn 4x multisampled: on a software renderer that costs ~250 ms of both cores
    /// at 1080p, which the worker needs more. The upgrade follows 300 ms after the work is done.
    void holdUpgrade(bool hold) {
        if (m_holdUpgrade && !hold)
            m_sinceHold.restart(); // not in the frame that shows the finished work either
        m_holdUpgrade = hold;
    }
    /// Multisampling of the image the cache holds (0: the quick image; tests).
    unsigned cacheSamples() const { return m_cacheSamples; }
    /// Redraws of the offscreen cache so far (tests and benchmarks).
    std::size_t cacheRedraws() const { return m_cacheRedraws; }

    /// Theme changes that repainted the cached image (tests: switching the palette must).
    std::size_t recolours() const { return m_recolours; }

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
    /// The theme's colours the meshes and the image were made in; draw() recolours the meshes
    /// (no new tessellation) and repaints when the theme it is given has others.
    struct Colours {
        Rgba sea, foreignLand, chinaLand, foreignBorder, provinceBorder, prefectureBorder,
            nationalBorder;
        bool operator==(const Colours& o) const;
    };
    static Colours coloursOf(const Theme& t);
    void recolour(const Theme& t);

    void rebuildLines(Lines& lines, const Camera& camera, float pxScale, std::uint8_t alpha);
    void drawDirect(sf::RenderTarget& target, const Camera& camera, const Theme& theme);

    sf::VertexArray m_countryFill{sf::Triangles};
    sf::VertexArray m_provinceFill{sf::Triangles};
    Lines m_countryBorders;
    Lines m_provinceBorders;
    Lines m_prefectureBorders;
    Lines m_nationalBorder;
    Camera m_linesCamera;
    bool m_linesValid = false;
    std::uint8_t m_prefAlpha = 0;
    bool renderCache(sf::Vector2u size, const Camera& camera, const Theme& theme, unsigned samples);

    const sf::Texture& cacheImage() const;

    std::unique_ptr<sf::RenderTexture> m_quick; ///< the last image, when not multisampled
    std::unique_ptr<sf::Texture> m_cache;       ///< the last image, when multisampled
    bool m_cacheFailed = false;
    unsigned m_cacheSamples = 0; ///< multisampling of the cache (0 for the quick first image)
    bool m_holdUpgrade = false;
    bool m_firstDirect = true;    ///< the first frame in a window is drawn without the cache
    bool m_noMultisample = false; ///< a multisampled offscreen image could not be made
    bool m_cacheValid = false;
    Camera m_cacheCamera;
    std::size_t m_cacheRedraws = 0;
    Colours m_colours{};
    std::size_t m_recolours = 0;
    bool m_quickRepaint = false; ///< a palette switch: the next image quick, multisampled later
    Camera m_lastCamera;   ///< camera of the previous draw call
    sf::Clock m_sinceMove; ///< time since the camera last changed
    sf::Clock m_sinceHold; ///< time since holdUpgrade(false) ended a hold
};

} // namespace aimap
