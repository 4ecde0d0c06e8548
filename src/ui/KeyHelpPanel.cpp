#include "ui/KeyHelpPanel.hpp"

#include "core/view/KeyHelp.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <vector>

namespace aimap {

KeyHelpIntents drawKeyHelp(const KeyHelpState& st, PanelFrame& frame) {
    KeyHelpIntents out;
    if (!st.show)
        return out;
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0),
                                        ImVec2(io.DisplaySize.x * 0.9f, io.DisplaySize.y * 0.9f));
    ImGui::SetNextWindowBgAlpha(0.97f); // read over the map, not through it
    bool open = true;
    ImGui::Begin((std::string(tr(Tx::KeyHelpTitle, lang)) + "###keyhelp").c_str(), &open,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings);
    // Keys in a column as wide as the widest, then what they do. Two columns of groups side by
    // side: the map and exploring; the timeline, a talk, the stage (a talk's first when
    // presenting). Plain groups, not tables: ImGui 1.86 tables collapse in an auto-sized window.
    float keysWidth = 0; // of the column drawn
    const auto group = [&](KeyGroup g) {
        ImGui::TextColored(toImVec4(theme().panelHeading), "%s", keyGroupTitle(g, lang));
        for (const KeyBinding& b : keyBindings()) {
            if (b.group != g)
                continue;
            ImGui::TextUnformatted(b.keys);
            ImGui::SameLine(0, keysWidth - ImGui::CalcTextSize(b.keys).x);
            ImGui::TextUnformatted(lang == UiLanguage::Zh ? b.zh : b.en);
        }
        ImGui::Spacing();
    };
    const std::array<std::vector<KeyGroup>, 2> columns{
        st.presenting ? std::vector<KeyGroup>{KeyGroup::Talk, KeyGroup::Stage, KeyGroup::Timeline}
                      : std::vector<KeyGroup>{KeyGroup::Map, KeyGroup::Explore},
        st.presenting ? std::vector<KeyGroup>{KeyGroup::Map, KeyGroup::Explore}
                      : std::vector<KeyGroup>{KeyGroup::Timeline, KeyGroup::Talk, KeyGroup::Stage}};
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c > 0)
            ImGui::SameLine(0, 32 * s);
        keysWidth = 0;
        for (const KeyBinding& b : keyBindings())
            if (std::find(columns[c].begin(), columns[c].end(), b.group) != columns[c].end())
                keysWidth = std::max(keysWidth, ImGui::CalcTextSize(b.keys).x);
        keysWidth += 16 * s;
        ImGui::BeginGroup();
        for (const KeyGroup g : columns[c])
            group(g);
        ImGui::EndGroup();
    }
    ImGui::TextDisabled("%s", tr(Tx::KeyHelpClose, lang));
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
