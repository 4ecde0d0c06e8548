#pragma once

#include "core/geo/LonLat.hpp"
#include "core/i18n/UiText.hpp"

#include <vector>

namespace aimap {

/// What the panels of one frame share. The app makes one per frame (between ImGui::NewFrame and
/// ImGui::Render) and passes it to every panel it draws; each panel records the rectangle it
/// covers, so that map labels can avoid all of them.
struct PanelFrame {
    float uiScale = 1.0f;   ///< 1 at 1080p; sizes in pixels are multiplied by it
    UiLanguage language = UiLanguage::En; ///< the panels' own words (uiLanguage(LabelMode))
    std::vector<Box> rects; ///< screen rectangles (pixels) of the panels drawn so far

    /// Record the current ImGui window's rectangle (call before ImGui::End).
    void recordWindow();
};

} // namespace aimap
