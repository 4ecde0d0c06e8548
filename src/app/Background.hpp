#pragma once

namespace aimap {

/// Lowers the calling thread's priority (nice 10): background work (loading, indexing) and the
/// threads it starts, which inherit it, never starve the frame loop and the software renderer's
/// threads on a two-core machine; the work still has every idle cycle.
void runInBackground();

} // namespace aimap
