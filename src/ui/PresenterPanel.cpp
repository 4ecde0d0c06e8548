#include "ui/PresenterPanel.hpp"

#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace aimap {

namespace {

void heading(const std::string& text) {
    ImGui::SetWindowFontScale(0.75f);
    colouredText(theme().panelHeading, text.c_str());
    ImGui::SetWindowFontScale(1.0f);
}

} // namespace

void drawPresenterPanel(const PresenterModel& m, bool shared, UiLanguage lang) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0), ImGuiCond_Always);
    ImGui::SetNextWindowSize(io.DisplaySize, ImGuiCond_Always);
    ImGui::Begin("##presenter", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Across the top: where the talk is, the time at the right.
    ImGui::SetWindowFontScale(0.75f);
    if (!m.talkTitle.empty())
        dimWrapped(m.talkTitle);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::TextUnformatted(m.position.c_str());
    const float timeWidth = ImGui::CalcTextSize(m.time.c_str()).x;
    ImGui::SameLine(std::max(0.0f, ImGui::GetWindowContentRegionMax().x - timeWidth));
    ImGui::TextUnformatted(m.time.c_str());
    if (shared) {
        ImGui::SetWindowFontScale(0.7f);
        colouredWrapped(theme().panelWarning, tr(Tx::PresenterShared, lang));
        ImGui::SetWindowFontScale(1.0f);
    }
    ImGui::Separator();
    // Left: now and the notes (the largest text); right: next.
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float left = (ImGui::GetContentRegionAvail().x - gap) * 0.62f;
    ImGui::BeginChild("##now", ImVec2(left, 0), false);
    heading(m.nowHeading);
    ImGui::SetWindowFontScale(0.85f);
    ImGui::TextUnformatted(m.nowTitle.c_str());
    dimWrapped(m.nowCaption);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::Spacing();
    heading(m.notesHeading);
    if (m.hasNotes)
        wrapped(m.notes);
    else
        dimWrapped(m.notes);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##next", ImVec2(0, 0), false);
    heading(m.nextHeading);
    ImGui::SetWindowFontScale(0.85f);
    if (!m.nextTitle.empty())
        ImGui::TextUnformatted(m.nextTitle.c_str());
    if (!m.nextCaption.empty())
        dimWrapped(m.nextCaption);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::EndChild();
    ImGui::End();
}

} // namespace aimap
