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

// The picture at the full width available, at most `maxHeight` tall (its aspect kept), or a
// frame saying it is being drawn; its box on the window.
Box picture(const PresenterPicture& p, float maxHeight, UiLanguage lang) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float aspect = p.width > 0 && p.height > 0 ? p.height / p.width : 9.0f / 16.0f;
    float w = width, h = width * aspect;
    if (h > maxHeight) {
        h = std::max(0.0f, maxHeight);
        w = h / aspect;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (p.texture != 0) {
        ImGui::Image(reinterpret_cast<ImTextureID>(p.texture), ImVec2(w, h));
    } else {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRect(at, ImVec2(at.x + w, at.y + h), ImGui::GetColorU32(ImGuiCol_Border));
        ImGui::SetWindowFontScale(0.6f);
        const ImVec2 text = ImGui::CalcTextSize(tr(Tx::PresenterPicturePending, lang));
        draw->AddText(ImVec2(at.x + std::max(0.0f, (w - text.x) / 2), at.y + (h - text.y) / 2),
                      ImGui::GetColorU32(ImGuiCol_TextDisabled),
                      tr(Tx::PresenterPicturePending, lang));
        ImGui::SetWindowFontScale(1.0f);
        ImGui::Dummy(ImVec2(w, h));
    }
    return {{at.x, at.y}, {at.x + w, at.y + h}};
}

} // namespace

PresenterPictureBoxes drawPresenterPanel(const PresenterModel& m, bool shared, UiLanguage lang,
                                         const PresenterPicture& nowPicture,
                                         const PresenterPicture& nextPicture) {
    PresenterPictureBoxes boxes;
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
    // The pictures take at most 40% of the window's height: the notes are what the presenter
    // reads.
    const float maxPicture = io.DisplaySize.y * 0.4f;
    ImGui::BeginChild("##now", ImVec2(left, 0), false);
    heading(m.nowHeading);
    boxes.now = picture(nowPicture, maxPicture, lang);
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
    if (m.next)
        boxes.next = picture(nextPicture, maxPicture, lang);
    ImGui::SetWindowFontScale(0.85f);
    if (!m.nextTitle.empty())
        ImGui::TextUnformatted(m.nextTitle.c_str());
    if (!m.nextCaption.empty())
        dimWrapped(m.nextCaption);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::EndChild();
    ImGui::End();
    return boxes;
}

} // namespace aimap
