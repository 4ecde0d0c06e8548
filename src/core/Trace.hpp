#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace aimap {

/// With AIMAP_TRACE set in the environment, prints "trace <ms> <what>" to stderr: milliseconds
/// since the first mark, for finding where a load or an index build spends its time (README,
/// "Benchmarks"). Otherwise one test of a flag.
inline void traceMark(const char* what, int number = -1) {
    static const bool on = std::getenv("AIMAP_TRACE") != nullptr;
    static const auto start = std::chrono::steady_clock::now();
    if (!on)
        return;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (number >= 0)
        std::fprintf(stderr, "trace %8.1f %s %d\n", ms, what, number);
    else
        std::fprintf(stderr, "trace %8.1f %s\n", ms, what);
}

} // namespace aimap
