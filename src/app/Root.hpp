#pragma once

#include <string>

namespace aimap {

/// The folder holding data/ and shaders/: `override` if given, else next to the executable
/// (build/aimap -> the source tree; bin/aimap -> share/aimap), else the source tree aimap was
/// built from. Empty when none has them.
std::string locateRootDir(const std::string& override);

} // namespace aimap
