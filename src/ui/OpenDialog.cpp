#include "ui/OpenDialog.hpp"

#include "ui/Widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace aimap {

OpenDialogIntents drawOpenDialog(const OpenDialogState& st, PanelFrame& frame) {
    OpenDialogIntents out;
    if (!st.show)
        return out;
    // The text being typed is editing state of this widget, kept across frames.
    static std::string path;
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 3), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(640 * s, 0), ImGuiCond_Appearing);
    bool open = true;
    ImGui::Begin((std::string(tr(Tx::OpenTitle, lang)) + "###open").c_str(), &open,
                 ImGuiWindowFlags_NoCollapse);
    dimWrapped(tr(Tx::OpenHelp, lang));
    if (ImGui::IsWindowAppearing()) {
        path = st.dataPath;
        ImGui::SetKeyboardFocusHere(); // type the path straight away
    }
    ImGui::SetNextItemWidth(-80 * s);
    const bool enter = ImGui::InputText("##path", &path, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button((std::string(tr(Tx::Load, lang)) + "###load").c_str()) || enter) &&
        !path.empty())
        out.openFile = path;
    if (!st.bundledFile.empty() && st.bundledFile != st.dataPath) {
        ImGui::Separator();
        if (ImGui::Selectable((std::string(tr(Tx::BundledData, lang)) + "###bundled").c_str())) {
            path = st.bundledFile;
            out.openFile = path;
        }
    }
    if (!st.recentFiles.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted(tr(Tx::RecentFiles, lang));
        for (std::size_t i = 0; i < st.recentFiles.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(labelText(st.recentFiles[i]).c_str(),
                                  st.recentFiles[i] == st.dataPath)) {
                path = st.recentFiles[i];
                out.openFile = path;
            }
            ImGui::PopID();
        }
    }
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
