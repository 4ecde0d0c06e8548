#include "render/LabelRenderer.hpp"

#include "core/data/Text.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <algorithm>

#include <chrono>
#include <cmath>

namespace aimap {

bool LabelRenderer::loadFont(const std::string& path) {
    m_fontOk = !path.empty() && m_font.loadFromFile(path);
    m_fontPath = m_fontOk ? path : std::string();
    return m_fontOk;
}

std::vector<std::size_t> LabelRenderer::layout(const std::vector<LabelRequest>& requests,
                                               const std::vector<MarkerCircle>& markers,
                                               const std::vector<Box>& obstacles, Vec2 viewport) {
    const auto sameBox = [](const Box& x, const Box& y) {
        return x.min.x == y.min.x && x.min.y == y.min.y && x.max.x == y.max.x && x.max.y == y.max.y;
    };
    const auto sameBoxes = [&](const std::vector<Box>& a, const std::vector<Box>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameBox);
    };
    const auto sameCircles = [](const std::vector<MarkerCircle>& a,
                                const std::vector<MarkerCircle>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
            return x.centre.x == y.centre.x && x.centre.y == y.centre.y && x.radius == y.radius &&
                   x.owner == y.owner;
        });
    };
    if (requests == m_lastRequests && sameBoxes(obstacles, m_lastObstacles) &&
        sameCircles(markers, m_lastMarkers) && viewport.x == m_lastViewport.x &&
        viewport.y == m_lastViewport.y && m_charSize == m_lastCharSize)
        return m_lastItems;
    m_lastRequests = requests;
    m_lastObstacles = obstacles;
    m_lastMarkers = markers;
    m_lastViewport = viewport;
    m_lastCharSize = m_charSize;
    m_placed.clear();
    m_drawn.clear();
    std::vector<std::size_t> items;
    if (!m_fontOk)
        return m_lastItems = items;
    // Only the kMaxCandidates requests that would be placed first are measured and placed.
    std::vector<std::size_t> ranked(requests.size());
    for (std::size_t i = 0; i < ranked.size(); ++i)
        ranked[i] = i;
    std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
        const LabelRequest& x = requests[a];
        const LabelRequest& y = requests[b];
        if (x.tier != y.tier)
            return x.tier < y.tier;
        return x.priority != y.priority ? x.priority > y.priority : x.item < y.item;
    });
    if (ranked.size() > kMaxCandidates)
        ranked.resize(kMaxCandidates);
    // Room around the text: its halo; the selected label's plate and frame a little more.
    const auto padOf = [&](int tier) {
        return tier == 0 ? 2.0f + std::max(2.0f, m_charSize / 6.0f) : 2.0f;
    };
    const unsigned subSize = std::max(8u, static_cast<unsigned>(std::lround(m_charSize * 0.85)));
    std::vector<Placed> texts;
    std::vector<LabelWish> wishes;
    texts.reserve(ranked.size());
    for (const std::size_t ri : ranked) {
        const LabelRequest& r = requests[ri];
        const std::string line = oneLineLabel(r.text);
        Placed p;
        p.tier = r.tier;
        p.text = sf::Text(sf::String::fromUtf8(line.begin(), line.end()), m_font, m_charSize);
        // Heights from the font's line spacing, not the glyphs: labels of one size line up and
        // "Xi'an" is as tall as "Guangzhou".
        const float lineH = m_font.getLineSpacing(m_charSize);
        float w = p.text.getLocalBounds().width + p.text.getLocalBounds().left;
        float h = lineH;
        if (!r.subtext.empty()) {
            const std::string sub = oneLineLabel(r.subtext);
            p.sub = sf::Text(sf::String::fromUtf8(sub.begin(), sub.end()), m_font, subSize);
            w = std::max(w, p.sub->getLocalBounds().width + p.sub->getLocalBounds().left);
            h += m_font.getLineSpacing(subSize);
        }
        if (line.empty() && p.sub)
            h -= lineH;
        LabelWish wish;
        wish.id = r.item;
        wish.owner = r.owner;
        wish.anchor = r.anchor;
        wish.radius = r.markerRadiusPx;
        const float pad = padOf(r.tier);
        wish.size = {std::round(w + 2 * pad), std::round(h + 2 * pad)};
        wish.tier = r.tier;
        wish.priority = r.priority;
        wish.leaders = r.leaders && r.tier < 2;
        wishes.push_back(wish);
        texts.push_back(std::move(p));
    }
    LabelLayoutParams params;
    params.viewport = viewport;
    params.gap = 3.0 + m_charSize * 0.1;
    params.leaderStep = std::max(12.0, m_charSize * 1.4);
    for (const PlacedLabel& pl : layoutLabels(wishes, markers, obstacles, params)) {
        Placed p = texts[pl.wish];
        const LabelRequest& r = requests[ranked[pl.wish]];
        const double lineH = m_font.getLineSpacing(m_charSize);
        const float pad = padOf(r.tier);
        const float x = static_cast<float>(pl.rect.min.x) + pad;
        float y = static_cast<float>(pl.rect.min.y) + pad;
        // sf::Text draws a line's glyphs from its top; the font's line spacing holds them.
        if (!p.text.getString().isEmpty()) {
            p.text.setPosition(std::round(x), std::round(y));
            y += static_cast<float>(lineH);
        }
        if (p.sub) {
            const float subW = p.sub->getLocalBounds().width;
            const float textW = p.text.getLocalBounds().width;
            // The sum under the names, centred on them.
            const float dx = std::max(0.0f, (textW - subW) / 2);
            p.sub->setPosition(std::round(x + (p.text.getString().isEmpty() ? 0 : dx)),
                               std::round(y));
        }
        m_placed.push_back(std::move(p));
        m_drawn.push_back({ranked[pl.wish], pl.rect, pl.leader, pl.from, pl.to});
        items.push_back(r.item);
    }
    // The outlined glyphs the labels are drawn with, rendered now, before the frame draws
    // anything: a glyph first met while drawing updates the font's texture with draws still
    // pending, which a software renderer must finish first. A frame of new labels (a dataset
    // just loaded) took 40-60 ms so, on llvmpipe.
    for (const Placed& p : m_placed) {
        for (const sf::Uint32 c : p.text.getString())
            m_font.getGlyph(c, m_charSize, false, outlineThickness());
        if (p.sub)
            for (const sf::Uint32 c : p.sub->getString())
                m_font.getGlyph(c, subSize, false, outlineThickness());
    }
    return m_lastItems = items;
}

