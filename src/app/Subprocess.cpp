#include "app/Subprocess.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace aimap {

namespace {

std::vector<char*> cArgs(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    return args;
}

// Waits for `pid`: true when it exited 0; `status` says how it ended otherwise.
bool reap(pid_t pid, std::string* status) {
    int s = 0;
    while (waitpid(pid, &s, 0) < 0)
        if (errno != EINTR) {
            if (status)
                *status = std::string("cannot wait for it: ") + std::strerror(errno);
            return false;
        }
    if (WIFEXITED(s) && WEXITSTATUS(s) == 0)
        return true;
    if (status)
        *status = WIFEXITED(s)     ? "exit code " + std::to_string(WEXITSTATUS(s))
                  : WIFSIGNALED(s) ? "killed by signal " + std::to_string(WTERMSIG(s))
                                   : "ended abnormally";
    return false;
}

// Everything from `fd` to its end.
std::string readAll(int fd) {
    std::string out;
    char buf[4096];
    while (true) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0)
            out.append(buf, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    return out;
}

} // namespace

std::string findProgram(const std::string& program) {
    if (program.find('/') != std::string::npos)
        return ::access(program.c_str(), X_OK) == 0 ? program : std::string();
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        std::size_t end = dirs.find(':', start);
        if (end == std::string::npos)
            end = dirs.size();
        const std::string dir = end > start ? dirs.substr(start, end - start) : ".";
        const std::string candidate = dir + "/" + program;
        struct stat st {};
        if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
            ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        start = end + 1;
    }
    return {};
}

bool runProgram(const std::vector<std::string>& argv, std::string* out, std::string* err) {
    int outPipe[2] = {-1, -1};
    std::FILE* errFile = err ? std::tmpfile() : nullptr;
    if ((out && ::pipe2(outPipe, O_CLOEXEC) != 0) || (err && !errFile)) {
        if (errFile)
            std::fclose(errFile);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (out)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    if (errFile)
        posix_spawn_file_actions_adddup2(&actions, fileno(errFile), 2);
    std::vector<char*> args = cArgs(argv);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (out)
        ::close(outPipe[1]);
    bool ok = false;
    if (spawned == 0) {
        // Its output is read while it runs (a pipe holds 64 KB: it would block on more).
        if (out)
            *out = readAll(outPipe[0]);
        ok = reap(pid, nullptr);
    }
    if (out)
        ::close(outPipe[0]);
    if (errFile) {
        std::rewind(errFile);
        *err = readAll(fileno(errFile));
        std::fclose(errFile);
    }
    return ok;
}

PipedProgram::~PipedProgram() {
    if (m_in >= 0)
        ::close(m_in);
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        reap(m_pid, nullptr);
    }
    if (m_err)
        std::fclose(m_err);
    restoreSigpipe();
}

void PipedProgram::restoreSigpipe() {
    if (m_sigpipeSaved)
        ::sigaction(SIGPIPE, &m_oldSigpipe, nullptr);
    m_sigpipeSaved = false;
}

bool PipedProgram::start(const std::vector<std::string>& argv, std::string& error) {
    int in[2] = {-1, -1};
    m_err = std::tmpfile();
    if (!m_err || ::pipe2(in, O_CLOEXEC) != 0) {
        error = std::string("cannot make a pipe: ") + std::strerror(errno);
        return false;
    }
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    m_sigpipeSaved = ::sigaction(SIGPIPE, &ignore, &m_oldSigpipe) == 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fileno(m_err), 2);
    // The child starts with SIGPIPE at its default, whatever aimap does meanwhile.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
    std::vector<char*> args = cArgs(argv);
    const int spawned = posix_spawnp(&m_pid, args[0], &actions, &attr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(in[0]);
    if (spawned != 0) {
        ::close(in[1]);
        m_pid = -1;
        restoreSigpipe();
        error = "cannot start " + argv[0] + ": " + std::strerror(spawned);
        return false;
    }
    m_in = in[1];
    return true;
}

bool PipedProgram::write(const void* bytes, std::size_t size) {
    const char* p = static_cast<const char*>(bytes);
    while (size > 0 && m_in >= 0) {
        const ssize_t n = ::write(m_in, p, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false; // EPIPE: the program is gone
        }
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return size == 0;
}

bool PipedProgram::finish(std::string& status) {
    if (m_in >= 0)
        ::close(m_in);
    m_in = -1;
    bool ok = false;
    if (m_pid > 0)
        ok = reap(m_pid, &status);
    else
        status = "not running";
    m_pid = -1;
    restoreSigpipe();
    return ok;
}

std::string PipedProgram::stderrTail(std::size_t maxBytes) const {
    if (!m_err)
        return {};
    std::fflush(m_err);
    const int fd = fileno(m_err);
    const off_t end = ::lseek(fd, 0, SEEK_END);
    const off_t from = end > static_cast<off_t>(maxBytes) ? end - static_cast<off_t>(maxBytes) : 0;
    ::lseek(fd, from, SEEK_SET);
    std::string tail = readAll(fd);
    if (from > 0) // from the start of a line
        if (const std::size_t nl = tail.find('\n'); nl != std::string::npos)
            tail.erase(0, nl + 1);
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == ' '))
        tail.pop_back();
    return tail;
}

} // namespace aimap
