#include "ui/Widgets.hpp"

#include "core/data/Text.hpp"
#include "ui/PanelStyle.hpp"

#include <imgui.h>

namespace aimap {

void wrapped(const std::string& s) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopTextWrapPos();
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

std::string cityTitle(const std::string& zh, const std::string& en) {
    if (zh.empty())
        return en;
    if (en.empty())
        return zh;
    return zh + "  " + en;
}

std::string labelWithUnit(const std::string& label, const std::string& unit) {
    return unit.empty() ? label : label + " (" + unit + ")";
}

void sourceList(const std::vector<CardSource>& sources) {
    if (sources.empty()) {
        colouredText(theme().panelUnsourced, "unsourced");
        return;
    }
    for (const auto& s : sources) {
        std::string line = "[" + s.id + "] " + s.title;
        for (const std::string* part : {&s.publisher, &s.date})
            if (!part->empty())
                line += ", " + *part;
        if (!s.quality.empty())
            line += " (quality " + s.quality + ")";
        dimWrapped(line);
    }
}

} // namespace aimap
