#include "core/io/AtomicFile.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace aimap {

namespace fs = std::filesystem;

namespace {

// ".NAME.tmp-XXXXXX" beside NAME: hidden, and recognisable by removeStrayTemporaries().
std::string temporaryPrefix(const fs::path& target) {
    return (target.parent_path() / ("." + target.filename().string() + ".tmp-")).string();
}

std::string reason(const char* what, const std::string& file) {
    return std::string(what) + " " + file + ": " + std::strerror(errno);
}

bool writeAll(int fd, const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool syncFile(const std::string& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// The rename is durable once the folder's entry is on disk.
void syncFolder(const fs::path& target) {
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// The mode a file created the usual way gets: 0666 less the umask (read from /proc, since
// umask() can only be read by changing it, which races with other threads creating files).
mode_t usualFileMode() {
    static const mode_t mode = [] {
        std::ifstream in("/proc/self/status");
        for (std::string line; std::getline(in, line);)
            if (line.rfind("Umask:", 0) == 0)
                return static_cast<mode_t>(0666 & ~std::stoul(line.substr(6), nullptr, 8));
        return static_cast<mode_t>(0644);
    }();
    return mode;
}

// Creates the unique temporary file (mkstemps makes it 0600: given the usual mode, so that the
// file renamed into place is readable as any other); returns its descriptor (or -1) and name.
int createTemporary(const fs::path& target, const std::string& suffix, std::string& name) {
    std::string pattern = temporaryPrefix(target) + "XXXXXX" + suffix;
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    const int fd = ::mkstemps(buf.data(), static_cast<int>(suffix.size()));
    name.assign(buf.data());
    if (fd >= 0)
        ::fchmod(fd, usualFileMode());
    return fd;
}

bool finish(const std::string& tmp, const std::string& path, std::string& error) {
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        error = reason("cannot rename the temporary file to", path);
        ::unlink(tmp.c_str());
        return false;
    }
    syncFolder(fs::path(path));
    return true;
}

} // namespace

bool writeFileAtomically(const std::string& path, const std::string& bytes, std::string& error) {
    std::string tmp;
    const int fd = createTemporary(fs::path(path), "", tmp);
    if (fd < 0) {
        error = reason("cannot create a temporary file beside", path);
        return false;
    }
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written) {
        errno = savedErrno;
        error = reason("cannot write", tmp);
        ::unlink(tmp.c_str());
        return false;
    }
    return finish(tmp, path, error);
}

bool writeFileAtomically(const std::string& path, const std::string& suffix,
                         const std::function<bool(const std::string& tmpPath)>& write,
                         std::string& error) {
    std::string tmp;
    const int fd = createTemporary(fs::path(path), suffix, tmp);
    if (fd < 0) {
        error = reason("cannot create a temporary file beside", path);
        return false;
    }
    ::close(fd);
    if (!write(tmp)) {
        error = "cannot write " + tmp;
        ::unlink(tmp.c_str());
        return false;
    }
    if (!syncFile(tmp)) {
        error = reason("cannot flush", tmp);
        ::unlink(tmp.c_str());
        return false;
    }
    return finish(tmp, path, error);
}

void removeStrayTemporaries(const std::string& path) {
    const fs::path target(path);
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    std::error_code ec;
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() == prefix.size() + 6 && name.compare(0, prefix.size(), prefix) == 0 &&
            it->is_regular_file(ec))
            fs::remove(it->path(), ec);
    }
}

} // namespace aimap
