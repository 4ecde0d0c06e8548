#include "render/MarkerBatch.hpp"

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
                        const std::vector<MarkerStyle>& styles, const Theme& t, float pxScale) {
    m_vertices.clear();
    const double outlinePx = 1.2 * pxScale;
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const ScreenMarker& m = markers[i];
        const MarkerStyle style = i < styles.size() ? styles[i] : MarkerStyle{};
        if (!std::isfinite(m.centre.x) || !std::isfinite(m.centre.y) ||
            !std::isfinite(m.radiusPx) || m.radiusPx <= 0)
            continue;
        if (style.selected) {
            // A dark ring just outside the marker: a hollow disc drawn first (under it).
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
                              : t.markerFill;
        if (m_shaderOk)
            appendQuad(m_vertices, m.centre, m.radiusPx, toSf(fill));
        else
            appendPolygon(m_vertices, m.centre, m.radiusPx, toSf(fill),
                          toSf(style.hollow ? t.markerMissing : t.markerOutline), outlinePx);
    }
    if (m_shaderOk)
        m_shader.setUniform("outlinePx", static_cast<float>(outlinePx));
}

void MarkerBatch::draw(sf::RenderTarget& target) const {
    sf::RenderStates states;
    if (m_shaderOk)
        states.shader = &m_shader;
    target.draw(m_vertices, states);
}

} // namespace aimap
