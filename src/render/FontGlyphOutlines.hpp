#pragma once

#include "core/export/GlyphOutlines.hpp"

#include <SFML/Graphics/Font.hpp>

#include <memory>
#include <string>
#include <unordered_map>

namespace aimap {

/// The label font's glyphs as outlines (exports with text as outlines): the outlines read by
/// FreeType from the font file the labels are drawn with (`path`, its first face, as SFML loads
/// it), in ems, unhinted (FT_Outline_Decompose: TrueType's quadratic arcs, CFF's cubic ones);
/// advances, kerning and line spacing from the sf::Font itself, as sf::Text measures and draws
/// (hinted, whole pixels), so that an outlined text has the measured width. A code point the font
/// lacks is drawn as the font's glyph 0, as SFML draws it (the app has no fallback font); a
/// glyph 0 without contours becomes a box of its advance. Each glyph is read once and kept.
class FontGlyphOutlines final : public GlyphOutlines {
public:
    /// `metrics` must outlive this; it needs the GL context SFML renders glyphs with.
    FontGlyphOutlines(const sf::Font& metrics, const std::string& path);
    ~FontGlyphOutlines() override;
    FontGlyphOutlines(const FontGlyphOutlines&) = delete;
    FontGlyphOutlines& operator=(const FontGlyphOutlines&) = delete;

    /// False when FreeType could not open `path` (then every outline is empty); `error` says why.
    bool ok() const;
    const std::string& error() const { return m_error; }

    const GlyphPath& outline(char32_t cp) override;
    double advancePx(char32_t cp, unsigned sizePx) override;
    double kerningPx(char32_t left, char32_t right, unsigned sizePx) override;
    double lineSpacingPx(unsigned sizePx) override;

    /// How many glyphs were read from the font so far (each code point once).
    std::size_t glyphsRead() const { return m_cache.size(); }

private:
    struct Face;
    GlyphPath read(char32_t cp) const;

    const sf::Font& m_metrics;
    std::unique_ptr<Face> m_face;
    std::string m_error;
    std::unordered_map<char32_t, GlyphPath> m_cache;
};

} // namespace aimap
