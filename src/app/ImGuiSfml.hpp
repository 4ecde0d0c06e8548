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

struct ImGuiContext;
#include <vector>

namespace aimap {

/// One window's ImGui: its own context (and so its own font atlas and GL objects: a second
/// window, the presenter view, must not draw with a texture that dies with the first window's GL
/// context). Every call makes this context ImGui's current one.
class ImGuiSfml {
public:
    /// Create the ImGui context and the OpenGL3 renderer. The window's GL context must be active.
    bool init();
    /// Makes this context ImGui's current one (the viewer's panels call ImGui directly).
    void makeCurrent() const;
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
    ImGuiContext* m_context = nullptr;
    bool m_initialised = false;
    std::array<bool, 5> m_pressedThisFrame{};
    std::array<bool, 5> m_down{};
    std::vector<int> m_keysPressedThisFrame;
    std::vector<int> m_pendingKeyReleases; ///< released in the frame they were pressed
};

} // namespace aimap
