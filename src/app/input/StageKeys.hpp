#pragma once

#include <SFML/Window/Event.hpp>

namespace aimap {

/// The screen blanked by the presenter: none, black or white.
enum class Blank { None, Black, White };

/// The keys a presenter needs on any screen (issue 15): B or "." blanks it to black, W or "," to
/// white, and any key brings the map back (the key does nothing else); F5 or F toggles full
/// screen; L locks the mouse out of the map (a bumped touchpad must not derail a talk: clicks,
/// drags, the wheel and hovering do nothing while locked; L unlocks); P plays or pauses the
/// timeline (the years of the metric shown). WindowMode passes every
/// event here first and the rest to the viewer. No window: plain state over SFML events.
class StageKeys {
public:
    struct Result {
        bool consumed = false;         ///< not for the viewer
        bool toggleFullscreen = false; ///< F5 or F
        bool lockChanged = false;      ///< L (say so on screen)
        bool blankChanged = false;     ///< the screen was blanked or brought back
        bool toggleTimeline = false;   ///< P: play or pause the timeline
    };

    /// `uiWantsKeyboard`: a text field has the keyboard (letters are typing, not commands).
    Result handle(const sf::Event& e, bool uiWantsKeyboard);

    Blank blank() const { return m_blank; }
    bool locked() const { return m_locked; }

private:
    Blank m_blank = Blank::None;
    bool m_locked = false;
};

} // namespace aimap
