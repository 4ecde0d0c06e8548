#pragma once

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
    void write(const Viewer& viewer, const LiveData& data);

private:
    std::string m_path;
    std::string m_last;
};

} // namespace aimap
