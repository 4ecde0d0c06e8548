#include "ui/PanelFrame.hpp"

#include <imgui.h>

namespace aimap {

void PanelFrame::recordWindow() {
    const ImVec2 p = ImGui::GetWindowPos();
    const ImVec2 sz = ImGui::GetWindowSize();
    rects.push_back(Box{{p.x, p.y}, {p.x + sz.x, p.y + sz.y}});
}

} // namespace aimap
