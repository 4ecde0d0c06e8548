#include "render/DisplayListRenderer.hpp"

#include "render/Tessellator.hpp"

#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

constexpr double kPi = 3.14159265358979323846;

sf::Color sfColour(Rgba c) {
    return sf::Color(c.r, c.g, c.b, c.a);
}

sf::Vector2f sfPoint(Vec2 p) {
    return {static_cast<float>(p.x), static_cast<float>(p.y)};
}

void appendTriangle(sf::VertexArray& out, Vec2 a, Vec2 b, Vec2 c, sf::Color col) {
    out.append({sfPoint(a), col});
    out.append({sfPoint(b), col});
    out.append({sfPoint(c), col});
}

// A band between radii r0 < r1 around c (r0 = 0: a disc).
void appendAnnulus(sf::VertexArray& out, Vec2 c, double r0, double r1, sf::Color col) {
    if (!(r1 > r0) || col.a == 0)
        return;
    const int n = std::clamp(static_cast<int>(std::ceil(r1 * 1.5)), 24, 360);
    for (int i = 0; i < n; ++i) {
        const double a0 = 2 * kPi * i / n, a1 = 2 * kPi * (i + 1) / n;
        const Vec2 o0{c.x + r1 * std::cos(a0), c.y + r1 * std::sin(a0)};
        const Vec2 o1{c.x + r1 * std::cos(a1), c.y + r1 * std::sin(a1)};
        if (r0 <= 0) {
            appendTriangle(out, c, o0, o1, col);
            continue;
        }
        const Vec2 i0{c.x + r0 * std::cos(a0), c.y + r0 * std::sin(a0)};
        const Vec2 i1{c.x + r0 * std::cos(a1), c.y + r0 * std::sin(a1)};
        appendTriangle(out, i0, o0, o1, col);
        appendTriangle(out, i0, o1, i1, col);
    }
}

// A line of `width` along the points: a quad per segment, round joins (a disc at each inner
// point) so that a turning line has no notch. Opaque colours only look seamless; translucent
// lines (label leaders' halos) are two points long.
void appendLine(sf::VertexArray& out, const DisplayPolyline& l) {
    const sf::Color col = sfColour(l.colour);
    const std::size_t n = l.points.size();
    if (n < 2 || col.a == 0 || !(l.widthPx > 0))
        return;
    const std::size_t segments = l.closed ? n : n - 1;
    const double h = l.widthPx / 2;
    for (std::size_t i = 0; i < segments; ++i) {
        const Vec2 a = l.points[i], b = l.points[(i + 1) % n];
        const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
        if (!(len > 0))
            continue;
        const Vec2 nrm{-dy / len * h, dx / len * h};
        appendTriangle(out, a + nrm, b + nrm, b - nrm, col);
        appendTriangle(out, a + nrm, b - nrm, a - nrm, col);
    }
    if (col.a == 255 && l.widthPx >= 1.5)
        for (std::size_t i = l.closed ? 0 : 1; i < (l.closed ? n : n - 1); ++i)
            appendAnnulus(out, l.points[i], 0, h, col);
}

void drawGroup(sf::RenderTarget& target, const DisplayGroup& g, const sf::Font* font) {
    sf::VertexArray tris(sf::Triangles);
    for (const DisplayPolygon& p : g.polygons) {
        if (p.fill.a > 0) {
            const sf::Color col = sfColour(p.fill);
            const std::vector<Vec2> t = tessellate(p.rings);
            for (std::size_t i = 0; i + 2 < t.size(); i += 3)
                appendTriangle(tris, t[i], t[i + 1], t[i + 2], col);
        }
        if (p.stroke.a > 0 && p.strokePx > 0)
            for (const auto& ring : p.rings)
                appendLine(tris, {ring, p.strokePx, p.stroke, true});
    }
    for (const DisplayPolyline& l : g.polylines)
        appendLine(tris, l);
    for (const DisplayCircle& c : g.circles) {
        const bool stroked = c.stroke.a > 0 && c.strokePx > 0;
        const double w = stroked ? std::min(c.strokePx, c.radiusPx) : 0;
        appendAnnulus(tris, c.centre, 0, c.radiusPx - w, sfColour(c.fill));
        if (stroked)
            appendAnnulus(tris, c.centre, c.radiusPx - w, c.radiusPx, sfColour(c.stroke));
    }
    target.draw(tris);
    if (!font)
        return;
    for (const DisplayText& t : g.texts) {
        sf::Text text(sf::String::fromUtf8(t.utf8.begin(), t.utf8.end()), *font, t.sizePx);
        text.setFillColor(sfColour(t.colour));
        if (t.haloPx > 0 && t.halo.a > 0) {
            text.setOutlineColor(sfColour(t.halo));
            text.setOutlineThickness(static_cast<float>(t.haloPx));
        }
        const float advance = text.findCharacterPos(text.getString().getSize()).x;
        const float f = t.anchor == TextAnchor::Start    ? 0.0f
                        : t.anchor == TextAnchor::Middle ? 0.5f
                                                         : 1.0f;
        // sf::Text's first baseline is one character size below its origin.
        text.setOrigin(std::round(advance * f), static_cast<float>(t.sizePx));
        text.setPosition(sfPoint(t.baseline));
        text.setRotation(static_cast<float>(t.rotationDeg));
        target.draw(text);
    }
}

} // namespace

void DisplayListRenderer::draw(sf::RenderTarget& target, const DisplayList& list,
                               Vec2 origin) const {
    const sf::Vector2u size = target.getSize();
    const sf::FloatRect tile(static_cast<float>(origin.x), static_cast<float>(origin.y),
                             static_cast<float>(size.x), static_cast<float>(size.y));
    for (const DisplayGroup& g : list.layers) {
        if (g.empty())
            continue;
        if (!g.clip) {
            target.setView(sf::View(tile));
            drawGroup(target, g, m_font);
            continue;
        }
        // Clipped: a view of the clip box (within this tile) shown in its part of the target,
        // in whole pixels (SFML rounds a viewport to pixels: a fractional box would move by a
        // different fraction in each tile).
        const double x0 = std::max(std::floor(g.clip->min.x), origin.x);
        const double y0 = std::max(std::floor(g.clip->min.y), origin.y);
        const double x1 = std::min(std::ceil(g.clip->max.x), origin.x + size.x);
        const double y1 = std::min(std::ceil(g.clip->max.y), origin.y + size.y);
        if (!(x1 > x0 && y1 > y0))
            continue;
        sf::View view(sf::FloatRect(static_cast<float>(x0), static_cast<float>(y0),
                                    static_cast<float>(x1 - x0), static_cast<float>(y1 - y0)));
        view.setViewport(sf::FloatRect(static_cast<float>((x0 - origin.x) / size.x),
                                       static_cast<float>((y0 - origin.y) / size.y),
                                       static_cast<float>((x1 - x0) / size.x),
                                       static_cast<float>((y1 - y0) / size.y)));
        target.setView(view);
        drawGroup(target, g, m_font);
    }
    target.setView(sf::View(tile));
}

} // namespace aimap
