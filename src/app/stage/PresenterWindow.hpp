#pragma once

#include "app/ImGuiSfml.hpp"
#include "app/gfx/FontAtlas.hpp"
#include "core/talk/PresenterModel.hpp"
#include "core/view/WindowGeometry.hpp"
#include "ui/PresenterPanel.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Texture.hpp>
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
    /// The pictures of the frames now and next (FrameThumbnails; null: not drawn yet), and a
    /// number that changes whenever they may have.
    struct Pictures {
        const sf::Image* now = nullptr;
        const sf::Image* next = nullptr;
        std::size_t generation = 0;
    };
    /// Redraws when the model or the pictures changed, or twice a second (the clock).
    void draw(const PresenterModel& model, bool shared, UiLanguage lang, const Pictures& pictures);
    /// Its client area on the screen (UI dump, tests).
    PixelRect rect() const;
    /// The model last drawn.
    const PresenterModel& shown() const { return m_shown; }
    std::size_t frames() const { return m_frames; }
    /// Where the last drawing put the pictures (window pixels) and whether each was a picture
    /// (not the "being drawn" frame).
    const PresenterPictureBoxes& pictureBoxes() const { return m_boxes; }
    bool nowPictureShown() const { return m_nowShown; }
    bool nextPictureShown() const { return m_nextShown; }

private:
    sf::RenderWindow m_window;
    ImGuiSfml m_imgui;
    FontAtlas m_fonts;
    float m_scale = 1.5f;
    PresenterModel m_shown;
    bool m_drawn = false;
    sf::Clock m_sinceDraw;
    std::size_t m_frames = 0;
    sf::Texture m_now, m_next; ///< the pictures, in this window's context
    std::size_t m_picturesGeneration = ~std::size_t{0};
    bool m_nowShown = false, m_nextShown = false;
    PresenterPictureBoxes m_boxes;
};

} // namespace aimap
