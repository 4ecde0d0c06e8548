#pragma once

#include "core/talk/PresenterModel.hpp"

namespace aimap {

/// The presenter view's one panel, filling its window (issue 15): where the talk is and the time
/// across the top; the frame on the audience's screen and its scene's notes, large, on the left;
/// the frame the next click shows on the right. `shared`: a line saying this window shares the
/// audience's monitor. Asks for nothing: keys in this window drive the talk as in the other.
void drawPresenterPanel(const PresenterModel& model, bool shared, UiLanguage lang);

} // namespace aimap
