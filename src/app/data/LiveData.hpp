#pragma once

#include "app/Settings.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Gazetteer.hpp"

#include <chrono>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// The data on screen and where it comes from: the one place that owns the data path. Loads the
/// first file (at once, or in the background for a large one), watches it and reloads it when an
/// edit has settled (hot reload), opens another file in the background ("Open data..."), and keeps
/// the last good dataset when a load fails (errors() says why). UI thread only; loads run on
/// worker threads and are adopted by poll() in one assignment.
class LiveData {
public:
    /// `root`: the install folder (data/gazetteer.json); `clock`: a fixed "HH:MM:SS" for
    /// loadedAt() (tests), or empty for the wall clock. `settings`: those read at start; they are
    /// written back (recent files, palette) only when `remember` (a window, not a screenshot).
    LiveData(std::string root, std::string clock, Settings settings, bool remember);
    LiveData(const LiveData&) = delete;
    LiveData& operator=(const LiveData&) = delete;

    /// Loads the gazetteer (city tables name cities; it gives their positions).
    void loadGazetteer();
    /// The file to show and watch (its load starts later: startInitial).
    void watchPath(const std::string& path) { watch(path); }
    /// Loads `path` now. False (errors() says why) when it cannot be shown.
    bool loadNow(const std::string& path);
    /// Starts loading `path` on a worker; pollInitial() adopts it.
    void startInitial(const std::string& path);
    enum class Initial { Waiting, Ready, Failed };
    /// The first file's load: still running, adopted, or failed (nothing to show).
    Initial pollInitial();
    void waitForInitial(std::chrono::milliseconds ms) const;

    /// A dataset replaced by another one (reload or Open).
    struct Change {
        std::shared_ptr<const Dataset> previous;
    };
    /// Adopts a finished reload or open (returns what it replaced), or checks the watched file
    /// and starts a reload once an edit has stopped changing it for 300 ms. A failed load keeps
    /// the data and fills errors(); `failed` is then set.
    std::optional<Change> poll(bool* failed = nullptr);
    /// Opens another file in the background (ignored while a load runs).
    void open(const std::string& path);
    /// Loads another file now, as open() would: a failed one keeps the data shown.
    std::optional<Change> openNow(const std::string& path);
    bool loading() const { return m_reload.valid(); }
    void waitForLoad(std::chrono::milliseconds ms) const;

    const std::shared_ptr<const Dataset>& dataset() const { return m_dataset; }
    const std::shared_ptr<const Gazetteer>& gazetteer() const { return m_gazetteer; }
    const std::string& path() const { return m_path; }
    /// Why the last load failed (the map keeps the last good data); basemap problems too. After
    /// a good load: its warnings (a weight far from its city, a guessed encoding...).
    const std::vector<Diagnostic>& errors() const { return m_errors; }
    /// True when errors() holds an error, not only warnings of the data shown.
    bool loadFailed() const;
    void addErrors(const std::vector<Diagnostic>& errors);
    void dismissErrors() { m_errors.clear(); }
    /// "HH:MM:SS" of the last good load.
    const std::string& loadedAt() const { return m_loadedAt; }
    const std::vector<std::string>& recentFiles() const { return m_settings.recentFiles; }
    /// The dataset shipped with aimap (data/ai-cities.json of the install).
    std::string bundledPath() const { return m_root + "/data/ai-cities.json"; }
    /// The palette chosen in the panel, saved with the recent files for the next start.
    void savePalette(Palette p) {
        m_settings.palette = p;
        saveSettings();
    }
    const Settings& settings() const { return m_settings; }
    /// Changes the settings and saves them (when this run remembers them).
    template <typename Change> void changeSettings(Change&& change) {
        change(m_settings);
        saveSettings();
    }

private:
    struct Signature {
        bool exists = false;
        std::uintmax_t size = 0;
        long long mtime = 0;
        bool operator!=(const Signature& o) const {
            return exists != o.exists || size != o.size || mtime != o.mtime;
        }
    };
    static Signature signature(const std::string& path);
    /// Adopts a load result: the new dataset, or its errors while the old one stays.
    std::optional<Change> adopt(DatasetLoadResult result);
    void watch(const std::string& path);
    std::string now() const;
    void saveSettings() const;

    std::string m_root;
    std::string m_clock;
    Settings m_settings;
    bool m_remember = false;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const Dataset> m_dataset;
    std::string m_path;
    Signature m_signature;
    std::chrono::steady_clock::time_point m_lastPoll{};
    std::chrono::steady_clock::time_point m_lastChange{};
    bool m_changePending = false;
    std::future<DatasetLoadResult> m_reload;  ///< hot reload or Open
    std::future<DatasetLoadResult> m_initial; ///< a large first file
    std::vector<Diagnostic> m_errors;
    /// m_errors = the load's messages, then "... and N more" (of severity `more`) if some were
    /// not kept.
    void keepMessages(const Diagnostics& diags, Severity more);
    std::string m_loadedAt;
};

} // namespace aimap
