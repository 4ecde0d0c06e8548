#pragma once

#include "app/ImGuiSfml.hpp"
#include "app/gfx/FontAtlas.hpp"
#include "core/talk/PresenterModel.hpp"
#include "core/view/WindowGeometry.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>

#include <functional>
#include <string>

namespace aimap {

/// The presenter view (`--presenter-view`, issue 15): a second window, on the laptop's screen,
/// with the talk's position, the frame shown and the next one, the notes and the time. It has
/// its own ImGui context and font atlas (a texture made in one window's GL context dies with
/// it). Keys pressed in it drive the talk as in the audience's window. Every call leaves the
/// ImGui context and GL context it found current.
class PresenterWindow {
public:
    PresenterWindow() = default;
    PresenterWindow(const PresenterWindow&) = delete;
    PresenterWindow& operator=(const PresenterWindow&) = delete;
    ~PresenterWindow();

    /// Opens at `plan` with the panels' font; false (said on stderr) when it cannot.
    bool open(const WindowPlan& plan, const std::string& fontPath, const UiTexts& texts);
    bool isOpen() const { return m_window.isOpen(); }
    /// Its events: keys and text go to `onEvent`; closing it closes it (the talk goes on).
    void pollEvents(const std::function<void(const sf::Event&)>& onEvent);
    /// Redraws when the model changed, or twice a second (the clock).
    void draw(const PresenterModel& model, bool shared, UiLanguage lang);
    /// Its client area on the screen (UI dump, tests).
    PixelRect rect() const;
    /// The model last drawn.
    const PresenterModel& shown() const { return m_shown; }
    std::size_t frames() const { return m_frames; }

private:
    sf::RenderWindow m_window;
    ImGuiSfml m_imgui;
    FontAtlas m_fonts;
    float m_scale = 1.5f;
    PresenterModel m_shown;
    bool m_drawn = false;
    sf::Clock m_sinceDraw;
    std::size_t m_frames = 0;
};

} // namespace aimap
