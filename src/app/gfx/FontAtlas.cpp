#include "app/gfx/FontAtlas.hpp"

#include "core/view/KeyHelp.hpp"
#include "core/view/UiScale.hpp"

#include "core/data/Format.hpp"
#include "core/data/Sectors.hpp"
#include "core/i18n/ProvinceText.hpp"
#include "core/i18n/UiText.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui_internal.h> // ImTextCharFromUtf8

#include <SFML/System/String.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {

void UiTexts::forEach(const std::function<void(const std::string&)>& add) const {
    add("\xE4\xB8\xAD\xE6\x96\x87\xC2\xB0"); // 中文°
    // The interface's own words in Chinese (core/i18n/UiText): without them the Chinese panels
    // would show "?" for every character no data text happens to hold.
    for (std::size_t i = 0; i < kUiStringCount; ++i)
        add(uiStrings()[i].zh);
    add(chineseNumberCharacters()); // "2246 亿元"
    for (const KeyBinding& b : keyBindings()) { // the keyboard help
        add(b.keys);
        add(b.zh);
    }
    for (const KeyGroup g :
         {KeyGroup::Map, KeyGroup::Explore, KeyGroup::Timeline, KeyGroup::Talk, KeyGroup::Stage})
        add(keyGroupTitle(g, UiLanguage::Zh));
    for (std::size_t s = 0; s < kSectorCount; ++s)
        add(sectorInfo(static_cast<Sector>(s)).zh);
    if (talk) {
        add(talk->title);
        for (const TalkScene& sc : talk->scenes) {
            add(sc.title);
            add(sc.caption);
            add(sc.captionZh);
            add(sc.notes);
            for (const TalkStep& st : sc.steps) {
                add(st.caption.value_or(""));
                add(st.captionZh.value_or(""));
            }
        }
    }
    for (std::size_t i = 0; i < kProvinceStringCount; ++i)
        add(provinceStrings()[i].zh);
    if (provinces)
        for (const BasemapFeature& f : provinces->features) {
            add(f.nameZh);
            add(f.nameEn);
        }
    if (gazetteer)
        for (const auto& g : gazetteer->entries()) {
            add(g.nameZh);
            add(g.nameEn);
            add(g.pinyin); // the search list shows it
        }
    if (provinces)
        for (const BasemapFeature& f : provinces->features) {
            add(f.nameZh);
            add(f.nameEn);
            add(f.pinyin);
        }
    if (dataset) {
        const Dataset& ds = *dataset;
        add(ds.title);
        add(ds.description);
        add(ds.enterpriseNameChars);
        for (const auto& c : ds.caveats)
            add(c);
        for (const auto& [k, v] : ds.qualityScale)
            add(v);
        for (const auto& s : ds.sources) {
            add(s.title);
            add(s.publisher);
            add(s.date); // "3月24日" (as a source gives it)
            add(s.note);
        }
        for (const auto& m : ds.metrics) {
            add(m.label);
            add(m.labelZh);
            add(m.unit); // "100 million CNY (亿元)"
            add(m.definition);
            add(m.sectorScope);
        }
        for (const auto& c : ds.cities) {
            add(c.nameZh);
            add(c.nameEn);
        }
        for (const auto* list : {&ds.values, &ds.targets})
            for (const auto& v : *list) {
                add(v.asPublished);
                add(v.labelAsPublished);
                add(v.definitionInSource);
                add(v.notes);
                add(v.period);
            }
        add(ds.national.title);
        add(ds.national.note);
        for (const auto& f : ds.national.figures) {
            add(f.label);
            add(f.asPublished);
            add(f.notes);
        }
        for (const auto& q : ds.quotations) {
            add(q.text);
            add(q.note);
        }
        for (const auto& s : ds.specialisations) {
            add(s.place);
            for (const auto& i : s.items)
                add(i);
        }
        for (const auto& p : ds.programmes) {
            add(p.nameEn);
            add(p.nameZh);
            for (const auto& z : p.zones) {
                add(z.zone);
                add(z.doc);
                add(z.note);
                add(z.precision);
                add(z.date);
            }
        }
    }
    if (errors)
        for (const auto& e : *errors) {
            add(e.file);
            add(e.message);
            add(e.hint);
        }
}

namespace {

// The characters of a text that a font can hold. A control character, NUL above all, must never
// reach ImGui's range builder: U+0000 made a range [0, 0], which ends the list, so the atlas got
// no glyph at all and the viewer aborted (the loaders reject such text; this is the last guard).
void addPrintable(ImFontGlyphRangesBuilder& builder, const std::string& t) {
    const char* p = t.c_str();
    const char* end = p + t.size();
    while (p < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0)
            break;
        p += n;
        if (c >= 0x20 && !(c >= 0x7F && c < 0xA0))
            builder.AddChar(static_cast<ImWchar>(c));
    }
}

} // namespace

