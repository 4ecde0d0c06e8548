#pragma once

#include "core/talk/Talk.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace aimap {

/// Where a running talk is: a scene and how many of its build steps are shown (0: none).
struct TalkPosition {
    std::size_t scene = 0;
    std::size_t step = 0;
    bool operator==(const TalkPosition& o) const { return scene == o.scene && step == o.step; }
    bool operator!=(const TalkPosition& o) const { return !(*this == o); }
};

/// A clicker over a talk (issue 15): next and previous walk every frame (a scene's first frame,
/// then one per build step), as slides do; previous from a scene's first frame goes to the last
/// frame of the scene before (as it was left). Home, End and "scene N" jump to a scene's first
/// frame. At either end a press does nothing (returns false). Plain value; the talk outlives it.
class TalkCursor {
public:
    explicit TalkCursor(const Talk& talk, TalkPosition at = {});

    bool next();
    bool previous();
    void first();
    void last(); ///< the last scene's first frame (End, as in a slide deck)
    /// Scene `oneBased` (1 = the first); false when there is no such scene.
    bool jumpToScene(std::size_t oneBased);

    TalkPosition position() const { return m_at; }
    std::size_t sceneCount() const { return m_talk->scenes.size(); }
    const TalkScene& scene() const { return m_talk->scenes.at(m_at.scene); }

private:
    const Talk* m_talk;
    TalkPosition m_at;
};

/// `--scene`'s text: "N" (scene N's first frame) or "N.K" (scene N after K build steps), N from 1.
/// Nothing, with `error` saying what is wrong and what the talk has, for anything else.
std::optional<TalkPosition> parseTalkPosition(const std::string& text, const Talk& talk,
                                              std::string& error);

} // namespace aimap
