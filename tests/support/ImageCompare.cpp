#include "support/ImageCompare.hpp"
#include "support/Process.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace aimap::test {

ImageDiff compareImages(const sf::Image& expected, const sf::Image& actual, int tolerance) {
    ImageDiff d;
    const sf::Vector2u size = expected.getSize();
    d.pixels = static_cast<std::size_t>(size.x) * size.y;
    d.sameSize = size == actual.getSize();
    if (!d.sameSize) {
        d.differing = d.pixels;
        d.maxDelta = 255;
        return d;
    }
    d.picture.create(size.x, size.y);
    const sf::Uint8* e = expected.getPixelsPtr();
    const sf::Uint8* a = actual.getPixelsPtr();
    for (unsigned y = 0; y < size.y; ++y)
        for (unsigned x = 0; x < size.x; ++x) {
            const std::size_t i = 4 * (static_cast<std::size_t>(y) * size.x + x);
            int delta = 0;
            for (int c = 0; c < 3; ++c)
                delta = std::max(delta, std::abs(static_cast<int>(e[i + c]) - a[i + c]));
            d.maxDelta = std::max(d.maxDelta, delta);
            if (delta > tolerance) {
                ++d.differing;
                d.picture.setPixel(x, y, sf::Color(255, 0, 255));
            } else {
                const auto grey = static_cast<sf::Uint8>(
                    160 + (static_cast<int>(e[i]) + e[i + 1] + e[i + 2]) / 3 * 95 / 255);
                d.picture.setPixel(x, y, sf::Color(grey, grey, grey));
            }
        }
    return d;
}

std::string describe(const ImageDiff& d, int tolerance) {
    if (!d.sameSize)
        return "the images differ in size";
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "%zu of %zu pixels (%.3f%%) differ by more than %d/255, up to %d/255",
                  d.differing, d.pixels, 100.0 * d.fraction(), tolerance, d.maxDelta);
    return buf;
}

double magickRmse(const std::string& a, const std::string& b) {
    // compare writes the measure on its standard error: "4050.56 (0.0618076)".
    const auto r = run("compare -metric RMSE " + quote(a) + " " + quote(b) + " null:");
    double absolute = 0, normalised = -1;
    return std::sscanf(r.err.c_str(), "%lf (%lf)", &absolute, &normalised) == 2 ? normalised : -1;
}

} // namespace aimap::test
