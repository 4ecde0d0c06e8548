#pragma once

#include "support/Process.hpp"

#include <string>
#include <sys/types.h>

namespace aimap::test {

/// An Xvfb server of a test's own, with one screen of the given size (pixels, depth 24).
/// `-displayfd` makes the server pick a free display number and write it to a pipe once it
/// accepts connections: no guessed number, no sleep. Stopped by the destructor.
class XvfbServer {
public:
    XvfbServer(int width, int height);
    ~XvfbServer();
    XvfbServer(const XvfbServer&) = delete;
    XvfbServer& operator=(const XvfbServer&) = delete;

    /// ":N"; empty if the server did not start within 30 s.
    const std::string& display() const { return m_display; }
    /// Runs a shell command line on this display (see aimap::test::run).
    RunResult run(const std::string& commandLine, int timeoutSeconds = 30) const;
    /// A window's client area in root coordinates (xdotool getwindowgeometry); zeros when
    /// xdotool cannot tell.
    struct Geometry {
        int x = 0, y = 0, width = 0, height = 0;
    };
    Geometry windowGeometry(const std::string& windowId) const;

private:
    pid_t m_pid = -1;
    std::string m_display;
};

} // namespace aimap::test
