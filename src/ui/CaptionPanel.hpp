#pragma once

#include "ui/PanelFrame.hpp"

#include <string>

namespace aimap {

/// A talk frame's caption, where the control panel is when exploring (top left): large text the
/// audience reads, at most 45% of the window wide. Asks for nothing.
void drawCaption(const std::string& caption, PanelFrame& frame);

} // namespace aimap
