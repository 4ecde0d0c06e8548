#include "app/input/MapInput.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

void MapInput::beginEvents(Clock::time_point now) {
    m_previousPoll = m_poll == Clock::time_point{} ? now : m_poll;
    m_poll = now;
}

std::optional<Vec2> MapInput::hoverPoint() const {
    if (m_mouse.x < 0 || m_dragging)
        return std::nullopt;
    return m_mouse;
}

MapAction MapInput::handle(const sf::Event& e, Camera& camera, bool uiWantsMouse,
                           bool uiWantsKeyboard) {
    MapAction a;
    switch (e.type) {
    case sf::Event::Closed:
        a.kind = MapAction::Kind::Close;
        return a;
    case sf::Event::Resized:
        a.kind = MapAction::Kind::Resize;
        a.point = {static_cast<double>(e.size.width), static_cast<double>(e.size.height)};
        return a;
    case sf::Event::MouseWheelScrolled:
        if (!uiWantsMouse && e.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
            camera.zoomAt({static_cast<double>(e.mouseWheelScroll.x),
                           static_cast<double>(e.mouseWheelScroll.y)},
                          std::pow(1.25, e.mouseWheelScroll.delta));
        return a;
    case sf::Event::MouseButtonPressed:
        if (e.mouseButton.button == sf::Mouse::Left && !uiWantsMouse) {
            m_pressOnMap = true;
            m_dragging = false;
            m_pressPos = {static_cast<double>(e.mouseButton.x),
                          static_cast<double>(e.mouseButton.y)};
            m_mouse = m_pressPos;
        }
        return a;
    case sf::Event::MouseButtonReleased:
        if (e.mouseButton.button == sf::Mouse::Left && m_pressOnMap) {
            m_pressOnMap = false;
            if (!m_dragging) {
                const Vec2 p{static_cast<double>(e.mouseButton.x),
                             static_cast<double>(e.mouseButton.y)};
                a.kind = MapAction::Kind::Click;
                a.point = p;
                a.ctrl = m_ctrl;
                // The shortest the two clicks can have been apart: this one arrived after the
                // previous poll, the last one before the poll that read it.
                a.doubleClick = m_previousPoll - m_lastClick < std::chrono::milliseconds(450) &&
                                std::hypot(p.x - m_lastClickPos.x, p.y - m_lastClickPos.y) < 6;
                m_lastClick = m_poll;
                m_lastClickPos = p;
            }
            m_dragging = false;
        }
        return a;
    case sf::Event::MouseMoved: {
        const Vec2 p{static_cast<double>(e.mouseMove.x), static_cast<double>(e.mouseMove.y)};
        if (m_pressOnMap) {
            const double dx = p.x - m_pressPos.x, dy = p.y - m_pressPos.y;
            if (m_dragging || dx * dx + dy * dy > 16)
                m_dragging = true;
            if (m_dragging)
                camera.panPixels({p.x - m_mouse.x, p.y - m_mouse.y});
        }
        m_mouse = p;
        return a;
    }
    case sf::Event::MouseLeft:
        m_mouse = {-1, -1};
        return a;
    case sf::Event::KeyPressed:
        if (e.key.code == sf::Keyboard::LControl || e.key.code == sf::Keyboard::RControl)
            m_ctrl = true;
        if (uiWantsKeyboard)
            return a;
        // C pins or unpins the selected city (compare); Ctrl+C is not C.
        if (e.key.code == sf::Keyboard::C) {
            if (!e.key.control && !e.key.alt && !e.key.system)
                a.kind = MapAction::Kind::Pin;
            return a;
        }
        return key(e.key.code, camera);
    case sf::Event::KeyReleased:
        if (e.key.code == sf::Keyboard::LControl || e.key.code == sf::Keyboard::RControl)
            m_ctrl = false;
        return a;
    case sf::Event::LostFocus:
        m_ctrl = false;
        return a;
    default:
        return a;
    }
}

MapAction MapInput::key(sf::Keyboard::Key code, Camera& camera) {
    MapAction a;
    const Vec2 centre{camera.viewport().x / 2, camera.viewport().y / 2};
    const double step = 0.1 * std::min(camera.viewport().x, camera.viewport().y);
    switch (code) {
    case sf::Keyboard::Add:
    case sf::Keyboard::Equal:
        camera.zoomAt(centre, 1.5);
        break;
    case sf::Keyboard::Subtract:
    case sf::Keyboard::Hyphen:
        camera.zoomAt(centre, 1 / 1.5);
        break;
    case sf::Keyboard::Left:
        camera.panPixels({step, 0});
        break;
    case sf::Keyboard::Right:
        camera.panPixels({-step, 0});
        break;
    case sf::Keyboard::Up:
        camera.panPixels({0, step});
        break;
    case sf::Keyboard::Down:
        camera.panPixels({0, -step});
        break;
    case sf::Keyboard::Num0:
    case sf::Keyboard::Home:
        a.kind = MapAction::Kind::Fit;
        break;
    case sf::Keyboard::Escape:
        a.kind = MapAction::Kind::Escape;
        break;
    default:
        break;
    }
    return a;
}

} // namespace aimap
