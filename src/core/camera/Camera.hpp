#pragma once

#include "core/geo/LonLat.hpp"

namespace aimap {

/// The 2D map camera: which part of the world (projected metres, y north) is shown in a viewport
/// (pixels, y down). A plain value with pure conversions.
class Camera {
public:
    Camera() = default;

    /// Viewport size in pixels (> 0).
    void setViewport(Vec2 sizePx);
    Vec2 viewport() const { return m_viewport; }

    /// Show the whole box with a margin (pixels) on every side; makes this the "fit" zoom, whose
    /// scale is the reference for zoom limits and zoomLevel().
    void fit(const Box& world, double marginPx);

    Vec2 worldToScreen(Vec2 world) const;
    Vec2 screenToWorld(Vec2 screen) const;

    /// Move the map by a drag of (dx, dy) pixels: the point under the cursor follows it.
    void panPixels(Vec2 deltaPx);
    /// Zoom by `factor` (> 1 zooms in) keeping the world point under `screenPx` fixed. The scale
    /// is clamped to [minZoom, maxZoom] × the fit scale.
    void zoomAt(Vec2 screenPx, double factor);

    Vec2 centre() const { return m_centre; }
    void setCentre(Vec2 world) { m_centre = world; }
    /// Pixels per metre.
    double scale() const { return m_scale; }
    void setScale(double pxPerMetre);
    /// log2(scale / fit scale): 0 at "fit China", +1 per doubling.
    double zoomLevel() const;
    double fitScale() const { return m_fitScale; }

    static constexpr double kMinZoom = 0.5;  ///< × fit scale
    static constexpr double kMaxZoom = 64.0; ///< × fit scale

    /// Visible world box.
    Box visibleWorld() const;

private:
    Vec2 m_viewport{1280, 720};
    Vec2 m_centre{0, 0};
    double m_scale = 1e-4;
    double m_fitScale = 1e-4;
};

} // namespace aimap
