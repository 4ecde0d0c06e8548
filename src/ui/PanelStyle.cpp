#include "ui/PanelStyle.hpp"

#include "core/view/PanelBudget.hpp"

#include <algorithm>

namespace aimap {

void applyStyle(float uiScale) {
    // From ImGui's defaults each time: ScaleAllSizes multiplies what is there, and the scale
    // changes with the window's height and the room setting.
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsLight();
    const Theme& t = theme();
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.WindowBorderSize = t.panelBorderPx;
    style.Colors[ImGuiCol_WindowBg] = toImVec4(t.panelBackground);
    style.Colors[ImGuiCol_Text] = toImVec4(t.panelText);
    style.Colors[ImGuiCol_TextDisabled] = toImVec4(t.panelTextDim);
    // The light style's white frames vanish on a white window: give radio buttons and combos a
    // visible grey frame.
    style.Colors[ImGuiCol_FrameBg] = toImVec4(t.panelFrame);
    style.Colors[ImGuiCol_FrameBgHovered] = toImVec4(t.panelFrameHovered);
    style.FrameBorderSize = t.panelBorderPx;
    style.Colors[ImGuiCol_Border] = toImVec4(t.panelBorder);
    style.ScaleAllSizes(uiScale);
}

float panelMargin(float uiScale) {
    return 12.0f * uiScale;
}

float cityCardWidth(float displayWidth, float uiScale) {
    // At most a third of the window: the map keeps the rest beside the left panels.
    return std::min(500.0f * uiScale, displayWidth * 0.34f);
}

void beginCard(const std::string& title, const PanelFrame& frame, bool& open) {
    const ImGuiIO& io = ImGui::GetIO();
    const float margin = panelMargin(frame.uiScale);
    const float width = cityCardWidth(io.DisplaySize.x, frame.uiScale);
    // As tall as its contents, up to what leaves the map its share beside the panels drawn
    // before it (issue 14); never shorter than 40% of the height (it scrolls).
    const Box window{{0, 0}, {io.DisplaySize.x, io.DisplaySize.y}};
    const auto maxH = static_cast<float>(
        cardMaxHeight(window, width, margin, frame.rects, 0.40 * (io.DisplaySize.y - 2 * margin)));
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - margin, margin), ImGuiCond_Always,
                            ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(1e6f, maxH));
    ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse);
}

} // namespace aimap
