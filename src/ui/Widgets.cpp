#include "ui/Widgets.hpp"

#include "core/data/Format.hpp"
#include "core/data/Text.hpp"
#include "core/view/LineBreak.hpp"
#include "ui/PanelStyle.hpp"

#include <imgui.h>
#include <imgui_internal.h> // CalcWrapWidthForPos, the window's text wrap position

#include <algorithm>
#include <cfloat>
#include <string_view>

namespace aimap {

void wrapped(const std::string& s) {
    // Our own line breaking (core/view/LineBreak): ImGui's breaks numbers at their decimal point.
    // The width is ImGui's: up to a pushed wrap position (tooltips), else the window's edge.
    const float pushed = ImGui::GetCurrentWindow()->DC.TextWrapPos;
    const float width = ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), std::max(pushed, 0.0f));
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const std::string text = wrapText(s, width, [font, size](std::string_view piece) {
        return font->CalcTextSizeA(size, FLT_MAX, 0.0f, piece.data(), piece.data() + piece.size()).x;
    });
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

void dimWrapped(const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped(s);
    ImGui::PopStyleColor();
}

void colouredText(Rgba colour, const char* s) {
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(colour));
    ImGui::TextUnformatted(s);
    ImGui::PopStyleColor();
}

void colouredWrapped(Rgba colour, const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(colour));
    wrapped(s);
    ImGui::PopStyleColor();
}

std::string labelText(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    // A label is one line: ImGui ends a window title at a line break.
    const std::string line = oneLineLabel(text);
    for (std::size_t i = 0; i < line.size(); ++i) {
        out += line[i];
        if (line[i] == '#' && i + 1 < line.size() && line[i + 1] == '#')
            out += "\xEF\xBB\xBF"; // U+FEFF
    }
    return out;
}

void sourceList(const std::vector<CardSource>& sources, UiLanguage lang) {
    if (sources.empty()) {
        colouredText(theme().panelUnsourced, tr(Tx::Unsourced, lang));
        return;
    }
    for (const auto& s : sources)
        dimWrapped(cardSourceLine(s, lang));
}

} // namespace aimap
