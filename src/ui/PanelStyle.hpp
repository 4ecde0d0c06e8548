#pragma once

#include "core/Theme.hpp"
#include "ui/PanelFrame.hpp"

#include <imgui.h>

#include <string>

namespace aimap {

/// Apply aimap's ImGui style (light, high contrast for projectors, colours from theme()) scaled
/// by `uiScale`.
void applyStyle(float uiScale);

/// Margin between panels and the window edge, in pixels.
float panelMargin(float uiScale);

/// Width of the cards docked at the right edge, in pixels (the app keeps the selected city out
/// from under it).
float cityCardWidth(float displayWidth, float uiScale);

/// Begin a card docked at the right edge, below the margin, as tall as its contents up to what
/// leaves the map its share with the panels already in `frame` (core/view/PanelBudget.hpp);
/// `open` turns false when its close button is clicked. End it with ImGui::End() as any window.
void beginCard(const std::string& title, const PanelFrame& frame, bool& open);

/// A theme colour for ImGui's draw lists (ImU32) and style stack (ImVec4).
inline ImU32 toImU32(Rgba c) {
    return IM_COL32(c.r, c.g, c.b, c.a);
}
inline ImVec4 toImVec4(Rgba c) {
    return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, c.a / 255.0f);
}

} // namespace aimap
