#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace aimap {

class LiveData;
class Viewer;

/// --ui-dump FILE: what the panels show (metric, year, the open cards, the clusters on screen) as
/// JSON, rewritten atomically whenever it changes. The display tests read it to click through
/// the real window.
class UiDump {
public:
    explicit UiDump(std::string path) : m_path(std::move(path)) {}
    /// --ui-dump was given (else write() does nothing: build nothing for it).
    bool enabled() const { return !m_path.empty(); }
    /// Writes the snapshot, with `extra`'s keys added (what the window mode knows: blank,
    /// input_locked, fullscreen), when it differs from the last one written.
    void write(const Viewer& viewer, const LiveData& data, const nlohmann::json& extra);
    void write(const Viewer& viewer, const LiveData& data);
    /// What write() writes, as JSON: metric, year, cards, clusters, and for tests every marker
    /// and label drawn and the inset's rect (window pixels, as drawn in the last frame).
    static nlohmann::json snapshot(const Viewer& viewer, const LiveData& data);

private:
    std::string m_path;
    std::string m_last;
};

} // namespace aimap
