#include "render/RankBadges.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/Vertex.hpp>

#include "core/view/RankLayer.hpp"

#include <cmath>

namespace aimap {

Box RankBadges::badgeRect(Vec2 city, Vec2 textSize, float pxScale) {
    const double padX = 5.0 * pxScale, padY = 3.0 * pxScale, gap = 4.0 * pxScale;
    const double w = textSize.x + 2 * padX, h = textSize.y + 2 * padY;
    const double x = std::round(city.x - w / 2), y = std::round(city.y - gap - h);
    return {{x, y}, {x + w, y + h}};
}

void RankBadges::build(const std::vector<ScreenBadge>& badges, const sf::Font& font,
                       unsigned charSize, float pxScale) {
    m_items.clear();
    m_rects.clear();
    m_font = &font;
    m_charSize = charSize;
    std::vector<Vec2> points, sizes;
    std::vector<std::string> texts;
    for (const ScreenBadge& b : badges) {
        if (!std::isfinite(b.city.x) || !std::isfinite(b.city.y))
            continue;
        sf::Text t(sf::String::fromUtf8(b.text.begin(), b.text.end()), font, charSize);
        // The line's height, not the glyphs' ("#1" and "T2" get boxes of one height).
        const double h = font.getLineSpacing(charSize) * 0.8;
        const Box r = badgeRect(b.city, {t.getLocalBounds().width, h}, pxScale);
        points.push_back(b.city);
        sizes.push_back({r.max.x - r.min.x, r.max.y - r.min.y});
        texts.push_back(b.text);
    }
    const std::vector<Box> rects = placeBadges(points, sizes, 4.0 * pxScale);
    for (std::size_t i = 0; i < rects.size(); ++i) {
        const Box& r = rects[i];
        // A badge moved away from its point gets a leader line to it.
        const bool moved = points[i].x < r.min.x || points[i].x > r.max.x ||
                           points[i].y < r.max.y || points[i].y > r.max.y + 6.0 * pxScale;
        m_items.push_back({r, texts[i], points[i], moved});
        m_rects.push_back(r);
    }
}

void RankBadges::draw(sf::RenderTarget& target, const Theme& theme) const {
    if (!m_font)
        return;
    for (const Item& it : m_items) {
        if (it.leader) {
            const Vec2 c{(it.rect.min.x + it.rect.max.x) / 2, (it.rect.min.y + it.rect.max.y) / 2};
            const sf::Vertex line[] = {
                sf::Vertex(sf::Vector2f(static_cast<float>(it.point.x), static_cast<float>(it.point.y)),
                           sf::Color(40, 40, 48, 220)),
                sf::Vertex(sf::Vector2f(static_cast<float>(c.x), static_cast<float>(c.y)),
                           sf::Color(40, 40, 48, 220))};
            target.draw(line, 2, sf::Lines);
        }
    }
    for (const Item& it : m_items) {
        sf::RectangleShape box(sf::Vector2f(static_cast<float>(it.rect.max.x - it.rect.min.x),
                                            static_cast<float>(it.rect.max.y - it.rect.min.y)));
        box.setPosition(static_cast<float>(it.rect.min.x), static_cast<float>(it.rect.min.y));
        const Rgba bg = theme.rankBadge;
        box.setFillColor(sf::Color(bg.r, bg.g, bg.b, bg.a));
        box.setOutlineColor(sf::Color(255, 255, 255, 230));
        box.setOutlineThickness(1.0f);
        target.draw(box);
        sf::Text t(sf::String::fromUtf8(it.text.begin(), it.text.end()), *m_font, m_charSize);
        const sf::FloatRect b = t.getLocalBounds();
        const float cx = static_cast<float>((it.rect.min.x + it.rect.max.x) / 2);
        const float cy = static_cast<float>((it.rect.min.y + it.rect.max.y) / 2);
        t.setOrigin(std::round(b.left + b.width / 2), std::round(b.top + b.height / 2));
        t.setPosition(std::round(cx), std::round(cy));
        t.setFillColor(sf::Color(255, 255, 255));
        target.draw(t);
    }
}

} // namespace aimap
