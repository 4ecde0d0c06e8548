#pragma once

// An audience frame's input as the viewer gives it at `camera`'s size (tests of core/display).

#include "core/display/AudienceInput.hpp"

#include <string>

namespace aimap::test {

inline AudienceInput audienceInput(const Dataset& ds, const ViewState& view,
                                   const MetricSummary& summary, const Camera& camera,
                                   std::string caption) {
    AudienceInput in;
    in.sizePx = camera.viewport();
    in.unit = 1.2 * in.sizePx.y / 1080;
    in.lineScale = in.sizePx.y / 1080;
    in.dataset = &ds;
    in.view = &view;
    in.summary = &summary;
    in.camera = &camera;
    in.scale = SymbolScale(summary.vMax, 0.06 * in.sizePx.y, 3.0 * in.unit);
    in.caption = std::move(caption);
    return in;
}

} // namespace aimap::test
