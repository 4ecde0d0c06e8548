#include "app/ImGuiSfml.hpp"

#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/Keyboard.hpp>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

namespace aimap {
namespace {

std::string g_clipboard; // keeps the UTF-8 text alive for ImGui between calls

const char* getClipboard(void*) {
    const sf::String s = sf::Clipboard::getString();
    g_clipboard.clear();
    for (auto c : s.toUtf8())
        g_clipboard += static_cast<char>(c);
    return g_clipboard.c_str();
}

void setClipboard(void*, const char* text) {
    sf::Clipboard::setString(
        sf::String::fromUtf8(text, text + std::char_traits<char>::length(text)));
}

int mouseIndex(sf::Mouse::Button b) {
    switch (b) {
    case sf::Mouse::Left:
        return 0;
    case sf::Mouse::Right:
        return 1;
    case sf::Mouse::Middle:
        return 2;
    case sf::Mouse::XButton1:
        return 3;
    case sf::Mouse::XButton2:
        return 4;
    default:
        return -1;
    }
}

} // namespace

bool ImGuiSfml::init() {
    IMGUI_CHECKVERSION();
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context); // CreateContext makes only the first one current
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // panels are placed by code; nothing to persist
    io.BackendPlatformName = "aimap_sfml";
    io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
    io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
    io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
    io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
    io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
    io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
    io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
    io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
    io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
    io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
    io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
    io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
    io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
    io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
    io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
    io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
    io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
    io.SetClipboardTextFn = setClipboard;
    io.GetClipboardTextFn = getClipboard;
    m_initialised = ImGui_ImplOpenGL3_Init(nullptr);
    return m_initialised;
}

void ImGuiSfml::makeCurrent() const {
    if (m_context)
        ImGui::SetCurrentContext(m_context);
}

void ImGuiSfml::shutdown() {
    if (!m_initialised)
        return;
    makeCurrent();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(m_context);
    m_context = nullptr;
    m_initialised = false;
}

void ImGuiSfml::processEvent(const sf::Event& e) {
    makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    switch (e.type) {
    case sf::Event::MouseMoved:
        io.MousePos = ImVec2(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
        break;
    case sf::Event::MouseButtonPressed:
        if (int i = mouseIndex(e.mouseButton.button); i >= 0) {
            m_pressedThisFrame[i] = true;
            m_down[i] = true;
        }
        io.MousePos =
            ImVec2(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y));
        break;
    case sf::Event::MouseButtonReleased:
        if (int i = mouseIndex(e.mouseButton.button); i >= 0)
            m_down[i] = false;
        break;
    case sf::Event::MouseWheelScrolled:
        if (e.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
            io.MouseWheel += e.mouseWheelScroll.delta;
        else
            io.MouseWheelH += e.mouseWheelScroll.delta;
        break;
    case sf::Event::MouseLeft:
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
        const bool down = e.type == sf::Event::KeyPressed;
        const int code = e.key.code;
        if (code >= 0 && code < static_cast<int>(IM_ARRAYSIZE(io.KeysDown))) {
            const bool pressedThisFrame =
                std::find(m_keysPressedThisFrame.begin(), m_keysPressedThisFrame.end(), code) !=
                m_keysPressedThisFrame.end();
            if (down) {
                io.KeysDown[code] = true;
                m_keysPressedThisFrame.push_back(code);
            } else if (pressedThisFrame) {
                m_pendingKeyReleases.push_back(code); // let ImGui see it down for one frame
            } else {
                io.KeysDown[code] = false;
            }
        }
        io.KeyCtrl = e.key.control;
        io.KeyShift = e.key.shift;
        io.KeyAlt = e.key.alt;
        io.KeySuper = e.key.system;
        break;
    }
    case sf::Event::TextEntered:
        // Control characters arrive as text too; ImGui gets them through KeysDown.
        if (e.text.unicode >= 32 && e.text.unicode != 127)
            io.AddInputCharacter(e.text.unicode);
        break;
    case sf::Event::GainedFocus:
        io.AddFocusEvent(true);
        break;
    case sf::Event::LostFocus:
        io.AddFocusEvent(false);
        break;
    default:
        break;
    }
}

void ImGuiSfml::newFrame(sf::Vector2u size, float dt) {
    makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f); // SFML 2.5 windows are not HiDPI-scaled
    io.DeltaTime = dt > 0 ? dt : 1.0f / 60.0f;
    for (std::size_t i = 0; i < m_down.size(); ++i) {
        // A click shorter than a frame still reaches ImGui as one frame of "down".
        io.MouseDown[i] = m_down[i] || m_pressedThisFrame[i];
        m_pressedThisFrame[i] = false;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    for (int code : m_pendingKeyReleases)
        io.KeysDown[code] = false;
    m_pendingKeyReleases.clear();
    m_keysPressedThisFrame.clear();
}

void ImGuiSfml::render(sf::RenderTarget& target) {
    makeCurrent();
    ImGui::Render();
    // ImGui's GL3 backend saves and restores the GL state it touches; SFML's cached state is
    // reset afterwards so the next SFML draw sets everything again.
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    target.resetGLStates();
}

bool ImGuiSfml::wantsMouse() const {
    makeCurrent();
    return ImGui::GetIO().WantCaptureMouse;
}
bool ImGuiSfml::wantsKeyboard() const {
    makeCurrent();
    return ImGui::GetIO().WantCaptureKeyboard;
}

} // namespace aimap
