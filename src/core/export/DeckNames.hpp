#pragma once

#include <cstddef>
#include <string>

namespace aimap {

/// The file name (without extension) of one frame of an exported deck: the scene number
/// (1-based) and the build steps shown (0: the scene's first frame), each zero-padded to two
/// digits (three when the talk has 100 scenes or a scene 100 steps): "01-00", "03-05".
/// `scenes` and `maxSteps` (the largest step number of the talk) fix the widths, so that the
/// files of one deck sort in clicker order.
inline std::string deckFrameName(std::size_t scene, std::size_t step, std::size_t scenes,
                                 std::size_t maxSteps) {
    const auto padded = [](std::size_t v, std::size_t largest) {
        std::string s = std::to_string(v);
        const std::size_t width = largest >= 100 ? std::to_string(largest).size() : 2;
        return std::string(s.size() < width ? width - s.size() : 0, '0') + s;
    };
    return padded(scene, scenes) + "-" + padded(step, maxSteps);
}

} // namespace aimap
