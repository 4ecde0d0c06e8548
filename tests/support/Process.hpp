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

} // namespace aimap::test
