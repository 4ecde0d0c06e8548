#include "app/stage/PresenterWindow.hpp"

#include "ui/PanelStyle.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace aimap {

namespace {

/// Restores the ImGui context current when it was made.
struct KeepImGuiContext {
    ImGuiContext* saved = ImGui::GetCurrentContext();
    ~KeepImGuiContext() { ImGui::SetCurrentContext(saved); }
};

} // namespace

PresenterWindow::~PresenterWindow() {
    if (!m_window.isOpen())
        return;
    const KeepImGuiContext keep;
    (void)m_window.setActive(true);
    m_imgui.shutdown();
    m_window.close();
}

bool PresenterWindow::open(const WindowPlan& plan, const std::string& fontPath,
                           const UiTexts& texts) {
    const KeepImGuiContext keep;
    m_window.create(sf::VideoMode(static_cast<unsigned>(plan.createSize.width),
                                  static_cast<unsigned>(plan.createSize.height)),
                    "aimap - presenter view", sf::Style::Default);
    if (!m_window.isOpen()) {
        std::fprintf(stderr, "aimap: cannot open the presenter view's window\n");
        return false;
    }
    m_window.setSize(
        {static_cast<unsigned>(plan.rect.width), static_cast<unsigned>(plan.rect.height)});
    m_window.setPosition({plan.rect.x, plan.rect.y});
    // The audience's window keeps the display's pace; this one follows it.
    m_window.setVerticalSyncEnabled(false);
    if (!m_window.setActive(true) || !m_imgui.init()) {
        std::fprintf(stderr, "aimap: cannot start the presenter view's panels\n");
        m_window.close();
        return false;
    }
    // Text a presenter reads at arm's length: 2x the panels' size at 1080 pixels high.
    m_scale = std::clamp(2.0f * static_cast<float>(plan.rect.height) / 1080.0f, 1.2f, 3.0f);
    applyStyle(m_scale);
    m_fonts.setFontPath(fontPath);
    m_fonts.build(m_scale, texts);
    return true;
}

void PresenterWindow::pollEvents(const std::function<void(const sf::Event&)>& onEvent) {
    if (!m_window.isOpen())
        return;
    const KeepImGuiContext keep;
    for (sf::Event e; m_window.pollEvent(e);) {
        if (e.type == sf::Event::Closed) {
            (void)m_window.setActive(true);
            m_imgui.shutdown();
            m_window.close();
            return;
        }
        m_imgui.processEvent(e);
        if (e.type == sf::Event::Resized)
            m_drawn = false;
        if (e.type == sf::Event::KeyPressed || e.type == sf::Event::KeyReleased ||
            e.type == sf::Event::TextEntered)
            onEvent(e);
    }
}

void PresenterWindow::draw(const PresenterModel& model, bool shared, UiLanguage lang,
                           const Pictures& pictures) {
    if (!m_window.isOpen())
        return;
    if (m_drawn && model == m_shown && pictures.generation == m_picturesGeneration &&
        m_sinceDraw.getElapsedTime() < sf::milliseconds(500))
        return;
    const KeepImGuiContext keep;
    (void)m_window.setActive(true);
    // The pictures into this window's textures, when they (or the frames shown) changed.
    if (pictures.generation != m_picturesGeneration || !(model.now == m_shown.now) ||
        model.next != m_shown.next) {
        m_nowShown = pictures.now && m_now.loadFromImage(*pictures.now);
        m_nextShown = pictures.next && m_next.loadFromImage(*pictures.next);
        for (sf::Texture* t : {&m_now, &m_next})
            t->setSmooth(true);
        m_picturesGeneration = pictures.generation;
    }
    const auto pictureOf = [](const sf::Texture& t, bool shown) {
        return shown ? PresenterPicture{t.getNativeHandle(), static_cast<float>(t.getSize().x),
                                        static_cast<float>(t.getSize().y)}
                     : PresenterPicture{};
    };
    const float dt = m_sinceDraw.restart().asSeconds();
    const sf::Vector2u size = m_window.getSize();
    m_window.setView(
        sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
    const Rgba bg = theme().panelBackground;
    m_window.clear(sf::Color(bg.r, bg.g, bg.b));
    m_imgui.newFrame(size, dt);
    m_boxes = drawPresenterPanel(model, shared, lang, pictureOf(m_now, m_nowShown),
                                 pictureOf(m_next, m_nextShown));
    m_imgui.render(m_window);
    m_window.display();
    m_shown = model;
    m_drawn = true;
    ++m_frames;
}

PixelRect PresenterWindow::rect() const {
    if (!m_window.isOpen())
        return {};
    const sf::Vector2i p = m_window.getPosition();
    const sf::Vector2u s = m_window.getSize();
    return {p.x, p.y, static_cast<int>(s.x), static_cast<int>(s.y)};
}

} // namespace aimap
