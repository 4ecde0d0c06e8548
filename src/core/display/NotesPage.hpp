#pragma once

#include "core/display/AudienceFrame.hpp"

#include <string>
#include <vector>

namespace aimap {

/// What a speaker-notes page of an exported deck says (the page after a scene's frames).
struct NotesPageInput {
    Vec2 sizePx{1920, 1080};
    std::string talkTitle;
    std::size_t scene = 1; ///< 1-based
    std::size_t scenes = 1;
    std::string sceneTitle;
    std::string notes;                 ///< the scene's speaker notes (may hold line breaks)
    std::vector<std::string> captions; ///< the caption of each of the scene's frames
    std::vector<std::string> sources;  ///< the sources its frames name, one line each
    std::string fontFamily;
    TextMeasure measure; ///< empty: estimateTextWidth
};

/// The notes page as a display list: the scene's number and title, its notes, its frames'
/// captions and its sources, wrapped to the page (the 1920x1080 layout scaled by height / 1080);
/// what does not fit ends in "…".
DisplayList notesPage(const NotesPageInput& in);

} // namespace aimap
