#include "app/MonitorQuery.hpp"

// Xlib's macros (None, Status, Bool, ...) stay in this file.
#include <X11/Xlib.h>
#include <X11/extensions/Xrandr.h>

#include <cstdlib>

namespace aimap {

std::string displayProblem() {
    const char* name = std::getenv("DISPLAY");
    if (name == nullptr || *name == '\0')
        return "DISPLAY is not set";
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr)
        return std::string("DISPLAY is ") + name + " but no X server answers there";
    XCloseDisplay(display);
    return "";
}

ScreenLayout queryScreenLayout() {
    ScreenLayout layout;
    Display* display = XOpenDisplay(nullptr);
    if (!display)
        return layout;
    const int screen = DefaultScreen(display);
    layout.width = DisplayWidth(display, screen);
    layout.height = DisplayHeight(display, screen);
    int eventBase = 0, errorBase = 0, major = 0, minor = 0;
    if (XRRQueryExtension(display, &eventBase, &errorBase) &&
        XRRQueryVersion(display, &major, &minor) && (major > 1 || (major == 1 && minor >= 5))) {
        int count = 0;
        // Active monitors only: a monitor whose outputs are all off shows nothing.
        XRRMonitorInfo* monitors =
            XRRGetMonitors(display, RootWindow(display, screen), True, &count);
        for (int i = 0; monitors && i < count; ++i) {
            const XRRMonitorInfo& m = monitors[i];
            layout.monitors.push_back(
                Monitor{PixelRect{m.x, m.y, m.width, m.height}, m.primary != 0});
        }
        if (monitors)
            XRRFreeMonitors(monitors);
    }
    XCloseDisplay(display);
    return layout;
}

WindowPlan planWindowFor(const Options& options) {
    std::optional<PixelSize> requested;
    if (options.sizeGiven)
        requested = PixelSize{static_cast<int>(options.width), static_cast<int>(options.height)};
    return planWindow(queryScreenLayout(), requested);
}

} // namespace aimap
