#include "support/Process.hpp"

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace aimap::test {

std::string quote(const std::string& arg) {
    std::string s = "'";
    for (char c : arg) {
        if (c == '\'')
            s += "'\\''";
        else
            s += c;
    }
    return s + "'";
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

RunResult run(const std::string& commandLine, int timeoutSeconds) {
    static int counter = 0;
    const std::string base = testing::TempDir() + "aimap_run_" + std::to_string(getpid()) + "_" +
                             std::to_string(++counter);
    const std::string full = "timeout " + std::to_string(timeoutSeconds) + " " + commandLine +
                             " >" + base + ".out 2>" + base + ".err";
    const int status = std::system(full.c_str());
    RunResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = readFile(base + ".out");
    r.err = readFile(base + ".err");
    return r;
}

pid_t spawn(const std::vector<std::string>& argv) {
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    return pid;
}

void stop(pid_t pid) {
    if (pid <= 0)
        return;
    kill(pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 50; ++i) {
        if (waitpid(pid, &status, WNOHANG) == pid)
            return;
        usleep(100000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
}

bool haveProgram(const std::string& program) {
    return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

AppWindow::AppWindow(const std::vector<std::string>& argv, const std::string& title)
    : pid(spawn(argv)) {
    if (pid <= 0)
        return;
    const RunResult win = run("xdotool search --sync --name " + quote(title), 20);
    if (win.exitCode == 0)
        id = win.out.substr(0, win.out.find('\n'));
}

AppWindow::~AppWindow() {
    stop(pid);
}

} // namespace aimap::test
