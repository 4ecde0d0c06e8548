#pragma once

#include "core/Theme.hpp"
#include "core/geo/LonLat.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <string>
#include <vector>

namespace aimap {

/// A rank badge to draw: its city's point and its text ("#3").
struct ScreenBadge {
    Vec2 city;        ///< the city's point (pixels)
    std::string text; ///< UTF-8
};

/// The rank layer's badges: dark boxes with light text sitting just above their city's point
/// (the marker's centre stays visible). A rank is ordinal: every badge has the same size class,
/// whatever the rank.
class RankBadges {
public:
    /// Where each badge is drawn (pixels), for the UI dump and tests.
    static Box badgeRect(Vec2 city, Vec2 textSize, float pxScale);

    void build(const std::vector<ScreenBadge>& badges, const sf::Font& font, unsigned charSize,
               float pxScale);
    void draw(sf::RenderTarget& target, const Theme& theme) const;
    const std::vector<Box>& rects() const { return m_rects; }

private:
    struct Item {
        Box rect;
        std::string text;
        Vec2 point;          ///< the city's point
        bool leader = false; ///< moved away from it: a line joins them
    };
    std::vector<Item> m_items;
    std::vector<Box> m_rects;
    const sf::Font* m_font = nullptr;
    unsigned m_charSize = 15;
};

} // namespace aimap
