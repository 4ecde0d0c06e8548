#pragma once

#include "core/display/DisplayList.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace aimap {

/// Draws a display list (core/display) with SFML: polygons tessellated by GLU (render/Tessellator),
/// lines as quads with round joins, circles as 96-sided discs with their outline inside the
/// radius, texts as sf::Text with an outline for the halo. What an SVG of the same list shows
/// (core/export/SvgWriter), drawn by the GPU; antialiasing is the target's (multisampling).
class DisplayListRenderer {
public:
    /// The font every text is drawn in (must outlive the renderer's draw calls); null: no text.
    void setFont(const sf::Font* font) { m_font = font; }

    /// Draws `list` into `target` so that the target's pixel (0, 0) shows the list's pixel
    /// `origin` (a tile of a larger image; origin {0, 0} for the whole image). Changes the
    /// target's view.
    void draw(sf::RenderTarget& target, const DisplayList& list, Vec2 origin = {0, 0}) const;

private:
    const sf::Font* m_font = nullptr;
};

} // namespace aimap
