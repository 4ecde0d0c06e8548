#include "ui/ErrorBanner.hpp"

#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

namespace aimap {

ErrorBannerIntents drawErrorBanner(const ErrorBannerState& st, PanelFrame& frame) {
    ErrorBannerIntents out;
    if (st.errors.empty())
        return out;
    const float s = frame.uiScale;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, 12 * s), ImGuiCond_Always,
                            ImVec2(0.5f, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(400 * s, 0), ImVec2(io.DisplaySize.x * 0.5f, 1e6f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, toImVec4(theme().bannerBackground));
    ImGui::Begin("Data problem###errors", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse);
    for (const auto& d : st.errors)
        wrapped(d.format());
    if (!st.since.empty())
        dimWrapped(st.since);
    if (ImGui::Button("Dismiss"))
        out.dismiss = true;
    frame.recordWindow();
    ImGui::End();
    ImGui::PopStyleColor();
    return out;
}

} // namespace aimap
