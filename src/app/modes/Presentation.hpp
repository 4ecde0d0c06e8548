#pragma once

#include "core/geo/LonLat.hpp"
#include "core/talk/Talk.hpp"
#include "core/talk/TalkCursor.hpp"

#include <SFML/Window/Event.hpp>
#include <nlohmann/json_fwd.hpp>

#include <map>
#include <memory>
#include <optional>
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
    /// For --ui-dump: presenting, scene (1-based), scene_count, step, caption, resume_offer.
    nlohmann::json dump(const Viewer& viewer) const;

    /// Remembers the position in `resumePath` (talk-resume.json) after every move, for the talk
    /// file `talkPath`: after a crash or a restart, the talk can resume there.
    void remember(std::string resumePath, std::string talkPath);
    /// Offers to resume at `at` (a toast until the next key): Enter or R go there; any other key
    /// declines and does what it does.
    void offerResume(TalkPosition at, Viewer& viewer);

private:
    std::shared_ptr<const Talk> m_talk;
    std::map<std::string, Box> m_provinces;
    TalkCursor m_cursor;
    bool m_active = true;
    std::string m_digits; ///< a scene number being typed
    std::optional<TalkPosition> m_offer; ///< a resume point offered, not yet answered
    std::string m_resumePath, m_talkPath;
    bool m_resumeWarned = false; ///< a failed write of the record is said once
    void saveResume();
};

} // namespace aimap