void LabelRenderer::draw(sf::RenderTarget& target, const Theme& t, float opacity) const {
    opacity = std::clamp(opacity, 0.0f, 1.0f);
    auto alpha = [&](std::uint8_t a, float f = 1.0f) {
        return static_cast<sf::Uint8>(std::lround(a * opacity * f));
    };
    const auto colour = [&](Rgba c, float f = 1.0f) {
        return sf::Color(c.r, c.g, c.b, alpha(c.a, f));
    };
    // Leader lines first, under every label: thin and dark on a light halo, so that they stay
    // visible where they cross a marker.
    const float lineW = std::max(1.0f, static_cast<float>(m_charSize) / 14.0f);
    sf::VertexArray lines(sf::Triangles);
    const auto segment = [&](const DrawnLabel& d, float width, sf::Color c) {
        const double dx = d.to.x - d.from.x, dy = d.to.y - d.from.y;
        const double len = std::hypot(dx, dy);
        if (!(len > 0))
            return;
        const sf::Vector2f n(static_cast<float>(-dy / len * width / 2),
                             static_cast<float>(dx / len * width / 2));
        const sf::Vector2f a(static_cast<float>(d.from.x), static_cast<float>(d.from.y));
        const sf::Vector2f b(static_cast<float>(d.to.x), static_cast<float>(d.to.y));
        for (const sf::Vector2f& v : {a + n, b + n, b - n, a + n, b - n, a - n})
            lines.append(sf::Vertex(v, c));
    };
    for (const DrawnLabel& d : m_drawn)
        if (d.leader)
            segment(d, lineW + 2 * outlineThickness() * 0.6f, colour(t.labelHalo, 0.8f));
    for (const DrawnLabel& d : m_drawn)
        if (d.leader)
            segment(d, lineW, colour(t.labelText, 0.85f));
    target.draw(lines);
    for (std::size_t i = 0; i < m_placed.size(); ++i) {
        const Placed& p = m_placed[i];
        // The selected item's label on a plate framed in the selection colour.
        if (p.tier == 0) {
            const Box& r = m_drawn[i].rect;
            sf::RectangleShape plate(sf::Vector2f(static_cast<float>(r.max.x - r.min.x),
                                                  static_cast<float>(r.max.y - r.min.y)));
            plate.setPosition(static_cast<float>(r.min.x), static_cast<float>(r.min.y));
            plate.setFillColor(colour(Rgba{255, 255, 255, 235}));
            plate.setOutlineColor(colour(t.selectionHalo, 1.0f));
            plate.setOutlineThickness(-std::max(1.5f, lineW * 1.5f));
            target.draw(plate);
        }
        // What has no figure yet is named quietly; what a talk's spotlight dims (tier 3), halo
        // and all, fainter still.
        const float f = p.tier == 2   ? t.quietLabelOpacity
                        : p.tier >= 3 ? t.spotlightLabelOpacity
                                      : 1.0f;
        const float halo = p.tier >= 3 ? t.spotlightLabelOpacity : 1.0f;
        for (const sf::Text* tx : {&p.text, p.sub ? &*p.sub : nullptr}) {
            if (!tx || tx->getString().isEmpty())
                continue;
            sf::Text text = *tx;
            text.setFillColor(colour(t.labelText, f));
            text.setOutlineColor(colour(t.labelHalo, halo));
            text.setOutlineThickness(outlineThickness());
            target.draw(text);
        }
    }
}

