#pragma once

#include "ui/PanelFrame.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// "Open a data file": a typed path or one of the recent files.
struct OpenDialogState {
    bool show = false;
    std::string dataPath;                 ///< the file shown (and watched for changes)
    std::vector<std::string> recentFiles; ///< most recent first
    std::string bundledFile; ///< the data shipped with aimap; offered first when not shown
};

struct OpenDialogIntents {
    bool close = false;
    std::optional<std::string> openFile; ///< load this data file
};

OpenDialogIntents drawOpenDialog(const OpenDialogState& state, PanelFrame& frame);

} // namespace aimap
