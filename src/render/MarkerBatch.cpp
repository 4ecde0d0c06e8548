#include "render/MarkerBatch.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

sf::Color toSf(Rgba c) {
    return sf::Color(c.r, c.g, c.b, c.a);
}

// Quad covering a circle of radius r (+1.5 px for the anti-aliased edge). Texture coordinates are
// positions relative to the centre in units of the radius: the shader measures length() against 1.
void appendQuad(sf::VertexArray& out, Vec2 c, double r, sf::Color colour) {
    const double pad = 1.5;
    const double e = r + pad;
    const float t = static_cast<float>(e / r);
    const sf::Vertex a({static_cast<float>(c.x - e), static_cast<float>(c.y - e)}, colour,
                       {-t, -t});
    const sf::Vertex b({static_cast<float>(c.x + e), static_cast<float>(c.y - e)}, colour, {t, -t});
    const sf::Vertex d({static_cast<float>(c.x + e), static_cast<float>(c.y + e)}, colour, {t, t});
    const sf::Vertex f({static_cast<float>(c.x - e), static_cast<float>(c.y + e)}, colour, {-t, t});
    out.append(a);
    out.append(b);
    out.append(d);
    out.append(a);
    out.append(d);
    out.append(f);
}

// Fallback: filled polygon plus an outline band.
void appendPolygon(sf::VertexArray& out, Vec2 c, double r, sf::Color fill, sf::Color outline,
                   double outlinePx) {
    const int n = 48;
    const double inner = std::max(0.0, r - outlinePx);
    for (int i = 0; i < n; ++i) {
        const double a0 = 2 * M_PI * i / n, a1 = 2 * M_PI * (i + 1) / n;
        const sf::Vector2f p0(static_cast<float>(c.x + inner * std::cos(a0)),
                              static_cast<float>(c.y + inner * std::sin(a0)));
        const sf::Vector2f p1(static_cast<float>(c.x + inner * std::cos(a1)),
                              static_cast<float>(c.y + inner * std::sin(a1)));
        const sf::Vector2f q0(static_cast<float>(c.x + r * std::cos(a0)),
                              static_cast<float>(c.y + r * std::sin(a0)));
        const sf::Vector2f q1(static_cast<float>(c.x + r * std::cos(a1)),
                              static_cast<float>(c.y + r * std::sin(a1)));
        const sf::Vector2f cc(static_cast<float>(c.x), static_cast<float>(c.y));
        if (fill.a > 0) {
            out.append({cc, fill});
            out.append({p0, fill});
            out.append({p1, fill});
        }
        out.append({p0, outline});
        out.append({q0, outline});
        out.append({q1, outline});
        out.append({p0, outline});
        out.append({q1, outline});
        out.append({p1, outline});
    }
}

// A ring of sector shares just outside a circle: one arc per sector, clockwise from 12 o'clock,
// in the sector colours; the unassigned rest in the missing-value grey.
void appendRing(sf::VertexArray& out, Vec2 c, double r, const std::array<float, 9>& shares,
                const Theme& t, double widthPx) {
    const double r0 = r + 0.5, r1 = r + 0.5 + widthPx;
    double start = -M_PI / 2;
    auto arc = [&](double sweep, Rgba colour) {
        if (sweep <= 1e-4)
            return;
        const int steps = std::max(2, static_cast<int>(std::ceil(sweep / (2 * M_PI) * 96)));
        const sf::Color col = toSf(colour);
        for (int i = 0; i < steps; ++i) {
            const double a0 = start + sweep * i / steps, a1 = start + sweep * (i + 1) / steps;
            const sf::Vector2f p0(static_cast<float>(c.x + r0 * std::cos(a0)), static_cast<float>(c.y + r0 * std::sin(a0)));
            const sf::Vector2f p1(static_cast<float>(c.x + r0 * std::cos(a1)), static_cast<float>(c.y + r0 * std::sin(a1)));
            const sf::Vector2f q0(static_cast<float>(c.x + r1 * std::cos(a0)), static_cast<float>(c.y + r1 * std::sin(a0)));
            const sf::Vector2f q1(static_cast<float>(c.x + r1 * std::cos(a1)), static_cast<float>(c.y + r1 * std::sin(a1)));
            out.append({p0, col});
            out.append({q0, col});
            out.append({q1, col});
            out.append({p0, col});
            out.append({q1, col});
            out.append({p1, col});
        }
        start += sweep;
    };
    double used = 0;
    for (std::size_t k = 0; k < shares.size(); ++k) {
        const double share = std::clamp(static_cast<double>(shares[k]), 0.0, 1.0 - used);
        arc(2 * M_PI * share, t.sectorColours[k]);
        used += share;
    }
    arc(2 * M_PI * (1.0 - used), t.markerMissing);
}

} // namespace

