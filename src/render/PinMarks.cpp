#include "render/PinMarks.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace aimap {

namespace {

constexpr double kBadgeRadius = 10.0; ///< pixels at UI scale 1
constexpr double kRingGap = 3.0;      ///< between the marker's edge and the ring

double ringRadius(const PinMarks::Mark& m, float px) {
    return std::max(m.markerRadiusPx, 4.0 * px) + kRingGap * px;
}

} // namespace

Box PinMarks::badgeRect(const Mark& m, float px) {
    // On the ring at its upper right (45 degrees), so that the marker's centre stays visible.
    const double d = ringRadius(m, px) * std::sqrt(0.5);
    const double r = kBadgeRadius * px;
    const Vec2 c{m.centre.x + d, m.centre.y - d};
    return {{c.x - r, c.y - r}, {c.x + r, c.y + r}};
}

void PinMarks::build(std::vector<Mark> marks, const sf::Font* font, unsigned charSize,
                     float pxScale) {
    m_marks.clear();
    m_rects.clear();
    m_font = font;
    m_charSize = charSize;
    m_px = pxScale;
    for (Mark& m : marks) {
        if (!std::isfinite(m.centre.x) || !std::isfinite(m.centre.y) ||
            !std::isfinite(m.markerRadiusPx))
            continue;
        m_rects.push_back(badgeRect(m, pxScale));
        m_marks.push_back(m);
    }
}

void PinMarks::draw(sf::RenderTarget& target) const {
    const float px = m_px;
    for (std::size_t i = 0; i < m_marks.size(); ++i) {
        const Mark& m = m_marks[i];
        const sf::Color colour(m.colour.r, m.colour.g, m.colour.b, 255);
        const auto ring = [&](float radius, float thickness, sf::Color c) {
            sf::CircleShape s(radius, std::clamp(static_cast<std::size_t>(radius), std::size_t{32},
                                                 std::size_t{128}));
            s.setOrigin(radius, radius);
            s.setPosition(static_cast<float>(m.centre.x), static_cast<float>(m.centre.y));
            s.setFillColor(sf::Color::Transparent);
            s.setOutlineColor(c);
            s.setOutlineThickness(thickness);
            target.draw(s);
        };
        // A white ring under the coloured one, wider on both sides: an edge on any ground.
        const auto r = static_cast<float>(ringRadius(m, px));
        ring(r - 1.0f * px, 5.0f * px, sf::Color(255, 255, 255, 235));
        ring(r, 3.0f * px, colour);
        const Box& b = m_rects[i];
        const float br = static_cast<float>((b.max.x - b.min.x) / 2);
        sf::CircleShape badge(br, 32);
        badge.setOrigin(br, br);
        const sf::Vector2f c(static_cast<float>((b.min.x + b.max.x) / 2),
                             static_cast<float>((b.min.y + b.max.y) / 2));
        badge.setPosition(c);
        badge.setFillColor(colour);
        badge.setOutlineColor(sf::Color(255, 255, 255, 245));
        badge.setOutlineThickness(1.5f * px);
        target.draw(badge);
        if (!m_font)
            continue;
        sf::Text t(std::to_string(m.slot + 1), *m_font, m_charSize);
        t.setStyle(sf::Text::Bold);
        const sf::FloatRect tb = t.getLocalBounds();
        t.setOrigin(std::round(tb.left + tb.width / 2), std::round(tb.top + tb.height / 2));
        t.setPosition(std::round(c.x), std::round(c.y));
        t.setFillColor(sf::Color::White);
        target.draw(t);
    }
}

} // namespace aimap
