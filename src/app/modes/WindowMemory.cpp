#include "app/modes/WindowMemory.hpp"

#include "app/Viewer.hpp"
#include "app/data/LiveData.hpp"
#include "core/i18n/UiText.hpp"

#include <filesystem>

namespace aimap {

WindowMemory::WindowMemory(ModeContext& ctx) : m_ctx(ctx) {}

void WindowMemory::started() {
    m_startLabels = m_ctx.viewer.view().labels;
    m_ctx.data.addErrors(m_ctx.data.settings().problems);
    if (!m_ctx.rememberedData.empty())
        m_ctx.viewer.toast(tr(Tx::ShowingLastFile, m_ctx.viewer.panelLanguage(),
                              {std::filesystem::path(m_ctx.rememberedData).filename().string()}),
                           8);
    if (m_ctx.talk) {
        std::error_code ec;
        const auto talk = std::filesystem::absolute(m_ctx.options.talk, ec).lexically_normal();
        m_ctx.data.changeSettings(
            [&](Settings& s) { s.lastTalk = ec ? m_ctx.options.talk : talk.string(); });
    }
}

void WindowMemory::closing(sf::Vector2u windowSize, bool sizeIsTheUsers) {
    const LabelMode labels = m_ctx.viewer.view().labels;
    const bool keepSize = sizeIsTheUsers && windowSize.x > 0 && windowSize.y > 0;
    if (labels == m_startLabels && !keepSize)
        return;
    m_ctx.data.changeSettings([&](Settings& s) {
        if (labels != m_startLabels)
            s.labels = labelModeName(labels);
        if (keepSize)
            s.windowSize = std::make_pair(windowSize.x, windowSize.y);
    });
}

} // namespace aimap
