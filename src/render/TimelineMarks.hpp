#pragma once

#include "core/Theme.hpp"
#include "core/geo/LonLat.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <string>
#include <vector>

namespace aimap {

/// The timeline's marks over the markers (issue 15): a faint ring at the size of a city's previous
/// figure, and a change badge ("+216% since 2018") below the marker of the selected city and a
/// talk's focus cities — never on every marker.
class TimelineMarks {
public:
    struct Ring {
        Vec2 centre;     ///< pixels
        double radiusPx; ///< the previous figure's circle on the map's scale
    };
    struct Badge {
        Vec2 centre;           ///< the marker's centre (pixels)
        double markerRadiusPx; ///< the badge sits just below the circle
        std::string text;      ///< UTF-8
    };

    /// Lays the badges out (below their markers, else above them: inside the window and clear
    /// of `obstacles`, the panels, where one of the two is); their rects are obstacles for the
    /// map's labels.
    void build(std::vector<Ring> rings, const std::vector<Badge>& badges, const sf::Font* font,
               unsigned charSize, float pxScale, Vec2 windowPx,
               const std::vector<Box>& obstacles = {});
    const std::vector<Ring>& rings() const { return m_rings; }
    const std::vector<Box>& badgeRects() const { return m_rects; }
    const std::vector<std::string>& badgeTexts() const { return m_texts; }
    void drawRings(sf::RenderTarget& target, const Theme& theme) const;
    void drawBadges(sf::RenderTarget& target, const Theme& theme) const;

private:
    std::vector<Ring> m_rings;
    std::vector<Box> m_rects;
    std::vector<std::string> m_texts;
    const sf::Font* m_font = nullptr;
    unsigned m_charSize = 15;
    float m_px = 1;
};

} // namespace aimap
