#pragma once

#include "core/data/Diagnostics.hpp"

#include <exception>
#include <string>

namespace aimap {

/// The one place where a loader turns an exception into a diagnostic (ARCHITECTURE.md, "errors
/// at the edges": a loader never lets an exception escape). Returns what `load()` returns or,
/// when it throws, a value-initialised result (a null dataset, an empty optional) after adding the
/// error "<prefix><what()>" for `path` to `diags`. Diagnostics added before the throw are kept.
template <class Load>
auto guardLoad(const std::string& path, Diagnostics& diags, Load&& load,
               const char* prefix = "internal error while reading: ") -> decltype(load()) {
    try {
        return load();
    } catch (const std::exception& e) {
        diags.error(path, "", std::string(prefix) + e.what());
        return decltype(load())(); // value-initialised (explicit default constructors allowed)
    }
}

} // namespace aimap