bool MarkerBatch::loadShader(const std::string& shaderDir, std::string& error) {
    m_shaderOk = false;
    if (!sf::Shader::isAvailable()) {
        error = "shaders are not available on this OpenGL driver; drawing plain polygons";
        return false;
    }
    if (!m_shader.loadFromFile(shaderDir + "/marker.frag", sf::Shader::Fragment)) {
        error = "cannot load " + shaderDir + "/marker.frag; drawing plain polygons";
        return false;
    }
    m_shaderOk = true;
    return true;
}

void MarkerBatch::build(const std::vector<ScreenMarker>& markers,
                        const std::vector<MarkerStyle>& styles, const Theme& theme, float pxScale,
                        float opacity) {
    m_vertices.clear();
    m_rings.clear();
    opacity = std::clamp(opacity, 0.0f, 1.0f);
    // The colours with the batch's opacity: for what is drawn without the shader (the rings, and
    // everything when shaders are unavailable); the shader applies it to its discs itself.
    Theme faded = theme;
    for (Rgba* c : {&faded.selection, &faded.selectionHalo, &faded.markerMissing, &faded.markerFill,
                    &faded.markerOutline, &faded.clusterFill, &faded.clusterOutline})
        c->a = static_cast<std::uint8_t>(std::lround(c->a * opacity));
    for (Rgba& c : faded.sectorColours)
        c.a = static_cast<std::uint8_t>(std::lround(c.a * opacity));
    const Theme& t = m_shaderOk ? theme : faded;
    const double outlinePx = 1.2 * pxScale;
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const ScreenMarker& m = markers[i];
        const MarkerStyle style = i < styles.size() ? styles[i] : MarkerStyle{};
        if (!std::isfinite(m.centre.x) || !std::isfinite(m.centre.y) ||
            !std::isfinite(m.radiusPx) || m.radiusPx <= 0)
            continue;
        if (style.selected) {
            // A translucent blue halo, wide enough to be seen on a projector even around the
            // smallest dot, then a dark ring just outside the marker (both under it).
            const double halo = m.radiusPx + std::max(9.0, 0.25 * m.radiusPx) * pxScale;
            Rgba glow = t.selectionHalo;
            glow.a = static_cast<std::uint8_t>(glow.a * 0.3);
            if (m_shaderOk)
                appendQuad(m_vertices, m.centre, halo, toSf(glow));
            else
                appendPolygon(m_vertices, m.centre, halo, toSf(glow), toSf(t.selectionHalo),
                              2.0 * pxScale);
            const double ring = m.radiusPx + 3.0 * pxScale;
            Rgba sel = t.selection;
            sel.a = 0; // hollow: the shader draws only the outline band
            if (m_shaderOk)
                appendQuad(m_vertices, m.centre, ring, toSf(sel));
            else
                appendPolygon(m_vertices, m.centre, ring, sf::Color::Transparent, toSf(t.selection),
                              2.0 * pxScale);
        }
        const Rgba fill = style.hollow
                              ? Rgba{t.markerMissing.r, t.markerMissing.g, t.markerMissing.b, 0}
                              : style.cluster ? t.clusterFill : t.markerFill;
        if (m_shaderOk)
            appendQuad(m_vertices, m.centre, m.radiusPx, toSf(fill));
        else
            appendPolygon(m_vertices, m.centre, m.radiusPx, toSf(fill),
                          toSf(style.hollow ? t.markerMissing
                                            : style.cluster ? t.clusterOutline : t.markerOutline),
                          outlinePx);
        if (style.ring && m.radiusPx >= 4 * pxScale)
            appendRing(m_rings, m.centre, m.radiusPx, style.shares, faded,
                       std::clamp(0.12 * m.radiusPx, 2.0 * pxScale, 5.0 * pxScale));
    }
    if (m_shaderOk) {
        m_shader.setUniform("outlinePx", static_cast<float>(outlinePx));
        m_shader.setUniform("outlineShade", theme.markerOutlineShade);
        m_shader.setUniform("hollowShade", theme.hollowOutlineShade);
        m_shader.setUniform("opacity", opacity);
    }
}

void MarkerBatch::draw(sf::RenderTarget& target) const {
    sf::RenderStates states;
    if (m_shaderOk)
        states.shader = &m_shader;
    target.draw(m_vertices, states);
    target.draw(m_rings);
}

} // namespace aimap
