#pragma once

// Glue between SFML 2.5 and Dear ImGui 1.86 (imgui-sfml is not packaged in Debian).
//
// Implemented features:
//  [x] Keyboard through io.KeyMap / io.KeysDown (the 1.86 API), with Ctrl/Shift/Alt/Super; a key
//      pressed and released within one frame (xdotool, fast typists) is still seen as pressed.
//  [x] Text input (sf::Event::TextEntered -> io.AddInputCharacter).
//  [x] Mouse position, buttons (a press and release within one frame still counts), wheel (both
//      axes).
//  [x] Clipboard through sf::Clipboard.
//  [x] Focus events, DisplaySize and framebuffer scale.
//  [x] Drawing through ImGui_ImplOpenGL3 from libimgui, into a window or a render texture.

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <array>
#include <vector>

namespace aimap {

class ImGuiSfml {
public:
    /// Create the ImGui context and the OpenGL3 renderer. A GL context must be active.
    bool init();
    void shutdown();

    /// Feed one SFML event. Returns nothing: ask wantsMouse()/wantsKeyboard() afterwards.
    void processEvent(const sf::Event& event);

    /// Start a frame of `sizePx` pixels; dtSeconds > 0.
    void newFrame(sf::Vector2u sizePx, float dtSeconds);
    /// Render the frame's draw data into `target` (which must be active).
    void render(sf::RenderTarget& target);

    bool wantsMouse() const;
    bool wantsKeyboard() const;

private:
    bool m_initialised = false;
    std::array<bool, 5> m_pressedThisFrame{};
    std::array<bool, 5> m_down{};
    std::vector<int> m_keysPressedThisFrame;
    std::vector<int> m_pendingKeyReleases; ///< released in the frame they were pressed
};

} // namespace aimap