bool FontAtlas::covers(const UiTexts& texts) const {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.empty() || m_path.empty())
        return true; // the built-in font has no CJK glyphs to add anyway
    const ImFont* font = io.Fonts->Fonts[0];
    bool covered = true;
    texts.forEach([&](const std::string& t) {
        const char* p = t.c_str();
        const char* end = p + t.size();
        while (covered && p < end) {
            unsigned int c = 0;
            const int n = ImTextCharFromUtf8(&c, p, end);
            if (n <= 0)
                break;
            p += n;
            if (c >= 0xA0 && !font->FindGlyphNoFallback(static_cast<ImWchar>(c)))
                covered = false;
        }
    });
    return covered;
}

// Regression (issue 13): characters that draw nothing (a word joiner, a zero-width space) or
// break a line (U+2028, U+2029) were drawn as the font's replacement glyph "�" when the font has
// no glyph for them (WenQuanYi has none for U+2028, U+2029, U+2060...). Each such character the
// font lacks is drawn as U+FEFF (no width, no ink) or, for the line and paragraph separators, a
// space. ImFont::AddRemapChar works on a built atlas: it is built here (the backend's texture
// upload then finds it built, not building it twice).
void FontAtlas::drawInvisiblesAsNothing(ImFontAtlas& atlas, ImFont& font) {
    atlas.Build();
    const bool hasZeroWidth = font.FindGlyphNoFallback(0xFEFF) != nullptr;
    static const ImWchar invisible[] = {0x034F, 0x180E, 0x200B, 0x200C, 0x200D, 0x2060,
                                        0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF};
    for (const ImWchar c : invisible)
        if (hasZeroWidth && !font.FindGlyphNoFallback(c))
            font.AddRemapChar(c, 0xFEFF);
    for (const ImWchar c : {ImWchar(0x2028), ImWchar(0x2029)})
        if (!font.FindGlyphNoFallback(c))
            font.AddRemapChar(c, ' ');
}

char32_t FontAtlas::firstUndrawable(const UiTexts& texts) const {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.empty() || m_path.empty())
        return 0;
    const ImFont* font = io.Fonts->Fonts[0];
    char32_t missing = 0;
    texts.forEach([&](const std::string& t) {
        for (std::size_t i = 0; i < t.size() && !missing;) {
            const auto c0 = static_cast<unsigned char>(t[i]);
            if (c0 < 0x80) {
                ++i;
                continue;
            }
            // Texts are valid UTF-8 (the loaders see to it).
            const std::size_t len = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
            char32_t c = c0 & (0x7F >> len);
            for (std::size_t k = 1; k < len && i + k < t.size(); ++k)
                c = (c << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
            i += len;
            if (c >= 0xA0 && (c > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))))
                missing = c;
        }
    });
    return missing;
}

void FontAtlas::build(float uiScale, const UiTexts& texts) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float size = std::round(kPanelTextPx * uiScale);
    if (m_path.empty()) {
        ImFontConfig cfg;
        cfg.SizePixels = size;
        io.Fonts->AddFontDefault(&cfg);
        return;
    }
    // The gazetteer's names are included so that tables naming any prefecture-level city load
    // without a font rebuild (a visible hitch on llvmpipe).
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    // U+FEFF: labelText() puts it between two '#' of a label (ImGui's ID syntax); U+FFFD: what
    // ImGui draws for characters beyond its 16-bit range.
    static const ImWchar extra[] = {0x0100, 0x017F, 0x2000, 0x206F, 0x2190, 0x21FF, 0x3000, 0x303F,
                                    0xFEFF, 0xFEFF, 0xFF00, 0xFFEF, 0xFFFD, 0xFFFD, 0};
    builder.AddRanges(extra);
    texts.forEach([&](const std::string& t) { addPrintable(builder, t); });
    m_ranges.clear();
    builder.BuildRanges(&m_ranges);
    ImFontConfig cfg;
    cfg.OversampleH = 1; // CJK glyphs are dense; oversampling mostly costs atlas space
    ImFont* font = io.Fonts->AddFontFromFileTTF(m_path.c_str(), size, &cfg, m_ranges.Data);
    if (!font) {
        ImFontConfig fallback;
        fallback.SizePixels = size;
        io.Fonts->AddFontDefault(&fallback);
        return;
    }
    drawInvisiblesAsNothing(*io.Fonts, *font);
}

bool FontAtlas::rebuildIfNeeded(float uiScale, const UiTexts& texts) {
    if (!m_dirty)
        return false;
    build(uiScale, texts);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    m_dirty = false;
    return true;
}

std::u32string labelCharacters(const Gazetteer& gazetteer) {
    std::u32string all;
    for (char32_t c = 0x20; c < 0x7F; ++c)
        all += c;
    all += U'\u00B7';
    for (const auto& e : gazetteer.entries())
        for (const std::string* name : {&e.nameZh, &e.nameEn})
            for (const sf::Uint32 c : sf::String::fromUtf8(name->begin(), name->end()))
                all += static_cast<char32_t>(c);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace aimap
