#pragma once

// The audience frame's overlay: caption, legend and source line, each on a panel (the ImGui
// panels' look), laid out as the window lays them out. Part of buildAudienceFrame.

#include "core/display/AudienceCard.hpp"
#include "core/display/AudienceInput.hpp"

#include <optional>
#include <vector>

namespace aimap::display {

/// A panel: its plate and what is drawn on it (pixels).
struct Panel {
    Box box;
    std::vector<DisplayText> texts;
    std::vector<DisplayCircle> circles;
    std::vector<DisplayPolyline> lines;
};

struct Overlay {
    std::optional<Panel> caption, legend, sources;
    std::optional<AudienceCardLayout> card; ///< the docked card (exports; the window's is ImGui)
    /// The sources the frame names: audienceSourceIds() and the card's.
    std::vector<std::string> sourceIds;
};

/// The overlay of a frame of `in` (its labels are not read).
Overlay overlayOf(const AudienceInput& in);
/// The panel into `g`: plate, lines, circles, texts.
void addPanel(DisplayGroup& g, const Panel& p, const AudienceInput& in);

} // namespace aimap::display
