#pragma once

#include <optional>
#include <string>

namespace aimap {

// How big the interface is drawn. Sizes in pixels are multiplied by the UI scale; at scale 1 the
// panels' text is 17 px and the map's labels 15 px.

constexpr float kPanelTextPx = 17.0f; ///< panel text at UI scale 1
constexpr float kLabelTextPx = 15.0f; ///< map labels at UI scale 1 (the smallest text)

struct UiScaleSetting {
    enum class Mode {
        Desk,  ///< follows the window height: 1 up to 900 px high, then height / 900 (at most 3)
        Room,  ///< for a hall: 1.3 x the desk scale, and map labels at least 21 px (panel text 24)
        Fixed, ///< the number given
    };
    Mode mode = Mode::Desk;
    float fixed = 1.0f;
    float minTextPx = 0; ///< the smallest text (map labels) at least this high; 0: no minimum
};

/// "desk", "room" or a number in [0.5, 4]. Sets `error` otherwise.
std::optional<UiScaleSetting> parseUiScale(const std::string& text, std::string& error);

/// The UI scale for a window `heightPx` high: see the modes; then raised so that map labels are
/// at least `minTextPx`; within [0.5, 4].
float uiScaleFor(double heightPx, const UiScaleSetting& setting);

} // namespace aimap
