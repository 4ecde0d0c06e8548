#include "core/view/UiScale.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

std::optional<UiScaleSetting> parseUiScale(const std::string& text, std::string& error) {
    UiScaleSetting s;
    if (text == "desk")
        return s;
    if (text == "room") {
        s.mode = UiScaleSetting::Mode::Room;
        return s;
    }
    try {
        std::size_t used = 0;
        const float v = std::stof(text, &used);
        if (used == text.size() && std::isfinite(v) && v >= 0.5f && v <= 4.0f) {
            s.mode = UiScaleSetting::Mode::Fixed;
            s.fixed = v;
            return s;
        }
    } catch (const std::exception&) {
    }
    error = "--ui-scale '" + text + "': use desk, room (large text for a hall) or a number from "
            "0.5 to 4\n";
    return std::nullopt;
}

float uiScaleFor(double heightPx, const UiScaleSetting& setting) {
    const double h = std::isfinite(heightPx) && heightPx > 0 ? heightPx : 900.0;
    const double desk = std::clamp(h / 900.0, 1.0, 3.0);
    double s = desk;
    switch (setting.mode) {
    case UiScaleSetting::Mode::Desk:
        break;
    case UiScaleSetting::Mode::Room:
        // A projector at 1280x720 seen from the back of a hall: map labels 21 px, panels 24.
        s = std::max(1.3 * desk, 21.0 / kLabelTextPx);
        break;
    case UiScaleSetting::Mode::Fixed:
        s = setting.fixed;
        break;
    }
    if (setting.minTextPx > 0)
        s = std::max(s, static_cast<double>(setting.minTextPx) / kLabelTextPx);
    return static_cast<float>(std::clamp(s, 0.5, 4.0));
}

} // namespace aimap
