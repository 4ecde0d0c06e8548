#pragma once

#include <optional>
#include <vector>

namespace aimap {

/// A rectangle on the X screen: top-left corner and size, pixels (y down, origin at the screen's
/// top-left corner).
struct PixelRect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;

    bool operator==(const PixelRect& o) const {
        return x == o.x && y == o.y && width == o.width && height == o.height;
    }
    bool operator!=(const PixelRect& o) const { return !(*this == o); }
};

/// A width and a height, pixels.
struct PixelSize {
    int width = 0;
    int height = 0;
};

/// One monitor of the screen (what XRandR 1.5 calls a monitor: a laptop panel, a projector).
struct Monitor {
    PixelRect area;
    bool primary = false;
};

/// The screen as the window system describes it: its whole size (pixels; 0 if unknown) and its
/// monitors (may be empty when the window system does not say).
struct ScreenLayout {
    int width = 0;
    int height = 0;
    std::vector<Monitor> monitors;
};

/// Where a new window opens and how big it is, from the screen layout and the size asked for on
/// the command line (pixels; none = the default):
///   - on the primary monitor; the first monitor if none is primary; the whole screen if there is
///     no monitor (monitors of zero size are ignored); if the screen size is unknown too, a
///     1600x900 area at (0, 0);
///   - default size: 80% of that monitor's width and height; a requested size is kept;
///   - either is clamped to the monitor, but never below kMinWindowWidth x kMinWindowHeight (on a
///     monitor smaller than that the window sticks out);
///   - centred on the monitor.
/// The rectangle is the window's client area (the window manager adds its frame around it).
PixelRect placeWindow(const ScreenLayout& screen,
                      std::optional<PixelSize> requestedSize = std::nullopt);

/// The monitor a new window goes on (see placeWindow).
PixelRect targetMonitor(const ScreenLayout& screen);

/// The height to create a window `height` pixels high with, so that SFML 2.5.1 does not hang
/// (X11; seen without a window manager, e.g. Xvfb, where nothing moves the window on screen). SFML
/// puts a new window at y = (screen width - height) / 2 (SFML #1951) and then waits until the
/// server reports it at least partly visible; when that y is below the screen, which happens on a
/// screen more than twice as wide as high (a laptop and a projector side by side: 3200x1080), it
/// waits forever. A taller window starts higher: the result is the smallest height >= `height`
/// whose y is inside the screen; resize the window to `height` once it exists. Returns `height`
/// when the screen size is unknown (0).
int sfmlSafeCreationHeight(int screenWidth, int screenHeight, int height);

/// What the app needs to open its window: where it ends up (placeWindow) and the size to create
/// it with before moving and resizing it there (sfmlSafeCreationHeight).
struct WindowPlan {
    PixelRect rect;
    PixelSize createSize;
};

WindowPlan planWindow(const ScreenLayout& screen,
                      std::optional<PixelSize> requestedSize = std::nullopt);

constexpr int kMinWindowWidth = 320; ///< pixels; the smallest --size accepted too
constexpr int kMinWindowHeight = 240;

} // namespace aimap
