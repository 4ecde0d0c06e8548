#include "core/talk/TalkCursor.hpp"

#include <algorithm>

namespace aimap {

TalkCursor::TalkCursor(const Talk& talk, TalkPosition at) : m_talk(&talk) {
    // A position from elsewhere (a resume record) is clamped to the talk as it is now.
    if (!talk.scenes.empty()) {
        m_at.scene = std::min(at.scene, talk.scenes.size() - 1);
        m_at.step = std::min(at.step, frameCount(talk.scenes[m_at.scene]) - 1);
    }
}

bool TalkCursor::next() {
    if (m_talk->scenes.empty())
        return false;
    if (m_at.step + 1 < frameCount(scene())) {
        ++m_at.step;
        return true;
    }
    if (m_at.scene + 1 < m_talk->scenes.size()) {
        m_at = {m_at.scene + 1, 0};
        return true;
    }
    return false;
}

bool TalkCursor::previous() {
    if (m_at.step > 0) {
        --m_at.step;
        return true;
    }
    if (m_at.scene == 0)
        return false;
    --m_at.scene;
    m_at.step = frameCount(scene()) - 1;
    return true;
}

void TalkCursor::first() {
    m_at = {};
}

void TalkCursor::last() {
    if (!m_talk->scenes.empty())
        m_at = {m_talk->scenes.size() - 1, 0};
}

bool TalkCursor::jumpToScene(std::size_t oneBased) {
    if (oneBased < 1 || oneBased > m_talk->scenes.size())
        return false;
    m_at = {oneBased - 1, 0};
    return true;
}

} // namespace aimap
