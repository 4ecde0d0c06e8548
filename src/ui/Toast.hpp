#pragma once

#include "ui/PanelFrame.hpp"

#include <string>

namespace aimap {

/// A short message at the bottom centre of the window for a moment ("Mouse locked: L unlocks"):
/// what a key did, said where the presenter looks. It takes no input and asks for nothing; it is
/// not a panel rect (labels need not avoid something gone in two seconds).
void drawToast(const std::string& text, const PanelFrame& frame);

} // namespace aimap
