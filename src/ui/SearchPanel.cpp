#include "ui/SearchPanel.hpp"

#include "core/Theme.hpp"
#include "ui/PanelStyle.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace aimap {
namespace {

// Every letter of `s` draws ink in the panels' font. WenQuanYi Micro Hei has glyphs for the
// third-tone vowels (ǎ ǐ ǒ ǔ, U+01CE-U+01DC) that ImGui's rasteriser draws empty: "Jǐnán" came out
// "J nán". A pinyin that would lose a letter is left out rather than shown wrong.
bool drawsWhole(const std::string& s) {
    const ImFont* font = ImGui::GetFont();
    const char* p = s.c_str();
    const char* end = p + s.size();
    while (p < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0)
            return false;
        p += n;
        const ImFontGlyph* g =
            c > ' ' ? font->FindGlyphNoFallback(static_cast<ImWchar>(c)) : nullptr;
        if (c > ' ' && (!g || !g->Visible))
            return false;
    }
    return true;
}

} // namespace

SearchPanelIntents drawSearchPanel(const SearchPanelState& st, PanelFrame& frame) {
    SearchPanelIntents out;
    const ImGuiIO& io = ImGui::GetIO();
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    const float width = std::min(460.0f * s, io.DisplaySize.x - 2 * panelMargin(s));
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, panelMargin(s)), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always); // height: fits the list
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::Begin("##search", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoNav);
    if (st.focus)
        ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    out.edited = ImGui::InputTextWithHint("##query", tr(Tx::SearchHint, lang), st.text, st.capacity,
                                          ImGuiInputTextFlags_AutoSelectAll);
    out.typing = ImGui::IsItemActive();
    const bool typed = st.text && st.text[0] != '\0';
    if (typed && st.rows && st.rows->empty())
        ImGui::TextDisabled("%s", tr(Tx::SearchNone, lang));
    if (st.rows)
        for (std::size_t i = 0; i < st.rows->size(); ++i) {
            const SearchRow& r = (*st.rows)[i];
            ImGui::PushID(static_cast<int>(i));
            const bool chosen = st.chosen && *st.chosen == i;
            const ImVec2 start = ImGui::GetCursorPos();
            if (ImGui::Selectable("##row", chosen, 0, ImVec2(0, ImGui::GetTextLineHeight())))
                out.picked = i;
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            out.rowCentres.push_back({(a.x + b.x) / 2.0, (a.y + b.y) / 2.0});
            ImGui::SetCursorPos(start);
            if (r.dim)
                ImGui::PushStyleColor(ImGuiCol_Text,
                                      ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextUnformatted(r.name.c_str());
            if (!r.pinyin.empty() && drawsWhole(r.pinyin)) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", r.pinyin.c_str());
            }
            if (r.dim)
                ImGui::PopStyleColor();
            // The kind, right-aligned.
            const float kindWidth = ImGui::CalcTextSize(r.kind.c_str()).x;
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - kindWidth);
            ImGui::TextDisabled("%s", r.kind.c_str());
            ImGui::PopID();
        }
    if (typed && st.rows && !st.rows->empty())
        ImGui::TextDisabled("%s", tr(Tx::SearchKeys, lang));
    frame.recordWindow();
    ImGui::End();
    return out;
}

} // namespace aimap
