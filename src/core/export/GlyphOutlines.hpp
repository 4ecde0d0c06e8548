#pragma once

#include "core/geo/LonLat.hpp"

#include <vector>

namespace aimap {

/// A filled outline as path commands (nonzero winding, as fonts are filled). Coordinates are y
/// down: in ems (the font's size 1, origin at the pen on the baseline) for one glyph from a
/// GlyphOutlines, in pixels for a whole text (textOutline()).
struct GlyphPath {
    enum class Op : unsigned char {
        Move,  ///< p[0]: starts a contour
        Line,  ///< p[0]: the end
        Quad,  ///< p[0]: the control point, p[1]: the end (TrueType's conic arcs)
        Cubic, ///< p[0], p[1]: the control points, p[2]: the end (CFF fonts)
        Close, ///< closes the contour (back to its Move)
    };
    struct Command {
        Op op = Op::Move;
        Vec2 p[3];
    };
    std::vector<Command> commands;
    bool empty() const { return commands.empty(); }
};

/// How many points a command has: 1 (Move, Line), 2 (Quad), 3 (Cubic), 0 (Close).
constexpr int glyphPointCount(GlyphPath::Op op) {
    return op == GlyphPath::Op::Close   ? 0
           : op == GlyphPath::Op::Quad  ? 2
           : op == GlyphPath::Op::Cubic ? 3
                                        : 1;
}

/// The glyphs of the labels' font as outlines, for exports with text as outlines (SvgWriter):
/// a machine without the CJK font then shows the same letters. The implementation reads the very
/// font the labels are drawn with (render/FontGlyphOutlines: FreeType) and keeps every glyph it
/// has read; core only positions them, the way the text was measured.
class GlyphOutlines {
public:
    virtual ~GlyphOutlines() = default;
    /// The outline drawn for `cp`, in ems (y down, origin at the pen on the baseline). A code
    /// point the font lacks gives what the renderer draws for it: a fallback font's glyph, else
    /// a visible "missing glyph" box. Empty for a blank (a space). Valid until the next call.
    virtual const GlyphPath& outline(char32_t cp) = 0;
    /// How far the pen moves after `cp` at a font size of `sizePx` (pixels): what the text
    /// measurement adds for it, so that an outlined line is as wide as the measured text.
    virtual double advancePx(char32_t cp, unsigned sizePx) = 0;
    /// The kerning between `left` and `right` at `sizePx` (pixels, added before `right`; 0 for
    /// none).
    virtual double kerningPx(char32_t left, char32_t right, unsigned sizePx) = 0;
    /// The distance between two baselines at `sizePx` (pixels): a line break in a text.
    virtual double lineSpacingPx(unsigned sizePx) = 0;
};

} // namespace aimap
