#include "core/view/WindowGeometry.hpp"

#include <algorithm>
#include <cstdint>

namespace aimap {

namespace {

// The screen assumed when nothing at all is known about it (the old fixed window size; in
// practice SFML cannot open a window either then).
constexpr PixelRect kUnknownScreen{0, 0, 1600, 900};

bool hasArea(const PixelRect& r) {
    return r.width > 0 && r.height > 0;
}

// 80% of the monitor, in integers (1920 -> 1536, 1080 -> 864).
int defaultExtent(int monitorExtent) {
    return static_cast<int>(static_cast<std::int64_t>(monitorExtent) * 4 / 5);
}

int clampExtent(int wanted, int monitorExtent, int minimum) {
    return std::max(minimum, std::min(wanted, monitorExtent));
}

} // namespace

PixelRect targetMonitor(const ScreenLayout& screen) {
    const Monitor* first = nullptr;
    for (const Monitor& m : screen.monitors) {
        if (!hasArea(m.area))
            continue;
        if (m.primary)
            return m.area;
        if (!first)
            first = &m;
    }
    if (first)
        return first->area;
    const PixelRect whole{0, 0, screen.width, screen.height};
    return hasArea(whole) ? whole : kUnknownScreen;
}

PixelRect placeWindow(const ScreenLayout& screen, std::optional<PixelSize> requestedSize) {
    const PixelRect monitor = targetMonitor(screen);
    const int wantedWidth = requestedSize ? requestedSize->width : defaultExtent(monitor.width);
    const int wantedHeight = requestedSize ? requestedSize->height : defaultExtent(monitor.height);
    PixelRect window;
    window.width = clampExtent(wantedWidth, monitor.width, kMinWindowWidth);
    window.height = clampExtent(wantedHeight, monitor.height, kMinWindowHeight);
    // Centred; on a monitor smaller than the minimum the halves are negative and the window
    // sticks out equally on both sides.
    window.x = monitor.x + (monitor.width - window.width) / 2;
    window.y = monitor.y + (monitor.height - window.height) / 2;
    return window;
}

int sfmlSafeCreationHeight(int screenWidth, int screenHeight, int height) {
    if (screenWidth <= 0 || screenHeight <= 0)
        return height;
    // SFML's y = (screenWidth - h) / 2 (integer division) must be <= screenHeight - 1, i.e.
    // screenWidth - h <= 2 * screenHeight - 1: the bottom row at least is then visible.
    return std::max(height, screenWidth - 2 * screenHeight + 1);
}

WindowPlan planWindow(const ScreenLayout& screen, std::optional<PixelSize> requestedSize) {
    WindowPlan plan;
    plan.rect = placeWindow(screen, requestedSize);
    plan.createSize = {plan.rect.width,
                       sfmlSafeCreationHeight(screen.width, screen.height, plan.rect.height)};
    return plan;
}

} // namespace aimap
