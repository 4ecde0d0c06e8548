#pragma once

#include "core/Theme.hpp"

#include <string>
#include <vector>

namespace aimap {

/// What aimap remembers between runs: recent data files and the palette ("High contrast"). Stored
/// as JSON in $AIMAP_CONFIG_DIR, else $XDG_CONFIG_HOME/aimap, else ~/.config/aimap (settings.json).
/// Reading never fails (a missing or broken file gives defaults); writing is atomic
/// (temporary file, flush, rename), so a crash never leaves a half-written file.
struct Settings {
    std::vector<std::string> recentFiles; ///< most recent first, at most kMaxRecent
    static constexpr std::size_t kMaxRecent = 8;
    Palette palette = Palette::Normal; ///< "contrast": "normal" or "high"

    static std::string path();
    static Settings load();
    bool save() const;
    /// Put `file` (made absolute) first in the recent list.
    void addRecent(const std::string& file);
};

} // namespace aimap
