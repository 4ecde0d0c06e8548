#pragma once

#include "core/geo/LonLat.hpp"
#include "core/talk/PresenterModel.hpp"

#include <cstdint>

namespace aimap {

/// A picture of a frame for the presenter view: an OpenGL texture of `width` x `height` pixels
/// in the presenter window's context; texture 0: not drawn yet.
struct PresenterPicture {
    std::uintptr_t texture = 0;
    float width = 0, height = 0;
};

/// Where the panel put the pictures, in window pixels (empty boxes: not shown).
struct PresenterPictureBoxes {
    Box now, next;
};

/// The presenter view's one panel, filling its window (issue 15): where the talk is and the time
/// across the top; the frame on the audience's screen and its scene's notes, large, on the left;
/// the frame the next click shows on the right, each under its picture (when the talk has a
/// next frame). `shared`: a line saying this window shares the audience's monitor. Asks for
/// nothing: keys in this window drive the talk as in the other.
PresenterPictureBoxes drawPresenterPanel(const PresenterModel& model, bool shared, UiLanguage lang,
                                         const PresenterPicture& now, const PresenterPicture& next);

} // namespace aimap
