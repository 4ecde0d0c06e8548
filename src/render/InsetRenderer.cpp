#include "render/InsetRenderer.hpp"

#include "render/BasemapRenderer.hpp"
#include "render/MeshBuilder.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

void collectRings(std::vector<std::vector<Vec2>>& out, const BasemapFeature& f) {
    for (const auto& poly : f.polygons)
        for (const auto& ring : poly)
            out.push_back(ring);
}

// Screen extent (pixels) and centre of a polygon's outer ring.
void screenExtent(const Polygon& poly, const Camera& camera, double& size, Vec2& centre) {
    Box b;
    for (const Vec2& p : poly.front())
        b.expand(camera.worldToScreen(p));
    size = std::max(b.width(), b.height());
    centre = b.centre();
}

} // namespace

void InsetRenderer::build(const BasemapLayer& layer) {
    const Theme& t = theme();
    m_neighbourFill.clear();
    m_chinaFill.clear();
    m_neighbourRings.clear();
    m_chinaRings.clear();
    m_islands.clear();
    m_dashes.clear();
    for (const auto& f : layer.features) {
        if (f.group == "neighbour") {
            appendFill(m_neighbourFill, f, t.foreignLand);
            collectRings(m_neighbourRings, f);
        } else if (f.group == "china" || f.group == "islands") {
            appendFill(m_chinaFill, f, t.chinaLand);
            collectRings(m_chinaRings, f);
            if (f.group == "islands")
                m_islands.insert(m_islands.end(), f.polygons.begin(), f.polygons.end());
        }
        for (const auto& line : f.lines)
            m_dashes.push_back(line);
    }
    m_empty = m_chinaFill.getVertexCount() == 0 && m_dashes.empty();
    m_image.reset();
    m_key = {};
}

double InsetRenderer::captionHeight(std::size_t lines, unsigned charSizePx) {
    if (lines == 0)
        return 0;
    const double line = std::round(charSizePx * 1.3);
    return lines * line + std::round(charSizePx * 0.5);
}

void InsetRenderer::draw(sf::RenderTarget& target, const InsetPlacement& placement,
                         const Box& worldBox, const std::vector<std::string>& caption,
                         const sf::Font* font, unsigned charSizePx, float pxScale, const Theme& t) {
    if (m_empty || placement.rect.empty())
        return;
    const auto w = static_cast<unsigned>(placement.rect.width());
    const auto h = static_cast<unsigned>(placement.rect.height());
    if (w == 0 || h == 0)
        return;
    const Key key{placement.rect.width(),
                  placement.rect.height(),
                  placement.map.height(),
                  caption,
                  charSizePx,
                  pxScale};
    if (!m_offscreenFailed && (!m_image || !(key == m_key))) {
        sf::RenderTexture offscreen;
        sf::ContextSettings settings;
        settings.antialiasingLevel = 4;
        if (offscreen.create(w, h, settings) || offscreen.create(w, h)) {
            offscreen.setView(
                sf::View(sf::FloatRect(0, 0, static_cast<float>(w), static_cast<float>(h))));
            paint(offscreen, placement, worldBox, caption, font, charSizePx, pxScale, t);
            offscreen.display();
            m_image = std::make_unique<sf::Texture>(offscreen.getTexture());
            m_key = key;
            ++m_repaints;
        } else {
            m_offscreenFailed = true;
        }
    }
    const sf::View windowView = target.getView();
    if (m_offscreenFailed || !m_image) {
        // Paint straight into the window, clipped to the box by a view of its size.
        const sf::Vector2u size = target.getSize();
        sf::View box(sf::FloatRect(0, 0, static_cast<float>(w), static_cast<float>(h)));
        box.setViewport(sf::FloatRect(static_cast<float>(placement.rect.min.x / size.x),
                                      static_cast<float>(placement.rect.min.y / size.y),
                                      static_cast<float>(w) / size.x,
                                      static_cast<float>(h) / size.y));
        target.setView(box);
        paint(target, placement, worldBox, caption, font, charSizePx, pxScale, t);
        target.setView(windowView);
        return;
    }
    sf::Sprite sprite(*m_image);
    sprite.setPosition(static_cast<float>(placement.rect.min.x),
                       static_cast<float>(placement.rect.min.y));
    sf::RenderStates states;
    states.blendMode = sf::BlendNone; // the image is opaque
    target.draw(sprite, states);
}

