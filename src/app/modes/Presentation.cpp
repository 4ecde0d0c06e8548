#include "app/modes/Presentation.hpp"

#include "app/Viewer.hpp"

#include "core/i18n/UiText.hpp"
#include "core/talk/TalkResume.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

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

void Presentation::remember(std::string resumePath, std::string talkPath) {
    m_resumePath = std::move(resumePath);
    m_talkPath = std::move(talkPath);
}

void Presentation::offerResume(TalkPosition at, Viewer& viewer) {
    m_offer = at;
    const std::string where =
        std::to_string(at.scene + 1) + (at.step ? "." + std::to_string(at.step) : std::string());
    viewer.toast(tr(Tx::ResumeOffer, viewer.panelLanguage(), {where}), 3600);
}

void Presentation::saveResume() {
    if (m_resumePath.empty())
        return;
    const TalkPosition at = m_cursor.position();
    std::string error;
    if (!saveTalkResume(m_resumePath, {absoluteTalkPath(m_talkPath), at.scene, at.step}, error) &&
        !m_resumeWarned) {
        std::fprintf(stderr, "aimap: cannot remember the talk's position: %s\n", error.c_str());
        m_resumeWarned = true;
    }
}

bool Presentation::handle(const sf::Event& e, Viewer& viewer) {
    if (!m_active || e.type != sf::Event::KeyPressed || viewer.uiWantsKeyboard())
        return false;
    if (m_offer) { // the first key answers the offer to resume
        const TalkPosition offered = *m_offer;
        m_offer.reset();
        viewer.toast("", 0);
        if (e.key.code == sf::Keyboard::Enter || e.key.code == sf::Keyboard::R) {
            m_cursor = TalkCursor(*m_talk, offered);
            saveResume();
            show(viewer, true);
            return true;
        }
    }
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
    if (m_cursor.position() != before)
        saveResume();
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
            {"caption", viewer.caption()},
            {"resume_offer", m_offer ? nlohmann::json(m_offer->scene + 1) : nlohmann::json()}};
}

} // namespace aimap
