#pragma once

#include "app/Options.hpp"
#include "app/Settings.hpp"
#include "app/Viewer.hpp"
#include "app/data/LiveData.hpp"
#include "app/data/StaticMap.hpp"
#include "app/modes/BenchReport.hpp"

#include <memory>
#include <string>

namespace aimap {

struct ModeContext;

/// The application: owns the parts (the shipped map, the live data, the viewer) and runs the
/// one mode the command line asks for: a window, a screenshot, or a marker's position.
class App {
public:
    explicit App(Options options);
    /// Runs the mode; returns the process exit code.
    int run();

private:
    enum class Mode { Window, LargeFileWindow, Screenshot, PrintMarker, NoDisplay };
    /// Chosen once, before anything is loaded, from the options, the display and the file size.
    Mode chooseMode(const std::string& dataPath) const;
    bool loadTalkFor(ModeContext& ctx, const std::string& dataPath);
    /// The basemap's errors go to the banner; the camera shows all of China.
    void finishStaticMap();

    Options m_opt;
    Settings m_settings; ///< read at start (a window's run; `--talk last`)
    std::string m_root;
    Phases m_phases;
    StaticMap m_map;
    std::unique_ptr<LiveData> m_data;
    std::unique_ptr<Viewer> m_viewer;
};

} // namespace aimap
