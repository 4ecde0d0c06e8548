#pragma once

#include "core/geo/LonLat.hpp"
#include "core/talk/Talk.hpp"
#include "core/talk/TalkCursor.hpp"

#include <SFML/Window/Event.hpp>
#include <nlohmann/json_fwd.hpp>

#include <map>
#include <memory>
#include <string>

namespace aimap {

class Viewer;

/// A talk being presented (`--talk FILE`, issue 15): the clicker's keys move through its frames
/// and each frame is shown on the map (view, cards, caption, camera by a flight). The audience
/// view hides the control panel; Esc (after leaving full screen) ends presentation mode and gives
/// the panels back.
///
/// Keys while presenting: next = PageDown, Right, Down, Space, Enter; previous = PageUp, Left, Up,
/// Backspace; Home / End: the first / last scene; digits then Enter: that scene; R: back to the
/// scene's camera after exploring.
class Presentation {
public:
    /// `provinces`: province code -> its box in world metres (a "fit" camera's provinces).
    /// `start`: the frame shown first (--scene).
    Presentation(std::shared_ptr<const Talk> talk, std::map<std::string, Box> provinces,
                 TalkPosition start = {});

    /// Handles a presenter's key; true when the event was for the talk (not for the map).
    bool handle(const sf::Event& e, Viewer& viewer);
    /// Shows the current frame: at once (the first frame) or with a flight.
    void show(Viewer& viewer, bool animate) const;

    bool active() const { return m_active; }
    const Talk& talk() const { return *m_talk; }
    TalkPosition position() const { return m_cursor.position(); }
    /// For --ui-dump: presenting, scene (1-based), scene_count, step, caption.
    nlohmann::json dump(const Viewer& viewer) const;

private:
    std::shared_ptr<const Talk> m_talk;
    std::map<std::string, Box> m_provinces;
    TalkCursor m_cursor;
    bool m_active = true;
    std::string m_digits; ///< a scene number being typed
};

} // namespace aimap