// Paints the box into `target`, whose view is the box (pixels, origin at its top-left corner).
void InsetRenderer::paint(sf::RenderTarget& target, const InsetPlacement& placement,
                          const Box& worldBox, const std::vector<std::string>& caption,
                          const sf::Font* font, unsigned charSizePx, float pxScale,
                          const Theme& t) {
    const auto w = static_cast<float>(placement.rect.width());
    const auto h = static_cast<float>(placement.rect.height());
    const auto mapH = static_cast<float>(placement.map.height());
    const Camera camera = insetCamera(placement, worldBox);
    target.clear(toSf(t.sea));

    // Land, as on the main map: neighbours, then China; then borders and outlines.
    sf::RenderStates world;
    world.transform = BasemapRenderer::cameraTransform(camera);
    target.draw(m_neighbourFill, world);
    target.draw(m_chinaFill, world);
    sf::VertexArray lines(sf::Triangles);
    for (const auto& ring : m_neighbourRings)
        appendLine(lines, ring, true, camera, 0.8f * pxScale, toSf(t.foreignBorder));
    for (const auto& ring : m_chinaRings)
        appendLine(lines, ring, true, camera, 1.8f * pxScale, toSf(t.nationalBorder));
    // The dashed line: each of the nine lines is one dash.
    for (const auto& dash : m_dashes)
        appendLine(lines, dash, false, camera, 2.0f * pxScale, toSf(t.nationalBorder));
    target.draw(lines);

    // Islands smaller than a dot (most are under 2 km: a fraction of a pixel) are drawn as dots
    // of the outline colour, so that every island of the data can be seen.
    const float dot = 1.6f * pxScale;
    sf::CircleShape circle(dot, 12);
    circle.setOrigin(dot, dot);
    circle.setFillColor(toSf(t.nationalBorder));
    for (const auto& poly : m_islands) {
        double size = 0;
        Vec2 c;
        screenExtent(poly, camera, size, c);
        if (size >= 2 * dot)
            continue;
        circle.setPosition(static_cast<float>(c.x), static_cast<float>(c.y));
        target.draw(circle);
    }

    // The caption strip under the map, then the frame around everything.
    const float border = std::max(1.0f, std::round(1.5f * pxScale));
    if (h > mapH) {
        sf::RectangleShape strip({w, h - mapH});
        strip.setPosition(0, mapH);
        strip.setFillColor(sf::Color(255, 255, 255));
        target.draw(strip);
        sf::RectangleShape rule({w, border});
        rule.setPosition(0, mapH - border / 2);
        rule.setFillColor(toSf(t.nationalBorder));
        target.draw(rule);
    }
    if (font && !caption.empty()) {
        const float line = static_cast<float>(std::round(charSizePx * 1.3));
        float y = mapH + static_cast<float>(std::round(charSizePx * 0.25));
        for (const std::string& s : caption) {
            sf::Text text(sf::String::fromUtf8(s.begin(), s.end()), *font, charSizePx);
            text.setFillColor(toSf(t.labelText));
            sf::FloatRect b = text.getLocalBounds();
            // A line wider than the box (a narrow inset beside a card) gets smaller letters.
            const float room = w - 6 * border;
            if (b.width > room && b.width > 0) {
                text.setCharacterSize(static_cast<unsigned>(charSizePx * room / b.width));
                b = text.getLocalBounds();
            }
            text.setPosition(std::round((w - b.width) / 2 - b.left),
                             std::round(y + (line - charSizePx) / 2));
            target.draw(text);
            y += line;
        }
    }
    sf::RectangleShape frame({w - 2 * border, h - 2 * border});
    frame.setPosition(border, border);
    frame.setFillColor(sf::Color::Transparent);
    frame.setOutlineColor(toSf(t.nationalBorder));
    frame.setOutlineThickness(border);
    target.draw(frame);
}

} // namespace aimap
