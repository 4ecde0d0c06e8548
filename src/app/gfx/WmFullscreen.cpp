#include "app/gfx/WmFullscreen.hpp"

// Xlib's macros (None, Status, Bool, ...) stay in this file.
#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <memory>

namespace aimap {
namespace {

struct DisplayCloser {
    void operator()(Display* d) const {
        if (d)
            XCloseDisplay(d);
    }
};
using DisplayPtr = std::unique_ptr<Display, DisplayCloser>;

// Whether the atom list in property `prop` of `w` holds `atom`.
bool listHolds(Display* d, Window w, Atom prop, Atom atom) {
    Atom type = 0;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(d, w, prop, 0, 1024, False, XA_ATOM, &type, &format, &count, &after,
                           &data) != Success ||
        !data)
        return false;
    bool found = false;
    if (format == 32) {
        const auto* atoms = reinterpret_cast<const Atom*>(data); // Xlib returns longs
        for (unsigned long i = 0; i < count && !found; ++i)
            found = atoms[i] == atom;
    }
    XFree(data);
    return found;
}

bool supported(Display* d) {
    return listHolds(d, DefaultRootWindow(d), XInternAtom(d, "_NET_SUPPORTED", False),
                     XInternAtom(d, "_NET_WM_STATE_FULLSCREEN", False));
}

} // namespace

bool wmSupportsFullscreen() {
    const DisplayPtr d(XOpenDisplay(nullptr));
    return d && supported(d.get());
}

bool isWmFullscreen(sf::WindowHandle window) {
    const DisplayPtr d(XOpenDisplay(nullptr));
    return d && listHolds(d.get(), window, XInternAtom(d.get(), "_NET_WM_STATE", False),
                          XInternAtom(d.get(), "_NET_WM_STATE_FULLSCREEN", False));
}

bool setWmFullscreen(sf::WindowHandle window, bool fullscreen) {
    const DisplayPtr d(XOpenDisplay(nullptr));
    if (!d || !supported(d.get()))
        return false;
    // EWMH: a client message to the root window; the window manager does the rest (and sends
    // the window a ConfigureNotify, which SFML turns into a Resized event).
    XEvent e{};
    e.xclient.type = ClientMessage;
    e.xclient.window = window;
    e.xclient.message_type = XInternAtom(d.get(), "_NET_WM_STATE", False);
    e.xclient.format = 32;
    e.xclient.data.l[0] = fullscreen ? 1 : 0; // _NET_WM_STATE_ADD / _REMOVE
    e.xclient.data.l[1] =
        static_cast<long>(XInternAtom(d.get(), "_NET_WM_STATE_FULLSCREEN", False));
    e.xclient.data.l[2] = 0;
    e.xclient.data.l[3] = 1; // a normal application
    XSendEvent(d.get(), DefaultRootWindow(d.get()), False,
               SubstructureRedirectMask | SubstructureNotifyMask, &e);
    XFlush(d.get());
    return true;
}

} // namespace aimap
