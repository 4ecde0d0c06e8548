#pragma once

#include "app/scene/MarkerScene.hpp"
#include "core/camera/Camera.hpp"
#include "core/view/SpotlightLit.hpp"

#include <vector>

namespace aimap {

/// A frame's markers under a talk's spotlight (issue 15): the dimmed ones drawn faded and first,
/// the lit ones as usual on top; the markers of the focus cities (or of the clusters holding
/// them), which pulse.
struct SpotlightFrame {
    std::vector<ScreenMarker> dimOrder;
    std::vector<MarkerStyle> dimStyles;
    std::vector<ScreenMarker> litOrder;
    std::vector<MarkerStyle> litStyles;
    std::vector<ScreenMarker> focus;
};

/// Splits `frame`'s markers by `lit` (active) and quiets the labels of what is dimmed: they are
/// placed after every lit one, without leader lines, and drawn faded (tier kDimmedLabelTier).
SpotlightFrame applySpotlight(SceneFrame& frame, const SpotlightLit& lit, const Camera& camera);

/// LabelRequest::tier of a label dimmed by a spotlight (placed after the quiet tier 2).
constexpr int kDimmedLabelTier = 3;

/// Whether the `i`th marker of frame.order is lit (always, without a spotlight).
bool markerLit(const SceneFrame& frame, std::size_t i, const SpotlightLit& lit,
               const Camera& camera);

} // namespace aimap
