#include "render/TimelineMarks.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {

namespace {

bool meets(const Box& a, const Box& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

} // namespace

void TimelineMarks::build(std::vector<Ring> rings, const std::vector<Badge>& badges,
                          const sf::Font* font, unsigned charSize, float pxScale, Vec2 windowPx,
                          const std::vector<Box>& obstacles) {
    m_rings = std::move(rings);
    m_rects.clear();
    m_texts.clear();
    m_font = font;
    m_charSize = charSize;
    m_px = pxScale;
    if (!font)
        return;
    const double padX = 6.0 * pxScale, padY = 3.0 * pxScale, gap = 5.0 * pxScale;
    for (const Badge& b : badges) {
        if (!std::isfinite(b.centre.x) || !std::isfinite(b.centre.y))
            continue;
        const sf::Text t(sf::String::fromUtf8(b.text.begin(), b.text.end()), *font, charSize);
        const double w = t.getLocalBounds().width + 2 * padX;
        const double h = font->getLineSpacing(charSize) * 0.85 + 2 * padY;
        const double x = std::clamp(b.centre.x - w / 2, 0.0, std::max(0.0, windowPx.x - w));
        const auto at = [&](double y) {
            return Box{{std::round(x), std::round(y)}, {std::round(x + w), std::round(y + h)}};
        };
        const auto free = [&](const Box& r) {
            return r.min.y >= 0 && r.max.y <= windowPx.y &&
                   std::none_of(obstacles.begin(), obstacles.end(),
                                [&](const Box& o) { return meets(r, o); });
        };
        // Below the circle; above it when there is no room below, or a panel is there (the
        // legend had covered Jinan's "+69% since 2018" at the bottom left).
        const Box below = at(b.centre.y + b.markerRadiusPx + gap);
        const Box above = at(b.centre.y - b.markerRadiusPx - gap - h);
        Box r = below;
        if (!free(below) && (free(above) || below.max.y > windowPx.y))
            r = above;
        // Two badges (two focus cities side by side) never overlap: the later moves down.
        for (const Box& o : m_rects)
            if (meets(r, o)) {
                const double dy = o.max.y + 2 * pxScale - r.min.y;
                r.min.y += dy;
                r.max.y += dy;
            }
        m_rects.push_back(r);
        m_texts.push_back(b.text);
    }
}

void TimelineMarks::drawRings(sf::RenderTarget& target, const Theme& theme) const {
    // Faint and thin: a trace of the year before, never read as a marker of its own.
    const Rgba c = theme.labelText;
    for (const Ring& r : m_rings) {
        if (!std::isfinite(r.radiusPx) || r.radiusPx <= 0)
            continue;
        const float rad = static_cast<float>(r.radiusPx);
        sf::CircleShape ring(
            rad, std::clamp(static_cast<std::size_t>(rad), std::size_t{32}, std::size_t{128}));
        ring.setOrigin(rad, rad);
        ring.setPosition(static_cast<float>(r.centre.x), static_cast<float>(r.centre.y));
        ring.setFillColor(sf::Color::Transparent);
        ring.setOutlineColor(sf::Color(c.r, c.g, c.b, 150));
        ring.setOutlineThickness(1.5f * m_px);
        target.draw(ring);
    }
}

void TimelineMarks::drawBadges(sf::RenderTarget& target, const Theme& theme) const {
    if (!m_font)
        return;
    // The selection's blue: the badge belongs to the highlighted city, not to the rank layer.
    const Rgba bg = theme.selectionHalo;
    for (std::size_t i = 0; i < m_rects.size(); ++i) {
        const Box& r = m_rects[i];
        sf::RectangleShape box(sf::Vector2f(static_cast<float>(r.max.x - r.min.x),
                                            static_cast<float>(r.max.y - r.min.y)));
        box.setPosition(static_cast<float>(r.min.x), static_cast<float>(r.min.y));
        box.setFillColor(sf::Color(bg.r, bg.g, bg.b, 240));
        box.setOutlineColor(sf::Color(255, 255, 255, 230));
        box.setOutlineThickness(1.0f);
        target.draw(box);
        sf::Text t(sf::String::fromUtf8(m_texts[i].begin(), m_texts[i].end()), *m_font, m_charSize);
        const sf::FloatRect b = t.getLocalBounds();
        t.setOrigin(std::round(b.left + b.width / 2), std::round(b.top + b.height / 2));
        t.setPosition(std::round(static_cast<float>((r.min.x + r.max.x) / 2)),
                      std::round(static_cast<float>((r.min.y + r.max.y) / 2)));
        t.setFillColor(sf::Color(255, 255, 255));
        target.draw(t);
    }
}

} // namespace aimap
