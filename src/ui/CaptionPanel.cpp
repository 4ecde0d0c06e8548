#include "ui/CaptionPanel.hpp"

#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace aimap {

void drawCaption(const std::string& caption, PanelFrame& frame) {
    if (caption.empty())
        return;
    const ImGuiIO& io = ImGui::GetIO();
    const float s = frame.uiScale;
    const float margin = panelMargin(s);
    const float width = std::min(io.DisplaySize.x * 0.45f, 760 * s);
    ImGui::SetNextWindowPos(ImVec2(margin, margin), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(width, io.DisplaySize.y * 0.4f));
    ImGui::Begin("##caption", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings);
    ImGui::SetWindowFontScale(1.25f);
    ImGui::PushTextWrapPos(width - 2 * ImGui::GetStyle().WindowPadding.x);
    wrapped(caption);
    ImGui::PopTextWrapPos();
    ImGui::SetWindowFontScale(1.0f);
    frame.recordWindow();
    ImGui::End();
}

} // namespace aimap