std::vector<AudienceLabel> LabelRenderer::audienceLabels() const {
    std::vector<AudienceLabel> out;
    for (std::size_t i = 0; i < m_placed.size() && i < m_drawn.size(); ++i) {
        const Placed& p = m_placed[i];
        const DrawnLabel& d = m_drawn[i];
        AudienceLabel l{d.rect, p.tier, d.leader, d.from, d.to, {}};
        for (const sf::Text* tx : {&p.text, p.sub ? &*p.sub : nullptr}) {
            if (!tx || tx->getString().isEmpty())
                continue;
            const auto utf8 = tx->getString().toUtf8();
            l.lines.push_back({std::string(utf8.begin(), utf8.end()),
                               {tx->getPosition().x, tx->getPosition().y},
                               tx->getCharacterSize()});
        }
        out.push_back(std::move(l));
    }
    return out;
}

bool LabelRenderer::prewarm(const std::u32string& chars, double budgetMs) {
    if (!m_fontOk)
        return true;
    if (chars != m_prewarmChars || m_charSize != m_prewarmSize) {
        m_prewarmChars = chars;
        m_prewarmSize = m_charSize;
        m_prewarmed = 0;
    }
    const auto start = std::chrono::steady_clock::now();
    while (m_prewarmed < m_prewarmChars.size()) {
        const char32_t c = m_prewarmChars[m_prewarmed++];
        m_font.getGlyph(c, m_charSize, false, 0.0f);
        m_font.getGlyph(c, m_charSize, false, outlineThickness());
        if ((m_prewarmed & 7) == 0 &&
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() >= budgetMs)
            break;
    }
    return m_prewarmed == m_prewarmChars.size();
}

} // namespace aimap
