#include "app/scene/SpotlightScene.hpp"

#include <algorithm>

namespace aimap {

bool markerLit(const SceneFrame& frame, std::size_t i, const SpotlightLit& lit,
               const Camera& camera) {
    if (!lit.active)
        return true;
    const ScreenMarker& m = frame.order[i];
    static const std::vector<std::uint32_t> none;
    const auto& cities = m.item < frame.memberCities.size() ? frame.memberCities[m.item] : none;
    return lit.itemLit(cities, camera.screenToWorld(m.centre));
}

SpotlightFrame applySpotlight(SceneFrame& frame, const SpotlightLit& lit, const Camera& camera) {
    SpotlightFrame out;
    for (std::size_t i = 0; i < frame.order.size(); ++i) {
        const ScreenMarker& m = frame.order[i];
        const MarkerStyle style = i < frame.styles.size() ? frame.styles[i] : MarkerStyle{};
        // What the audience's eye was sent to stays lit: the selected item too.
        const bool on = style.selected || markerLit(frame, i, lit, camera);
        (on ? out.litOrder : out.dimOrder).push_back(m);
        (on ? out.litStyles : out.dimStyles).push_back(style);
        if (!on || m.item >= frame.memberCities.size())
            continue;
        const auto& cities = frame.memberCities[m.item];
        if (std::any_of(lit.focus.begin(), lit.focus.end(), [&](std::size_t f) {
                return std::find(cities.begin(), cities.end(), f) != cities.end();
            }))
            out.focus.push_back(m);
    }
    for (LabelRequest& r : frame.labels)
        if (r.tier != 0 && !lit.itemLit(r.cities, camera.screenToWorld(r.anchor))) {
            r.tier = std::max(r.tier, kDimmedLabelTier);
            r.leaders = false;
        }
    return out;
}

} // namespace aimap
