#pragma once

#include "core/Theme.hpp"
#include "core/geo/LonLat.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <cstddef>
#include <vector>

namespace aimap {

/// The pinned cities' marks over the markers (issue 16, compare): a ring in the slot's colour
/// around the city's marker and a round badge with the slot's number at its upper right, both
/// edged in white so that they read on the land, the sea and the orange markers of either
/// palette.
class PinMarks {
public:
    struct Mark {
        Vec2 centre;           ///< the marker's centre (pixels)
        double markerRadiusPx; ///< the ring goes just outside it
        std::size_t slot;      ///< 0..3: shown as 1..4
        Rgba colour;
    };

    /// Where the badge of a mark goes (pixels): labels keep clear of it.
    static Box badgeRect(const Mark& m, float pxScale);

    void build(std::vector<Mark> marks, const sf::Font* font, unsigned charSize, float pxScale);
    const std::vector<Mark>& marks() const { return m_marks; }
    const std::vector<Box>& badgeRects() const { return m_rects; }
    void draw(sf::RenderTarget& target) const;

private:
    std::vector<Mark> m_marks;
    std::vector<Box> m_rects;
    const sf::Font* m_font = nullptr;
    unsigned m_charSize = 15;
    float m_px = 1;
};

} // namespace aimap
