#include "render/InsetRenderer.hpp"

#include "render/BasemapRenderer.hpp"
#include "render/MeshBuilder.hpp"

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

void appendRect(sf::VertexArray& out, float x, float y, float w, float h, sf::Color c) {
    const sf::Vertex a({x, y}, c), b({x + w, y}, c), d({x + w, y + h}, c), e({x, y + h}, c);
    for (const sf::Vertex& v : {a, b, d, a, d, e})
        out.append(v);
}

void appendDisc(sf::VertexArray& out, sf::Vector2f centre, float r, sf::Color c) {
    const int n = 12;
    for (int i = 0; i < n; ++i) {
        const float a0 = 6.2831853f * i / n, a1 = 6.2831853f * (i + 1) / n;
        out.append(sf::Vertex(centre, c));
        out.append(sf::Vertex(centre + sf::Vector2f(r * std::cos(a0), r * std::sin(a0)), c));
        out.append(sf::Vertex(centre + sf::Vector2f(r * std::cos(a1), r * std::sin(a1)), c));
    }
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
    m_neighbourColour = t.foreignLand;
    m_chinaColour = t.chinaLand;
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
                         const sf::Font* font, unsigned charSizePx, float pxScale, const Theme& t,
                         bool window) {
    if (m_empty || placement.rect.empty())
        return;
    const auto w = static_cast<unsigned>(placement.rect.width());
    const auto h = static_cast<unsigned>(placement.rect.height());
    if (w == 0 || h == 0)
        return;
    const Key key{
        placement.rect.width(),
        placement.rect.height(),
        placement.map.height(),
        caption,
        charSizePx,
        pxScale,
        {t.sea, t.foreignLand, t.chinaLand, t.foreignBorder, t.nationalBorder, t.labelText}};
    if (t.foreignLand != m_neighbourColour || t.chinaLand != m_chinaColour) {
        recolour(m_neighbourFill, m_neighbourColour = t.foreignLand); // the palette was switched
        recolour(m_chinaFill, m_chinaColour = t.chinaLand);
    }
    // A window's first frame paints directly, as the basemap's does: the first offscreen image
    // costs a software renderer 100-200 ms then (its pipeline is compiled), and the first frame
    // is what the user waits for. The image is made from the next frame on.
    const bool direct = m_offscreenFailed || (window && m_firstDirect);
    m_firstDirect = false;
    if (!direct && (!m_image || !(key == m_key))) {
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
    if (direct || m_offscreenFailed || !m_image) {
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
    // of the outline colour, so that every island of the data can be seen. Then the caption
    // strip under the map, and the frame around everything: one batch.
    sf::VertexArray overlay(sf::Triangles);
    const float dot = 1.6f * pxScale;
    for (const auto& poly : m_islands) {
        double size = 0;
        Vec2 c;
        screenExtent(poly, camera, size, c);
        if (size < 2 * dot)
            appendDisc(overlay, {static_cast<float>(c.x), static_cast<float>(c.y)}, dot,
                       toSf(t.nationalBorder));
    }
    const float border = std::max(1.0f, std::round(1.5f * pxScale));
    const sf::Color frameColour = toSf(t.nationalBorder);
    if (h > mapH) {
        appendRect(overlay, 0, mapH, w, h - mapH, sf::Color(255, 255, 255));
        appendRect(overlay, 0, mapH - border / 2, w, border, frameColour);
    }
    appendRect(overlay, 0, 0, w, border, frameColour);
    appendRect(overlay, 0, h - border, w, border, frameColour);
    appendRect(overlay, 0, 0, border, h, frameColour);
    appendRect(overlay, w - border, 0, border, h, frameColour);
    target.draw(overlay);

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
}

} // namespace aimap
