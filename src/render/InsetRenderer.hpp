#pragma once

#include "core/Theme.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/view/InsetLayout.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace aimap {

/// Draws the South China Sea inset: a framed box (sea background, border, caption strip under
/// the map) showing the layer of data/basemap/south-china-sea.json through its own camera (the
/// main map's projection fitted to the inset's frame; see core/view/InsetLayout.hpp). China's
/// land — coast, Hainan, Taiwan, Hong Kong, Macao and the island groups — has the main map's China
/// fill and national outline, neighbours the main map's neighbour style; island polygons smaller
/// than a dot are drawn as dots; the nine dashes of the dashed line are drawn as published, each
/// one a solid dash.
///
/// The box is painted 4x multisampled into an offscreen image only when its size, caption or
/// line scale changes; each frame draws that image, so a window and --screenshot show the same
/// pixels (the window itself is not multisampled). Without offscreen images it paints directly,
/// and so does a window's first frame.
class InsetRenderer {
public:
    /// Tessellates the layer's fills (world metres) once; the layer may be empty (no inset).
    void build(const BasemapLayer& layer);
    bool empty() const { return m_empty; }

    /// Draws the inset at `placement` (window pixels). `caption`: the caption's lines (UTF-8),
    /// drawn with `font` at `charSizePx`; `pxScale` multiplies line widths and dot sizes as on
    /// the main map (window height / 1080, at least 1). `window`: a window's frame (its first
    /// frame paints directly, not multisampled); false for screenshots.
    void draw(sf::RenderTarget& target, const InsetPlacement& placement, const Box& worldBox,
              const std::vector<std::string>& caption, const sf::Font* font, unsigned charSizePx,
              float pxScale, const Theme& theme, bool window);

    /// Height of the caption strip for `lines` lines at `charSizePx` (pixels).
    static double captionHeight(std::size_t lines, unsigned charSizePx);

    /// Offscreen repaints so far (tests: panning the main map must not repaint the inset).
    std::size_t repaints() const { return m_repaints; }

private:
    void paint(sf::RenderTarget& target, const InsetPlacement& placement, const Box& worldBox,
               const std::vector<std::string>& caption, const sf::Font* font, unsigned charSizePx,
               float pxScale, const Theme& theme);

    sf::VertexArray m_neighbourFill{sf::Triangles};
    sf::VertexArray m_chinaFill{sf::Triangles};
    std::vector<std::vector<Vec2>> m_neighbourRings;
    std::vector<std::vector<Vec2>> m_chinaRings;
    std::vector<Polygon> m_islands;          ///< drawn as at least a dot
    std::vector<std::vector<Vec2>> m_dashes; ///< open lines
    bool m_empty = true;

    std::unique_ptr<sf::Texture> m_image;
    struct Key {
        double w = 0, h = 0, mapH = 0;
        std::vector<std::string> caption;
        unsigned charSize = 0;
        float pxScale = 0;
        /// The theme's colours painted (sea, fills, borders, caption): a palette switch repaints.
        std::array<Rgba, 6> colours{};
        bool operator==(const Key& o) const {
            return w == o.w && h == o.h && mapH == o.mapH && caption == o.caption &&
                   charSize == o.charSize && pxScale == o.pxScale && colours == o.colours;
        }
    } m_key;
    Rgba m_neighbourColour{}, m_chinaColour{}; ///< of the fill meshes (recoloured on a switch)
    bool m_offscreenFailed = false;
    bool m_firstDirect = true; ///< no draw call yet
    std::size_t m_repaints = 0;
};

} // namespace aimap
