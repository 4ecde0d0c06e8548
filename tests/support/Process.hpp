#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace aimap::test {

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Run a shell command line with a time limit (seconds); captures stdout and stderr.
RunResult run(const std::string& commandLine, int timeoutSeconds = 60);

/// Quote one argument for /bin/sh.
std::string quote(const std::string& arg);

/// Start a program in the background (argv[0] is the path); returns its pid.
pid_t spawn(const std::vector<std::string>& argv);

/// Terminate a spawned program and reap it.
void stop(pid_t pid);

std::string readFile(const std::string& path);

/// Whether `program` is on the PATH.
bool haveProgram(const std::string& program);

/// aimap (or any X program) in a real window for a display test: spawned with `argv`, stopped
/// when this ends (an ASSERT's early return too). `id` is the X window titled `title`, found by
/// xdotool within 20 s; empty when none appeared.
struct AppWindow {
    AppWindow(const std::vector<std::string>& argv, const std::string& title);
    ~AppWindow();
    AppWindow(const AppWindow&) = delete;
    AppWindow& operator=(const AppWindow&) = delete;
    pid_t pid = -1;
    std::string id;
};

} // namespace aimap::test
