#pragma once

#include "core/talk/Talk.hpp"
#include "ui/PanelFrame.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace aimap {

/// The talk editor (issue 15, authoring): the scenes of the talk, the selected one's title,
/// captions and notes to edit, and buttons to add the map as it is now as a scene, reorder,
/// remove, save and present.
struct TalkEditorState {
    const Talk* talk = nullptr; ///< null: the editor is closed
    std::size_t selected = 0;
    std::string path;   ///< where Save writes
    std::string status; ///< "Saved 14:32", or what went wrong
    bool unsaved = false;
    bool justOpened = false; ///< the first frame it is open: it comes to the front
};

struct TalkEditorIntents {
    std::optional<std::size_t> select;
    bool addView = false; ///< the map as it is now, after the selected scene
    bool up = false, down = false, remove = false;
    bool save = false;
    bool present = false; ///< present from the selected scene
    bool close = false;
    /// Text edited this frame in the selected scene (the whole new text).
    std::optional<std::string> title, caption, captionZh, notes;
    /// Where each button was drawn ("add", "up", "down", "remove", "save", "present"; window
    /// pixels): the UI dump gives them to the display tests that click them.
    std::vector<std::pair<std::string, Box>> buttons;
};

TalkEditorIntents drawTalkEditor(const TalkEditorState& st, PanelFrame& frame);

} // namespace aimap
