#pragma once

#include <SFML/Window/WindowHandle.hpp>

namespace aimap {

// Fullscreen at run time through the window manager (EWMH _NET_WM_STATE_FULLSCREEN), not by
// re-creating the window: in SFML 2.5.1 that re-creates the GL context and everything in it
// (textures, the font atlas, the basemap's meshes).

/// Whether a window manager that supports _NET_WM_STATE_FULLSCREEN runs on the default screen.
bool wmSupportsFullscreen();

/// Whether the window manager shows `window` full screen now.
bool isWmFullscreen(sf::WindowHandle window);

/// Ask the window manager to show `window` full screen (true) or not. False when no window
/// manager supports it (nothing is asked then).
bool setWmFullscreen(sf::WindowHandle window, bool fullscreen);

} // namespace aimap
