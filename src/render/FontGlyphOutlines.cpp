#include "render/FontGlyphOutlines.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

namespace aimap {

struct FontGlyphOutlines::Face {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    double unitsPerEm = 1;
    ~Face() {
        if (face)
            FT_Done_Face(face);
        if (library)
            FT_Done_FreeType(library);
    }
};

namespace {

// FT_Outline_Decompose's callbacks: font units (y up) to ems (y down), each contour closed
// before the next starts (a halo's stroke would show a gap where an open contour ends).
struct Sink {
    GlyphPath path;
    double scale = 1; // ems per font unit
    Vec2 at(const FT_Vector* v) const {
        return {static_cast<double>(v->x) * scale, -static_cast<double>(v->y) * scale};
    }
    void add(GlyphPath::Op op, Vec2 a, Vec2 b = {}, Vec2 c = {}) {
        path.commands.push_back({op, {a, b, c}});
    }
};

int moveTo(const FT_Vector* to, void* user) {
    auto& s = *static_cast<Sink*>(user);
    if (!s.path.empty())
        s.add(GlyphPath::Op::Close, {});
    s.add(GlyphPath::Op::Move, s.at(to));
    return 0;
}
int lineTo(const FT_Vector* to, void* user) {
    auto& s = *static_cast<Sink*>(user);
    s.add(GlyphPath::Op::Line, s.at(to));
    return 0;
}
int conicTo(const FT_Vector* control, const FT_Vector* to, void* user) {
    auto& s = *static_cast<Sink*>(user);
    s.add(GlyphPath::Op::Quad, s.at(control), s.at(to));
    return 0;
}
int cubicTo(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
    auto& s = *static_cast<Sink*>(user);
    s.add(GlyphPath::Op::Cubic, s.at(c1), s.at(c2), s.at(to));
    return 0;
}

// A visible "missing glyph" for a font whose glyph 0 is blank: a box frame (outer contour
// clockwise on screen, the inner one the other way: nonzero filling leaves it hollow) of
// `advance` ems, from the baseline to 0.7 em above it.
GlyphPath missingBox(double advance) {
    const double w = advance > 0.2 ? advance : 0.5, t = 0.06, l = 0.05, r = w - 0.05;
    const double top = -0.7;
    GlyphPath p;
    const auto ring = [&](Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
        p.commands.push_back({GlyphPath::Op::Move, {a}});
        for (Vec2 v : {b, c, d})
            p.commands.push_back({GlyphPath::Op::Line, {v}});
        p.commands.push_back({GlyphPath::Op::Close, {}});
    };
    ring({l, 0}, {l, top}, {r, top}, {r, 0});
    ring({l + t, -t}, {r - t, -t}, {r - t, top + t}, {l + t, top + t});
    return p;
}

} // namespace

FontGlyphOutlines::FontGlyphOutlines(const sf::Font& metrics, const std::string& path)
    : m_metrics(metrics), m_face(std::make_unique<Face>()) {
    if (FT_Init_FreeType(&m_face->library) != 0) {
        m_face->library = nullptr;
        m_error = "FreeType cannot start";
        return;
    }
    // Face 0, as sf::Font::loadFromFile (wqy-microhei.ttc holds two faces).
    if (path.empty() || FT_New_Face(m_face->library, path.c_str(), 0, &m_face->face) != 0) {
        m_face->face = nullptr;
        m_error = "FreeType cannot read the font " + (path.empty() ? "(none found)" : path);
        return;
    }
    if (!FT_IS_SCALABLE(m_face->face) || m_face->face->units_per_EM == 0) {
        m_error = "the font " + path + " has no outlines (a bitmap font)";
        FT_Done_Face(m_face->face);
        m_face->face = nullptr;
        return;
    }
    m_face->unitsPerEm = m_face->face->units_per_EM;
}

FontGlyphOutlines::~FontGlyphOutlines() = default;

bool FontGlyphOutlines::ok() const {
    return m_face->face != nullptr;
}

GlyphPath FontGlyphOutlines::read(char32_t cp) const {
    FT_Face face = m_face->face;
    if (!face)
        return {};
    // Glyph 0 where the font lacks the code point: what FT_Load_Char, so SFML, draws.
    const FT_UInt index = FT_Get_Char_Index(face, cp);
    // Font units, unhinted (FT_LOAD_NO_SCALE implies no hinting): the design's outline, scaled
    // to any size by the writer.
    if (FT_Load_Glyph(face, index, FT_LOAD_NO_SCALE | FT_LOAD_NO_BITMAP) != 0 ||
        face->glyph->format != FT_GLYPH_FORMAT_OUTLINE)
        return index == 0 ? missingBox(1.0) : GlyphPath{};
    Sink sink;
    sink.scale = 1.0 / m_face->unitsPerEm;
    const FT_Outline_Funcs funcs{moveTo, lineTo, conicTo, cubicTo, 0, 0};
    if (FT_Outline_Decompose(&face->glyph->outline, &funcs, &sink) != 0)
        return {};
    if (!sink.path.empty())
        sink.add(GlyphPath::Op::Close, {});
    else if (index == 0)
        return missingBox(static_cast<double>(face->glyph->metrics.horiAdvance) * sink.scale);
    return std::move(sink.path);
}

const GlyphPath& FontGlyphOutlines::outline(char32_t cp) {
    auto it = m_cache.find(cp);
    if (it == m_cache.end())
        it = m_cache.emplace(cp, read(cp)).first;
    return it->second;
}

double FontGlyphOutlines::advancePx(char32_t cp, unsigned sizePx) {
    return m_metrics.getGlyph(cp, sizePx, false).advance;
}

double FontGlyphOutlines::kerningPx(char32_t left, char32_t right, unsigned sizePx) {
    return m_metrics.getKerning(left, right, sizePx);
}

double FontGlyphOutlines::lineSpacingPx(unsigned sizePx) {
    return m_metrics.getLineSpacing(sizePx);
}

} // namespace aimap
