#include "support/SharedOutput.hpp"

#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace aimap::test {

namespace {

// An exclusive flock on `path` (created if need be) for this object's life.
struct FileLock {
    int fd = -1;
    explicit FileLock(const std::string& path) : fd(::open(path.c_str(), O_RDWR | O_CREAT, 0644)) {
        if (fd >= 0)
            while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) {
            }
    }
    ~FileLock() {
        if (fd >= 0)
            ::close(fd); // releases the lock
    }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
};

} // namespace

RunResult runOnceShared(const std::string& dir, const std::string& commandLine,
                        const std::vector<std::string>& inputs, int timeoutSeconds) {
    namespace fs = std::filesystem;
    const FileLock lock(dir + ".lock");
    const std::string stamp = dir + ".stamp";
    std::error_code ec;
    bool fresh = fs::exists(stamp, ec) && readFile(stamp) == commandLine;
    for (const std::string& input : inputs) {
        std::error_code a, b;
        const auto made = fs::last_write_time(stamp, a);
        const auto changed = fs::last_write_time(input, b);
        fresh = fresh && !a && !b && made > changed;
    }
    if (fresh)
        return {0, readFile(dir + ".out"), ""};
    fs::remove(stamp, ec);
    fs::remove_all(dir, ec);
    fs::create_directories(dir, ec);
    RunResult r = run(commandLine, timeoutSeconds);
    if (r.exitCode == 0) {
        std::ofstream(dir + ".out") << r.out;
        std::ofstream(stamp) << commandLine;
    }
    return r;
}

} // namespace aimap::test
