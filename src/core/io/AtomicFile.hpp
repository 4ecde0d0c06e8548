#pragma once

#include <functional>
#include <string>

namespace aimap {

/// Writes `bytes` to `path` so that a reader (or a crash) only ever sees the old file or the new
/// one: a temporary file with a unique name in the same folder (two instances never share it),
/// the bytes, fsync, rename over `path`, fsync of the folder. On failure the temporary file is
/// removed, `path` is untouched, and `error` says what failed (with the OS's reason).
bool writeFileAtomically(const std::string& path, const std::string& bytes, std::string& error);

/// The same for writers that must be given a file name (an image encoder that picks the format
/// from the extension): `write(tmpPath)` writes the temporary file, whose name ends in `suffix`
/// (".png"), and returns false on failure.
bool writeFileAtomically(const std::string& path, const std::string& suffix,
                         const std::function<bool(const std::string& tmpPath)>& write,
                         std::string& error);

/// Removes the temporary files that interrupted writes to `path` left behind (a crash between
/// writing and renaming). Call it before writing a file only this program writes.
void removeStrayTemporaries(const std::string& path);

} // namespace aimap
