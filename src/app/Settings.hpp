#pragma once

#include "core/Theme.hpp"
#include "core/data/Diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// What aimap remembers between runs of its window: recent data files (the first is the last one
/// opened, shown again when the window opens without --data), the palette, the language, the last
/// talk presented (`--talk last`) and the window's size. Stored as JSON in $AIMAP_CONFIG_DIR,
/// else $XDG_CONFIG_HOME/aimap, else ~/.config/aimap (settings.json). Screenshots, exports and
/// videos neither read nor write it, so that one run never changes the next.
///
/// Reading never fails: a missing file gives defaults; a file that is not JSON is reported (file,
/// line:column, what is wrong), kept beside as settings.json.broken and replaced by defaults; a
/// field of the wrong kind is reported by its JSON pointer and left at its default. Writing is
/// atomic (unique temporary file, flush, fsync, rename), so a crash never leaves half a file.
struct Settings {
    std::vector<std::string> recentFiles; ///< most recent first, at most kMaxRecent
    static constexpr std::size_t kMaxRecent = 8;
    Palette palette = Palette::Normal; ///< "contrast": "normal" or "high"
    std::string labels;                ///< "labels": "zh", "en" or "both"; empty: not chosen
    std::string lastTalk;              ///< "last_talk": the talk presented last (absolute path)
    /// "window": the window's size when it last closed; nullopt: not saved
    std::optional<std::pair<unsigned, unsigned>> windowSize;

    /// What load() found wrong with the file (warnings: the file, line:column or JSON pointer,
    /// what is wrong); empty when it was fine.
    std::vector<Diagnostic> problems;

    static std::string path();
    static Settings load();
    bool save() const;
    /// Put `file` (made absolute) first in the recent list.
    void addRecent(const std::string& file);
    /// The file shown when the window opens without --data: the most recent one, if it still
    /// exists; empty otherwise (the bundled data is shown).
    std::string lastDataFile() const;
};

} // namespace aimap
