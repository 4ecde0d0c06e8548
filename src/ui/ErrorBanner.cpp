#include "ui/ErrorBanner.hpp"

#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <algorithm>

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
    const bool onlyWarnings =
        std::none_of(st.errors.begin(), st.errors.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
    ImGui::Begin(onlyWarnings ? "Data warnings###errors" : "Data problem###errors", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse);
    // Warnings may be many: the first few, then a count (validate lists them all).
    constexpr std::size_t kShownWarnings = 5;
    std::size_t shown = 0, notShown = 0;
    for (const auto& d : st.errors) {
        if (onlyWarnings && shown == kShownWarnings) {
            ++notShown;
            continue;
        }
        wrapped(d.format());
        ++shown;
    }
    if (notShown > 0)
        dimWrapped("... and " + std::to_string(notShown) +
                   " more lines: aimap validate lists every warning");
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
