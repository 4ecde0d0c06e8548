// The year row of the control panel: Play / Pause and the slider over the years with figures
// (issue 15, the timeline).
#include "ui/YearSlider.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace aimap {

bool timelinePlayButton(bool playing, UiLanguage lang) {
    const bool pressed = ImGui::Button(
        (std::string(tr(playing ? Tx::TimelinePause : Tx::TimelinePlay, lang)) + "###timeline_play")
            .c_str());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(Tx::TimelineKeyHelp, lang));
    return pressed;
}

YearSliderIntents yearSlider(const YearSliderState& st, UiLanguage lang) {
    YearSliderIntents out;
    ImGui::TextUnformatted(tr(Tx::Year, lang));
    if (st.years.size() < 2) { // nothing to play: the one year as a button, as before
        for (const int y : st.years) {
            ImGui::SameLine();
            ImGui::PushID(y);
            if (ImGui::Button(std::to_string(y).c_str()))
                out.year = y;
            ImGui::PopID();
        }
        return out;
    }
    // Play / pause, then the slider over the years with figures only (years without any are
    // not stops): it glides during a transition and names the year the figures are of.
    ImGui::SameLine();
    const float h = ImGui::GetFrameHeight();
    out.toggle = timelinePlayButton(st.playing, lang);
    ImGui::SameLine();
    const int last = static_cast<int>(st.years.size()) - 1;
    float pos = static_cast<float>(std::clamp(st.position, 0.0, static_cast<double>(last)));
    const int shown = static_cast<int>(std::lround(pos));
    const std::string label = std::to_string(st.year != 0 ? st.year : st.years[shown]);
    ImGui::SetNextItemWidth(std::max(ImGui::CalcTextSize("2000").x * 1.2f * (last + 1), 5 * h));
    // The year beside the slider, not on it: the grab would cover it.
    if (ImGui::SliderFloat("##timeline_year", &pos, 0.0f, static_cast<float>(last), "",
                           ImGuiSliderFlags_NoInput)) {
        const int i = std::clamp(static_cast<int>(std::lround(pos)), 0, last);
        if (st.years[i] != st.year)
            out.seek = st.years[i];
    }
    const bool hovered = ImGui::IsItemHovered();
    ImGui::SameLine();
    ImGui::TextUnformatted(label.c_str());
    // The years with figures under the slider's ends: where it starts and stops.
    if (hovered) {
        std::string all;
        for (const int y : st.years)
            all += (all.empty() ? "" : "  ") + std::to_string(y);
        ImGui::SetTooltip("%s", all.c_str());
    }
    return out;
}

} // namespace aimap
