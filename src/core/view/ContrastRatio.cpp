#include "core/view/ContrastRatio.hpp"

#include "core/view/ColourVision.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

double relativeLuminance(Rgba c) {
    const LinearRgb l = toLinear(c);
    return 0.2126 * l.r + 0.7152 * l.g + 0.0722 * l.b;
}

double contrastRatio(Rgba x, Rgba y) {
    const double a = relativeLuminance(x), b = relativeLuminance(y);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

Rgba over(Rgba top, Rgba below) {
    const double k = top.a / 255.0;
    const auto mix = [k](std::uint8_t t, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(t * k + b * (1 - k)));
    };
    return {mix(top.r, below.r), mix(top.g, below.g), mix(top.b, below.b), below.a};
}

} // namespace aimap
