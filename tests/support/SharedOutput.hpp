#pragma once

#include "support/Process.hpp"

#include <string>
#include <vector>

namespace aimap::test {

/// Runs `commandLine`, which writes into the folder `dir`, once for every test process that asks
/// for the same: the first (under a lock on `dir`.lock: `ctest -j` runs test processes at once)
/// empties `dir` and runs it, then leaves a stamp naming the command line; later ones, finding a
/// stamp for the same command line newer than every file of `inputs` (the executable, the
/// data), reuse the folder as it is. Returns the run's result (when reused: exit 0 and the
/// standard output of the run that made it).
RunResult runOnceShared(const std::string& dir, const std::string& commandLine,
                        const std::vector<std::string>& inputs, int timeoutSeconds);

} // namespace aimap::test
