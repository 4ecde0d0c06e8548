#include "app/App.hpp"
#include "app/DistanceCommand.hpp"
#include "app/Options.hpp"
#include "app/RankCommand.hpp"
#include "app/Validate.hpp"

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace aimap {
// Taken during static initialisation, before main: the start of "launch to first frame".
extern const std::chrono::steady_clock::time_point g_processStart =
    std::chrono::steady_clock::now();
} // namespace aimap

int main(int argc, char** argv) {
#if defined(__GLIBC__)
    // Blocks of 1 MiB and more come straight from the system and go straight back when freed. By
    // default the allocator raises that bar as large blocks are freed, and then keeps what a
    // million-row load freed (the file's text, the table) resident in a worker's arena; trimming
    // it afterwards (malloc_trim) holds every arena's lock and stalled the window for 250 ms.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    if (argc >= 2 && std::string(argv[1]) == "validate")
        return aimap::validateMain(argc - 1, argv + 1);
    if (argc >= 2 && std::string(argv[1]) == "distance")
        return aimap::distanceMain(argc - 1, argv + 1);
    if (argc >= 2 && std::string(argv[1]) == "rank")
        return aimap::rankMain(argc - 1, argv + 1);
    int exitCode = 0;
    auto options = aimap::parseOptions(argc, argv, exitCode);
    if (!options)
        return exitCode;
    try {
        aimap::App app(std::move(*options));
        return app.run();
    } catch (const std::exception& e) {
        // Loaders and the frame loop do not throw; this is the last guard against a crash.
        std::fprintf(stderr, "aimap: unexpected error: %s\n", e.what());
        return 1;
    }
}
