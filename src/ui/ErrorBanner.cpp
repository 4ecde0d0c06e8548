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
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    // Top centre; with a card open on the right (a panel anchored at the top margin), centred in
    // the room between the panels on the left and the card, so that it does not cover the card's
    // title (it did at 1280x720).
    const float margin = 12 * s;
    float left = 0, right = io.DisplaySize.x;
    bool cardOpen = false;
    for (const Box& r : frame.rects) {
        if (r.min.y > margin + 1)
            continue; // not anchored at the top: the legend, a tooltip
        if (r.min.x > io.DisplaySize.x / 2) {
            right = std::min(right, static_cast<float>(r.min.x));
            cardOpen = true;
        } else if (r.max.x < io.DisplaySize.x / 2) {
            left = std::max(left, static_cast<float>(r.max.x));
        }
    }
    const float room = right - left - 2 * margin;
    const bool fits = cardOpen && room >= 400 * s;
    ImGui::SetNextWindowPos(ImVec2(fits ? (left + right) / 2 : io.DisplaySize.x / 2, margin),
                            ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(400 * s, 0), ImVec2(fits ? room : io.DisplaySize.x * 0.5f, 1e6f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, toImVec4(theme().bannerBackground));
    const bool onlyWarnings =
        std::none_of(st.errors.begin(), st.errors.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
    const std::string title =
        std::string(tr(onlyWarnings ? Tx::DataWarnings : Tx::DataProblem, lang)) + "###errors";
    ImGui::Begin(title.c_str(), nullptr,
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
        dimWrapped(tr(Tx::MoreWarnings, lang, {std::to_string(notShown)}));
    if (!st.since.empty())
        dimWrapped(st.since);
    if (ImGui::Button((std::string(tr(Tx::Dismiss, lang)) + "###dismiss").c_str()))
        out.dismiss = true;
    frame.recordWindow();
    ImGui::End();
    ImGui::PopStyleColor();
    return out;
}

} // namespace aimap
