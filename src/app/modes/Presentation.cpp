#include "app/modes/Presentation.hpp"

#include "app/Viewer.hpp"

#include <nlohmann/json.hpp>

namespace aimap {

Presentation::Presentation(std::shared_ptr<const Talk> talk, std::map<std::string, Box> provinces,
                           TalkPosition start)
    : m_talk(std::move(talk)), m_provinces(std::move(provinces)), m_cursor(*m_talk, start) {}

void Presentation::show(Viewer& viewer, bool animate) const {
    if (m_talk->scenes.empty())
        return;
    const TalkPosition at = m_cursor.position();
    const TalkScene& scene = m_talk->scenes[at.scene];
    viewer.setPresenting(m_active);
    viewer.present(scene, at.step, m_provinces, animate);
}

bool Presentation::handle(const sf::Event& e, Viewer& viewer) {
    if (!m_active || e.type != sf::Event::KeyPressed || viewer.uiWantsKeyboard())
        return false;
    const TalkPosition before = m_cursor.position();
    bool sameFrameAgain = false;
    switch (e.key.code) {
    case sf::Keyboard::PageDown:
    case sf::Keyboard::Right:
    case sf::Keyboard::Down:
    case sf::Keyboard::Space:
        m_cursor.next();
        break;
    case sf::Keyboard::Enter:
        if (m_digits.empty())
            m_cursor.next();
        else
            m_cursor.jumpToScene(std::stoul(m_digits));
        m_digits.clear();
        break;
    case sf::Keyboard::PageUp:
    case sf::Keyboard::Left:
    case sf::Keyboard::Up:
    case sf::Keyboard::Backspace:
        m_cursor.previous();
        break;
    case sf::Keyboard::Home:
        m_cursor.first();
        break;
    case sf::Keyboard::End:
        m_cursor.last();
        break;
    case sf::Keyboard::R: // back to the scene's camera after exploring
        sameFrameAgain = true;
        break;
    case sf::Keyboard::Escape: // presentation mode ends: the panels come back
        m_active = false;
        m_digits.clear();
        viewer.setPresenting(false);
        return true;
    default:
        // A digit of a scene number (top row or keypad).
        int digit = -1;
        if (e.key.code >= sf::Keyboard::Num0 && e.key.code <= sf::Keyboard::Num9)
            digit = e.key.code - sf::Keyboard::Num0;
        else if (e.key.code >= sf::Keyboard::Numpad0 && e.key.code <= sf::Keyboard::Numpad9)
            digit = e.key.code - sf::Keyboard::Numpad0;
        if (digit < 0)
            return false;
        if (m_digits.size() < 4)
            m_digits += static_cast<char>('0' + digit);
        return true;
    }
    if (sameFrameAgain || m_cursor.position() != before)
        show(viewer, true);
    return true;
}

nlohmann::json Presentation::dump(const Viewer& viewer) const {
    const TalkPosition at = m_cursor.position();
    return {{"presenting", m_active},
            {"scene", at.scene + 1},
            {"scene_count", m_talk->scenes.size()},
            {"step", at.step},
            {"caption", viewer.caption()}};
}

} // namespace aimap
