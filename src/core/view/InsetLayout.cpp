#include "core/view/InsetLayout.hpp"

#include "core/geo/Projection.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

Box insetWorldBox(const Projection& projection, const GeoFrame& f) {
    Box box;
    const double step = 0.25;
    const int nLon = static_cast<int>(std::ceil((f.east - f.west) / step));
    const int nLat = static_cast<int>(std::ceil((f.north - f.south) / step));
    for (int i = 0; i <= nLon; ++i) {
        const double lon = std::min(f.east, f.west + i * step);
        box.expand(projection.forward({lon, f.south}));
        box.expand(projection.forward({lon, f.north}));
    }
    for (int i = 0; i <= nLat; ++i) {
        const double lat = std::min(f.north, f.south + i * step);
        box.expand(projection.forward({f.west, lat}));
        box.expand(projection.forward({f.east, lat}));
    }
    return box;
}

std::optional<InsetPlacement> insetRect(const InsetLayoutInput& in) {
    const Vec2 win = in.windowPx;
    if (!(win.x >= 1 && win.y >= 1) || in.worldBox.empty() || in.worldBox.height() <= 0 ||
        !std::isfinite(in.uiScale) || !std::isfinite(in.captionPx))
        return std::nullopt;
    const double aspect = in.worldBox.width() / in.worldBox.height(); // width / height
    const double margin = 12.0 * std::max(in.uiScale, 0.0);           // panelMargin()
    const double caption = std::max(in.captionPx, 0.0);
    // Whole pixels: the right edge rounded down, the left limit up, so rounding never takes the
    // box past either.
    double right = std::floor(win.x - margin);
    if (in.cardLeftPx && std::isfinite(*in.cardLeftPx))
        right = std::min(right, std::floor(*in.cardLeftPx - margin));
    const double left = std::ceil(std::max(kLegendShare * win.x, margin));
    const bool card = in.cardLeftPx && std::isfinite(*in.cardLeftPx);
    double h = std::min((card ? kInsetHeightShareBesideCard : kInsetHeightShare) * win.y,
                        kInsetMaxHeightPx);
    // Shrink to the room left of the card (or of the right edge) and above the bottom margin.
    h = std::min(h, (right - left) / aspect);
    h = std::min(h, win.y - 2 * margin - caption);
    if (!(h >= kInsetMinHeightPx))
        return std::nullopt;
    h = std::floor(h + 1e-6); // 0.30 * 720 is 215.99999999999997
    const double w = std::min(std::round(h * aspect), right - left);
    const double bottom = std::floor(win.y - margin);
    InsetPlacement p;
    p.rect.min = {right - w, bottom - h - std::round(caption)};
    p.rect.max = {right, bottom};
    p.map.min = p.rect.min;
    p.map.max = {right, bottom - std::round(caption)};
    return p;
}

Camera insetCamera(const InsetPlacement& placement, const Box& worldBox) {
    Camera c;
    c.setViewport({placement.map.width(), placement.map.height()});
    c.fit(worldBox, 0.0);
    return c;
}

} // namespace aimap
