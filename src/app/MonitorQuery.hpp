#pragma once

#include "app/Options.hpp"
#include "core/view/WindowGeometry.hpp"

#include <string>

namespace aimap {

/// Why there is no X display to use ("DISPLAY is not set", "DISPLAY is :9 but no X server
/// answers there"), or "" when $DISPLAY opens. Regression (issue 13): a DISPLAY naming a server
/// that is not there (a closed Xvfb, a lost ssh forward) aborted in SFML (SIGABRT).
std::string displayProblem();

/// The X screen's size and its monitors with the primary flag (XRandR 1.5 monitors), read from
/// the display in $DISPLAY. Without RandR 1.5 the layout has the screen size and no monitors;
/// when the display cannot be opened it is empty (placeWindow copes with both).
ScreenLayout queryScreenLayout();

/// How the viewer's window opens: planWindow() on the current screen, with --size if given.
/// SFML 2.5.1 cannot be trusted with this: it centres vertically with the display's width
/// (SFML #1951), putting a 1600x900 window at y = 510 on a 1920x1080 screen, and on a 3200x1080
/// screen below the screen, where it waits forever for the window to become visible. Create the
/// window with plan.createSize, then setSize and setPosition to plan.rect.
WindowPlan planWindowFor(const Options& options);

} // namespace aimap
