#pragma once

#include <SFML/Graphics/Image.hpp>

#include <cstddef>
#include <string>

namespace aimap::test {

/// How two images of one scene differ.
struct ImageDiff {
    bool sameSize = false;
    std::size_t pixels = 0;    ///< pixels compared (of the expected image)
    std::size_t differing = 0; ///< pixels where some channel differs by more than the tolerance
    int maxDelta = 0;          ///< largest channel difference seen (0-255)
    /// The expected image dimmed to grey, with differing pixels in magenta: where to look.
    sf::Image picture;

    double fraction() const { return pixels ? static_cast<double>(differing) / pixels : 1.0; }
};

/// Compares `actual` with `expected` channel by channel (R, G, B; both are opaque screenshots).
/// A pixel differs when one channel is more than `tolerance` (out of 255) away.
ImageDiff compareImages(const sf::Image& expected, const sf::Image& actual, int tolerance);

/// ImageMagick's normalised RMSE of two image files of one size (0: equal, 1: opposite), -1
/// when it cannot tell (ImageMagick's `compare` missing, a file unreadable, sizes differ).
double magickRmse(const std::string& a, const std::string& b);

/// "3 104 of 2 073 600 pixels (0.150%) differ by more than 2/255, up to 41/255"
std::string describe(const ImageDiff& d, int tolerance);

} // namespace aimap::test
