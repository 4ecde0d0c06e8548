#include "core/camera/Camera.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

void Camera::setViewport(Vec2 sizePx) {
    if (sizePx.x >= 1 && sizePx.y >= 1 && std::isfinite(sizePx.x) && std::isfinite(sizePx.y))
        m_viewport = sizePx;
}

void Camera::fit(const Box& world, double marginPx) {
    if (world.empty())
        return;
    const double w = std::max(1.0, m_viewport.x - 2 * marginPx);
    const double h = std::max(1.0, m_viewport.y - 2 * marginPx);
    const double sx = w / std::max(world.width(), 1e-9);
    const double sy = h / std::max(world.height(), 1e-9);
    m_fitScale = std::min(sx, sy);
    m_scale = m_fitScale;
    m_centre = world.centre();
}

Vec2 Camera::worldToScreen(Vec2 w) const {
    return {m_viewport.x / 2 + (w.x - m_centre.x) * m_scale,
            m_viewport.y / 2 - (w.y - m_centre.y) * m_scale};
}

Vec2 Camera::screenToWorld(Vec2 s) const {
    return {m_centre.x + (s.x - m_viewport.x / 2) / m_scale,
            m_centre.y - (s.y - m_viewport.y / 2) / m_scale};
}

void Camera::panPixels(Vec2 d) {
    if (!std::isfinite(d.x) || !std::isfinite(d.y))
        return;
    m_centre.x -= d.x / m_scale;
    m_centre.y += d.y / m_scale;
}

void Camera::setScale(double s) {
    if (std::isfinite(s) && s > 0)
        m_scale = std::clamp(s, m_fitScale * kMinZoom, m_fitScale * kMaxZoom);
}

void Camera::zoomAt(Vec2 screenPx, double factor) {
    if (!std::isfinite(factor) || factor <= 0 || !std::isfinite(screenPx.x) ||
        !std::isfinite(screenPx.y))
        return;
    const Vec2 anchor = screenToWorld(screenPx);
    setScale(m_scale * factor);
    // Move the centre so that `anchor` is again under screenPx.
    m_centre.x = anchor.x - (screenPx.x - m_viewport.x / 2) / m_scale;
    m_centre.y = anchor.y + (screenPx.y - m_viewport.y / 2) / m_scale;
}

double Camera::zoomLevel() const {
    return std::log2(m_scale / m_fitScale);
}

Box Camera::visibleWorld() const {
    Box b;
    b.expand(screenToWorld({0, 0}));
    b.expand(screenToWorld(m_viewport));
    return b;
}

} // namespace aimap
