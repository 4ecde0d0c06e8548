#pragma once

#include "core/view/Tooltip.hpp"
#include "ui/PanelFrame.hpp"

#include <optional>

namespace aimap {

/// The tooltip of the hovered marker: title, value, sources. It asks for nothing and, following
/// the cursor, is not a rectangle for map labels to avoid.
struct TooltipState {
    std::optional<HoverInfo> hover; ///< nothing hovered: no tooltip
};

void drawTooltip(const TooltipState& state, PanelFrame& frame);

} // namespace aimap
