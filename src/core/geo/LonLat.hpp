#pragma once

namespace aimap {

/// A geographic position on WGS84: longitude and latitude in degrees.
struct LonLat {
    double lon = 0.0; ///< degrees east, [-180, 180]
    double lat = 0.0; ///< degrees north, [-90, 90]
};

/// A point or vector in a plane: projected metres (world) or pixels (screen), as the name of the
/// variable says.
struct Vec2 {
    double x = 0.0;
    double y = 0.0;
};

inline Vec2 operator+(Vec2 a, Vec2 b) {
    return {a.x + b.x, a.y + b.y};
}
inline Vec2 operator-(Vec2 a, Vec2 b) {
    return {a.x - b.x, a.y - b.y};
}
inline Vec2 operator*(Vec2 a, double s) {
    return {a.x * s, a.y * s};
}

/// Axis-aligned box in the plane; empty when min > max.
struct Box {
    Vec2 min{1e300, 1e300};
    Vec2 max{-1e300, -1e300};

    bool empty() const { return min.x > max.x || min.y > max.y; }
    void expand(Vec2 p) {
        if (p.x < min.x)
            min.x = p.x;
        if (p.y < min.y)
            min.y = p.y;
        if (p.x > max.x)
            max.x = p.x;
        if (p.y > max.y)
            max.y = p.y;
    }
    void expand(const Box& b) {
        if (!b.empty()) {
            expand(b.min);
            expand(b.max);
        }
    }
    double width() const { return max.x - min.x; }
    double height() const { return max.y - min.y; }
    Vec2 centre() const { return {(min.x + max.x) / 2, (min.y + max.y) / 2}; }
};

} // namespace aimap
