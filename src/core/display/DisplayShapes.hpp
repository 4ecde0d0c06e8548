#pragma once

// Small shared pieces of the display lists' builders (AudienceFrame, AudienceOverlay): not a
// public interface.

#include "core/display/AudienceInput.hpp"
#include "core/view/ZoneLayer.hpp"

#include <algorithm>
#include <cmath>

namespace aimap::display {

constexpr double kPi = 3.14159265358979323846;

/// A length as a whole number of pixels, at least 1 (text sizes).
inline unsigned px(double v) {
    return static_cast<unsigned>(std::max(1.0, std::round(v)));
}

inline Rgba withAlpha(Rgba c, double a) {
    c.a = static_cast<std::uint8_t>(std::clamp(std::lround(a), 0L, 255L));
    return c;
}

/// The colour times `f` (darker), with alpha `a`: the marker shader's outline.
inline Rgba shade(Rgba c, float f, std::uint8_t a) {
    return {static_cast<std::uint8_t>(std::lround(c.r * f)),
            static_cast<std::uint8_t>(std::lround(c.g * f)),
            static_cast<std::uint8_t>(std::lround(c.b * f)), a};
}

inline double measureWith(const AudienceInput& in, std::string_view s, unsigned size) {
    return in.measure ? in.measure(s, size) : estimateTextWidth(s, size);
}

inline DisplayPolygon rect(const Box& b, Rgba fill, Rgba stroke = {0, 0, 0, 0},
                           double strokePx = 0) {
    DisplayPolygon p;
    p.rings.push_back({b.min, {b.max.x, b.min.y}, b.max, {b.min.x, b.max.y}});
    p.fill = fill;
    p.stroke = stroke;
    p.strokePx = strokePx;
    return p;
}

// A regular polygon's outline band `thickness` wide inside radius `r`, as a line on its middle.
inline DisplayPolyline zoneOutline(Vec2 c, const ZoneShape& shape, double r, double thickness,
                                   Rgba col) {
    const double apothem = r * std::cos(kPi / shape.sides);
    const double mid = r * std::max(0.0, apothem - thickness / 2) / apothem;
    DisplayPolyline line;
    for (int k = 0; k < shape.sides; ++k) {
        const double a = shape.rotation + 2 * kPi * k / shape.sides;
        line.points.push_back({c.x + mid * std::sin(a), c.y - mid * std::cos(a)});
    }
    line.widthPx = thickness;
    line.colour = col;
    line.closed = true;
    return line;
}

} // namespace aimap::display
