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

namespace {

/// A whole decimal number of at most 4 digits (scene and step counts are small).
std::optional<std::size_t> smallNumber(const std::string& text) {
    if (text.empty() || text.size() > 4)
        return std::nullopt;
    std::size_t n = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
}

} // namespace

std::optional<TalkPosition> parseTalkPosition(const std::string& text, const Talk& talk,
                                              std::string& error) {
    const std::size_t dot = text.find('.');
    const auto scene = smallNumber(text.substr(0, dot));
    const auto step = dot == std::string::npos ? std::optional<std::size_t>(0)
                                               : smallNumber(text.substr(dot + 1));
    const std::string count = std::to_string(talk.scenes.size());
    if (!scene || !step) {
        error = "--scene " + text + ": expected a scene number N (1 to " + count +
                ") or N.K for scene N after K build steps, e.g. --scene 3 or --scene 3.1";
        return std::nullopt;
    }
    if (*scene < 1 || *scene > talk.scenes.size()) {
        error = "--scene " + text + ": the talk has scenes 1 to " + count;
        return std::nullopt;
    }
    const TalkScene& s = talk.scenes[*scene - 1];
    if (*step >= frameCount(s)) {
        error = "--scene " + text + ": scene " + std::to_string(*scene) + " has build steps 0 to " +
                std::to_string(frameCount(s) - 1);
        return std::nullopt;
    }
    error.clear();
    return TalkPosition{*scene - 1, *step};
}

} // namespace aimap
