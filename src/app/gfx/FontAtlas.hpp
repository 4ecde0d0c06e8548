#pragma once

#include "core/data/BasemapLoader.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Gazetteer.hpp"
#include "core/talk/Talk.hpp"

#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

namespace aimap {

/// Everything the panels may show: the texts whose characters the font atlas must hold.
struct UiTexts {
    const Dataset* dataset = nullptr;
    const Gazetteer* gazetteer = nullptr;
    const std::vector<Diagnostic>* errors = nullptr;
    const Talk* talk = nullptr; ///< a talk presented: its captions, titles and notes
    const BasemapLayer* provinces = nullptr; ///< names and pinyin (search, province card)

    void forEach(const std::function<void(const std::string&)>& add) const;
};

/// The panels' font: a CJK font from the system with only the glyphs the data and the UI use (a
/// full CJK atlas would cost start-up time), rebuilt when new text brings characters it lacks.
class FontAtlas {
public:
    /// The font file (empty: ImGui's built-in font, which has no CJK glyphs anyway).
    void setFontPath(std::string path) { m_path = std::move(path); }

    /// Builds the atlas for these texts at 17 px × `uiScale` (the renderer's font texture is
    /// made from it: at start-up by ImGui's renderer, later by rebuildIfNeeded()).
    void build(float uiScale, const UiTexts& texts);
    /// True when the atlas has a glyph for every character of the texts.
    bool covers(const UiTexts& texts) const;
    /// The first character of the texts that the panels cannot draw (the font has no glyph for
    /// it, or it lies beyond U+FFFF, past ImGui's 16-bit characters): drawn as "?" or "�".
    /// 0 when there is none, or with the built-in font (no CJK font found: said at start-up).
    char32_t firstUndrawable(const UiTexts& texts) const;
    /// Marks the atlas for a rebuild when the texts need glyphs it does not have.
    void check(const UiTexts& texts) { m_dirty = m_dirty || !covers(texts); }
    /// Rebuilds the atlas and its texture if check() found it lacking (between frames); true
    /// when it did.
    bool rebuildIfNeeded(float uiScale, const UiTexts& texts);

private:
    /// Builds `atlas`; then characters that draw nothing, or break a line, which `font` has no
    /// glyph for are drawn as U+FEFF (nothing) or a space instead of the replacement glyph.
    static void drawInvisiblesAsNothing(ImFontAtlas& atlas, ImFont& font);

    std::string m_path;
    ImVector<ImWchar> m_ranges;
    bool m_dirty = false;
};

/// The characters map labels are made of: every gazetteer name (city labels), ASCII (figures,
/// Latin names), the middle dot of cluster labels. Sorted, unique.
std::u32string labelCharacters(const Gazetteer& gazetteer);

} // namespace aimap
