#include "ui/Toast.hpp"

#include "ui/PanelStyle.hpp"

#include <imgui.h>

namespace aimap {

void drawToast(const std::string& text, const PanelFrame& frame) {
    if (text.empty())
        return;
    const ImGuiIO& io = ImGui::GetIO();
    const float s = frame.uiScale;
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y - 24 * s),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration |
                     ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(text.c_str());
    ImGui::End();
}

} // namespace aimap
