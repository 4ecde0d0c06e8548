#include "ui/TalkEditorPanel.hpp"

#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

namespace aimap {

namespace {

/// A text field of the selected scene: the edited text when it changed this frame.
std::optional<std::string> field(const char* label, const char* id, const std::string& value,
                                 bool multiline, float uiScale) {
    ImGui::TextUnformatted(label);
    std::string text = value;
    ImGui::SetNextItemWidth(-1);
    const bool changed = multiline ? ImGui::InputTextMultiline(id, &text, ImVec2(-1, 64 * uiScale))
                                   : ImGui::InputText(id, &text);
    return changed ? std::optional<std::string>(text) : std::nullopt;
}

/// A button, its rectangle kept under `name`.
bool button(Tx label, const char* name, UiLanguage lang, TalkEditorIntents& out) {
    const bool pressed = ImGui::Button((std::string(tr(label, lang)) + "###" + name).c_str());
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    out.buttons.push_back({name, Box{{lo.x, lo.y}, {hi.x, hi.y}}});
    return pressed;
}

} // namespace

TalkEditorIntents drawTalkEditor(const TalkEditorState& st, PanelFrame& frame) {
    TalkEditorIntents out;
    if (!st.talk)
        return out;
    const Talk& talk = *st.talk;
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    // A fixed place and size at the bottom centre: nothing in it moves while scenes are added,
    // selected or edited (the buttons stay where the hand, or xdotool, found them).
    const ImVec2 size(std::min(760 * s, io.DisplaySize.x * 0.62f),
                      std::min(560 * s, io.DisplaySize.y * 0.8f));
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y - panelMargin(s)),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(1.0f); // it covers cards: their text must not show through
    if (st.justOpened)                 // over the cards that were there before it
        ImGui::SetNextWindowFocus();
    bool open = true;
    const std::string name = std::filesystem::path(st.path).filename().string();
    ImGui::Begin((tr(Tx::TalkEditorTitle, lang, {name}) + "###talkeditor").c_str(), &open,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings);
    const bool any = st.selected < talk.scenes.size();
    // The buttons first, each always in its place.
    out.addView = button(Tx::TalkAddView, "add", lang, out);
    ImGui::SameLine();
    out.up = button(Tx::TalkMoveUp, "up", lang, out) && any;
    ImGui::SameLine();
    out.down = button(Tx::TalkMoveDown, "down", lang, out) && any;
    ImGui::SameLine();
    // A talk keeps one scene.
    out.remove = button(Tx::TalkRemove, "remove", lang, out) && any && talk.scenes.size() > 1;
    out.save = button(Tx::TalkSave, "save", lang, out);
    ImGui::SameLine();
    out.present = button(Tx::TalkPresent, "present", lang, out) && any;
    ImGui::SameLine();
    if (st.unsaved)
        colouredText(theme().panelWarning, tr(Tx::TalkUnsaved, lang));
    else if (!st.status.empty())
        ImGui::TextUnformatted(st.status.c_str());
    ImGui::Separator();
    // The scenes, one line each, the selected one highlighted.
    ImGui::BeginChild("##scenes", ImVec2(0, 5.5f * ImGui::GetTextLineHeightWithSpacing()), true);
    if (talk.scenes.empty())
        dimWrapped(tr(Tx::TalkNoScenes, lang));
    for (std::size_t i = 0; i < talk.scenes.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string line = std::to_string(i + 1) + "  " + talk.scenes[i].title;
        if (ImGui::Selectable(line.c_str(), i == st.selected))
            out.select = i;
        ImGui::PopID();
    }
    ImGui::EndChild();
    // The selected scene's words.
    if (any) {
        const TalkScene& sc = talk.scenes[st.selected];
        out.title = field(tr(Tx::TalkSceneTitle, lang), "##title", sc.title, false, s);
        out.caption = field(tr(Tx::TalkCaption, lang), "##caption", sc.caption, true, s);
        out.captionZh = field(tr(Tx::TalkCaptionZh, lang), "##captionzh", sc.captionZh, true, s);
        out.notes = field(tr(Tx::TalkNotes, lang), "##notes", sc.notes, true, s);
    }
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
