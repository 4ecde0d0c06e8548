#include "support/XvfbServer.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <poll.h>
#include <sstream>
#include <unistd.h>

namespace aimap::test {

XvfbServer::XvfbServer(int width, int height) {
    int fds[2];
    if (pipe(fds) != 0)
        return;
    const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
    m_pid = fork();
    if (m_pid == 0) {
        close(fds[0]);
        if (!std::freopen("/dev/null", "w", stderr)) // the server's start-up chatter
            _exit(126);
        const std::string fd = std::to_string(fds[1]);
        execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", screen.c_str(), "-noreset",
               "-nolisten", "tcp", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    // The server writes "N\n" when it is ready; EOF means it died. Bounded at 30 s per read (it
    // takes well under a second).
    std::string number;
    char c = 0;
    pollfd p{fds[0], POLLIN, 0};
    while (m_pid > 0 && poll(&p, 1, 30000) == 1 && read(fds[0], &c, 1) == 1 && c != '\n')
        number += c;
    close(fds[0]);
    if (!number.empty() && c == '\n')
        m_display = ":" + number;
}

XvfbServer::~XvfbServer() {
    stop(m_pid);
}

RunResult XvfbServer::run(const std::string& commandLine, int timeoutSeconds) const {
    return aimap::test::run("env DISPLAY=" + m_display + " " + commandLine, timeoutSeconds);
}

XvfbServer::Geometry XvfbServer::windowGeometry(const std::string& windowId) const {
    const auto geo = run("xdotool getwindowgeometry --shell " + windowId);
    std::map<std::string, int> v;
    std::istringstream lines(geo.out);
    for (std::string line; std::getline(lines, line);) {
        const auto eq = line.find('=');
        if (eq != std::string::npos)
            v[line.substr(0, eq)] = std::atoi(line.c_str() + eq + 1);
    }
    return {v["X"], v["Y"], v["WIDTH"], v["HEIGHT"]};
}

} // namespace aimap::test
