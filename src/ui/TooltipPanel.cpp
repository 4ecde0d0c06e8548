#include "ui/TooltipPanel.hpp"

#include "ui/Widgets.hpp"

#include <imgui.h>

namespace aimap {

void drawTooltip(const TooltipState& st, PanelFrame& frame) {
    if (!st.hover)
        return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(st.hover->title.c_str());
    ImGui::TextUnformatted(st.hover->valueLine.c_str());
    if (!st.hover->sourceLine.empty()) {
        ImGui::PushTextWrapPos(420 * frame.uiScale);
        dimWrapped(st.hover->sourceLine);
        ImGui::PopTextWrapPos();
    }
    ImGui::TextDisabled("%s", tr(Tx::ClickForDetails, frame.language));
    ImGui::EndTooltip();
}

} // namespace aimap
