#include "ui/Widgets.hpp"

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
    for (std::size_t i = 0; i < text.size(); ++i) {
        // A label is one line: ImGui ends a window title at a line break.
        if (text[i] == '\n' || text[i] == '\r' || text[i] == '\t') {
            out += ' ';
            continue;
        }
        // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR (E2 80 A8/A9): also breaks.
        if (text.compare(i, 2, "\xE2\x80") == 0 && i + 2 < text.size() &&
            (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
            out += ' ';
            i += 2;
            continue;
        }
        out += text[i];
        if (text[i] == '#' && i + 1 < text.size() && text[i + 1] == '#')
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
    return label + " (" + unit + ")";
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
