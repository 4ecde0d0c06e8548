#include "app/input/StageKeys.hpp"

namespace aimap {

StageKeys::Result StageKeys::handle(const sf::Event& e, bool uiWantsKeyboard) {
    Result r;
    const bool mouse = e.type == sf::Event::MouseButtonPressed ||
                       e.type == sf::Event::MouseButtonReleased ||
                       e.type == sf::Event::MouseWheelScrolled || e.type == sf::Event::MouseMoved;
    if (m_blank != Blank::None) {
        // Any key returns, and does nothing else; the mouse does nothing on a blank screen.
        if (e.type == sf::Event::KeyPressed) {
            m_blank = Blank::None;
            r.consumed = r.blankChanged = true;
        }
        r.consumed = r.consumed || mouse || e.type == sf::Event::KeyReleased ||
                     e.type == sf::Event::TextEntered;
        return r;
    }
    if (mouse) {
        r.consumed = m_locked;
        return r;
    }
    if (e.type != sf::Event::KeyPressed || uiWantsKeyboard || e.key.control || e.key.alt ||
        e.key.system)
        return r;
    switch (e.key.code) {
    case sf::Keyboard::B:
    case sf::Keyboard::Period:
        m_blank = Blank::Black;
        r.consumed = r.blankChanged = true;
        break;
    case sf::Keyboard::W:
    case sf::Keyboard::Comma:
        m_blank = Blank::White;
        r.consumed = r.blankChanged = true;
        break;
    case sf::Keyboard::F5:
    case sf::Keyboard::F:
        r.toggleFullscreen = true;
        r.consumed = true;
        break;
    case sf::Keyboard::P:
        r.toggleTimeline = true;
        r.consumed = true;
        break;
    case sf::Keyboard::L:
        m_locked = !m_locked;
        r.lockChanged = true;
        r.consumed = true;
        break;
    default:
        break;
    }
    return r;
}

} // namespace aimap
