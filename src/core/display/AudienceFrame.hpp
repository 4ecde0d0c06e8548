#pragma once

#include "core/display/AudienceInput.hpp"
#include "core/display/DisplayList.hpp"

#include <vector>

namespace aimap {

/// The boxes the overlay (caption, legend, source line) takes in a frame of `in` (pixels): map
/// labels keep clear of them, as they keep clear of the panels on screen. The labels of `in`
/// are not read.
std::vector<Box> audienceOverlayBoxes(const AudienceInput& in);

/// The audience view of one frame as a display list: sea, basemap, markers, zone symbols, the
/// South China Sea inset, labels, rank badges, the legend (same symbol scale and values as the
/// viewer's legend), the caption, a compact source line naming the source of every figure shown,
/// and the watermark when the data is synthetic or an example. The 1920x1080 layout with every
/// length times `in.unit / 1.2` (the panels' scale at 1080).
DisplayList buildAudienceFrame(const AudienceInput& in);

/// Only the overlay of the audience view: the legend, the caption and the source line, as
/// buildAudienceFrame() draws them. A presenting window draws it over its map (the cards stay
/// ImGui panels). `boxes`, if given, gets audienceOverlayBoxes() of the same layout (laid out
/// once: the window does this every frame).
DisplayList buildAudienceOverlay(const AudienceInput& in, std::vector<Box>* boxes = nullptr);

} // namespace aimap
