#pragma once

#include "core/camera/Camera.hpp"

#include <SFML/Window/Event.hpp>

#include <chrono>
#include <optional>

namespace aimap {

/// What an event on the map asks for beyond moving the camera, which MapInput does itself.
struct MapAction {
    /// Pin: C (compare: pin or unpin the selected city).
    enum class Kind { None, Close, Resize, Click, Fit, Escape, Pin } kind = Kind::None;
    Vec2 point;               ///< Click: where (window pixels); Resize: the new size
    bool doubleClick = false; ///< Click: a second click within 450 ms and 6 px of the last
                              ///< (as far as the frames' event times can tell)
    bool ctrl = false;        ///< Click: with Ctrl held (compare: pin or unpin the marker)
};

/// Mouse and keyboard on the map: drag pans, the wheel zooms around the cursor, + and - zoom
/// around the centre, arrows pan, a press and release without a drag is a click. Events the
/// panels take (ImGui's capture flags) never reach the map.
class MapInput {
public:
    using Clock = std::chrono::steady_clock;
    /// Call before polling a frame's events: they arrived between the previous call and `now`.
    /// Double-clicks are timed by these bounds, not by when a frame gets to the events: under
    /// load (a worker indexing, software GL) a frame takes longer than a double-click, and the
    /// second click of one would otherwise be read after the 450 ms had passed.
    void beginEvents(Clock::time_point now);
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
    Clock::time_point m_previousPoll{}; ///< events of this frame arrived after this...
    Clock::time_point m_poll{};         ///< ...and before this
    Clock::time_point m_lastClick{};    ///< the last click arrived before this
    Vec2 m_lastClickPos{-100, -100};
    bool m_ctrl = false; ///< a Ctrl key is held (from the key events: clicks carry no modifiers)
};

} // namespace aimap
