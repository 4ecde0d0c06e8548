#pragma once

#include <csignal>
#include <cstddef>
#include <cstdio>
#include <string>
#include <sys/types.h>
#include <vector>

namespace aimap {

// Other programs the exports use (rsvg-convert, ffmpeg, ffprobe): started without a shell
// (posix_spawnp: argv as given, nothing interpreted), found on the PATH.

/// The full path of `program` on the PATH (an executable file); empty when there is none.
std::string findProgram(const std::string& program);

/// Runs `argv` (argv[0] looked up on the PATH) and waits for it: true when it exits 0. Its
/// standard output goes to `out` and its standard error to `err` when given (else they are
/// inherited).
bool runProgram(const std::vector<std::string>& argv, std::string* out = nullptr,
                std::string* err = nullptr);

/// A program fed through a pipe on its standard input (ffmpeg reading raw frames), its standard
/// error kept in a temporary file for the message when it fails, its standard output discarded.
/// While it runs SIGPIPE is ignored: a write after the program died fails with EPIPE instead of
/// killing aimap. Destroying a running one closes the pipe, kills it and reaps it.
class PipedProgram {
public:
    PipedProgram() = default;
    PipedProgram(const PipedProgram&) = delete;
    PipedProgram& operator=(const PipedProgram&) = delete;
    ~PipedProgram();

    /// Starts `argv`; false (with `error`) when it cannot be started.
    bool start(const std::vector<std::string>& argv, std::string& error);
    /// Writes all `bytes`; false when the program has closed its input (died, or gave up).
    bool write(const void* bytes, std::size_t size);
    /// Closes its input and waits for it: true when it exits 0. `status` says how it ended
    /// otherwise ("exit code 1", "killed by signal 9").
    bool finish(std::string& status);
    /// The last `maxBytes` of what it wrote to its standard error, from a line start.
    std::string stderrTail(std::size_t maxBytes = 2000) const;
    bool running() const { return m_pid > 0; }

private:
    void restoreSigpipe();
    pid_t m_pid = -1;
    int m_in = -1;              ///< our end of its standard input
    std::FILE* m_err = nullptr; ///< its standard error (a deleted temporary file)
    bool m_sigpipeSaved = false;
    struct sigaction m_oldSigpipe {};
};

} // namespace aimap
