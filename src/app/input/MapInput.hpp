#pragma once

#include "core/camera/Camera.hpp"

#include <SFML/Window/Event.hpp>

#include <chrono>
#include <optional>

namespace aimap {

/// What an event on the map asks for beyond moving the camera, which MapInput does itself.
struct MapAction {
    enum class Kind { None, Close, Resize, Click, Fit, Escape } kind = Kind::None;
    Vec2 point;               ///< Click: where (window pixels); Resize: the new size
    bool doubleClick = false; ///< Click: a second click within 450 ms and 6 px of the last
};

/// Mouse and keyboard on the map: drag pans, the wheel zooms around the cursor, + and - zoom
/// around the centre, arrows pan, a press and release without a drag is a click. Events the
/// panels take (ImGui's capture flags) never reach the map.
class MapInput {
public:
    /// `uiWantsMouse` / `uiWantsKeyboard`: ImGui's capture flags for this event.
    MapAction handle(const sf::Event& event, Camera& camera, bool uiWantsMouse,
                     bool uiWantsKeyboard);
    /// The cursor over the map for hovering (none while dragging or outside the window).
    std::optional<Vec2> hoverPoint() const;

private:
    MapAction key(sf::Keyboard::Key code, Camera& camera);

    Vec2 m_mouse{-1, -1};
    Vec2 m_pressPos;
    bool m_pressOnMap = false;
    bool m_dragging = false;
    std::chrono::steady_clock::time_point m_lastClick{};
    Vec2 m_lastClickPos{-100, -100};
};

} // namespace aimap
