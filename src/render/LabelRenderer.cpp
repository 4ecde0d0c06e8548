#include "render/LabelRenderer.hpp"

#include "core/data/Text.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace aimap {

bool LabelRenderer::loadFont(const std::string& path) {
    m_fontOk = !path.empty() && m_font.loadFromFile(path);
    return m_fontOk;
}

std::vector<std::size_t> LabelRenderer::layout(const std::vector<LabelRequest>& requests,
                                               const std::vector<Box>& obstacles, Vec2 viewport) {
    const auto sameBoxes = [](const std::vector<Box>& a, const std::vector<Box>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Box& x, const Box& y) {
            return x.min.x == y.min.x && x.min.y == y.min.y && x.max.x == y.max.x &&
                   x.max.y == y.max.y;
        });
    };
    if (requests == m_lastRequests && sameBoxes(obstacles, m_lastObstacles) &&
        viewport.x == m_lastViewport.x && viewport.y == m_lastViewport.y &&
        m_charSize == m_lastCharSize)
        return m_lastItems;
    m_lastRequests = requests;
    m_lastObstacles = obstacles;
    m_lastViewport = viewport;
    m_lastCharSize = m_charSize;
    m_placed.clear();
    std::vector<std::size_t> items;
    if (!m_fontOk)
        return m_lastItems = items;
    // Highest priorities first; ties by item, so the choice is stable between frames.
    std::vector<const LabelRequest*> ranked;
    for (const auto& r : requests)
        ranked.push_back(&r);
    std::stable_sort(ranked.begin(), ranked.end(), [](const LabelRequest* a, const LabelRequest* b) {
        return a->priority != b->priority ? a->priority > b->priority : a->item < b->item;
    });
    if (ranked.size() > kMaxCandidates)
        ranked.resize(kMaxCandidates);
    std::vector<sf::Text> texts;
    std::vector<LabelCandidate> candidates;
    std::vector<std::size_t> requestOf; // candidate -> request
    texts.reserve(requests.size());
    for (const LabelRequest* rp : ranked) {
        const LabelRequest& r = *rp;
        const std::string line = oneLineLabel(r.text);
        sf::Text text(sf::String::fromUtf8(line.begin(), line.end()), m_font, m_charSize);
        const sf::FloatRect local = text.getLocalBounds();
        const double gap = 3.0 + r.markerRadiusPx * 0.15;
        // Preferred: right of the marker centre, beyond a small dot or on a large disc's right
        // half, vertically centred on the anchor. Else the mirror position on the left.
        const double offset = std::min(r.markerRadiusPx, 14.0) + gap;
        const double y = r.anchor.y - (local.top + local.height / 2);
        for (const double x :
             {r.anchor.x + offset, r.anchor.x - offset - local.width - local.left}) {
            text.setPosition(static_cast<float>(std::round(x)), static_cast<float>(std::round(y)));
            const sf::FloatRect b = text.getGlobalBounds();
            Box box;
            box.expand(Vec2{b.left - 2, b.top - 2});
            box.expand(Vec2{b.left + b.width + 2, b.top + b.height + 2});
            if (box.min.x < 0 || box.min.y < 0 || box.max.x > viewport.x || box.max.y > viewport.y)
                continue; // a label cut by the window edge is worse than none
            candidates.push_back({box, r.priority, r.item});
            requestOf.push_back(texts.size());
            texts.push_back(text);
        }
    }
    for (std::size_t i : placeLabels(candidates, obstacles)) {
        m_placed.push_back(texts[requestOf[i]]);
        items.push_back(candidates[i].item);
    }
    // The outlined glyphs the labels are drawn with, rendered now, before the frame draws
    // anything: a glyph first met while drawing updates the font's texture with draws still
    // pending, which a software renderer must finish first. A frame of new labels (a dataset
    // just loaded) took 40-60 ms so, on llvmpipe.
    for (const sf::Text& text : m_placed)
        for (const sf::Uint32 c : text.getString())
            m_font.getGlyph(c, m_charSize, false, outlineThickness());
    return m_lastItems = items;
}

void LabelRenderer::draw(sf::RenderTarget& target, const Theme& t, float opacity) const {
    opacity = std::clamp(opacity, 0.0f, 1.0f);
    auto alpha = [&](std::uint8_t a) { return static_cast<sf::Uint8>(std::lround(a * opacity)); };
    for (sf::Text text : m_placed) {
        text.setFillColor(sf::Color(t.labelText.r, t.labelText.g, t.labelText.b, alpha(t.labelText.a)));
        text.setOutlineColor(sf::Color(t.labelHalo.r, t.labelHalo.g, t.labelHalo.b, alpha(t.labelHalo.a)));
        text.setOutlineThickness(outlineThickness());
        target.draw(text);
    }
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
