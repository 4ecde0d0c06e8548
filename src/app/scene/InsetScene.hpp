#pragma once

#include "core/geo/LonLat.hpp"
#include "core/view/InsetLayout.hpp"
#include "core/view/ViewState.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// The South China Sea inset of a frame: where it goes (window pixels) and what its caption says.
struct InsetScene {
    std::optional<InsetPlacement> placement; ///< none: not drawn (a tiny window beside a card)
    std::vector<std::string> caption;        ///< UTF-8 lines, in the label language
    unsigned charSizePx = 14;                ///< the caption's character size
};

/// The inset for a window of `windowPx` at the panels' `uiScale`, with or without a card docked
/// at the right (the inset then moves left to sit beside it: insetRect()). The caption follows
/// the labels' language: "南海诸岛", "South China Sea Islands", or both on two lines. Nothing here
/// depends on the main map's camera.
InsetScene insetScene(Vec2 windowPx, float uiScale, bool cardOpen, LabelMode labels,
                      const Box& worldBox);

} // namespace aimap
