#pragma once

#include "core/cluster/ClusterCard.hpp"
#include "core/data/Attribution.hpp"
#include "core/data/CityCard.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/scale/SymbolScale.hpp"
#include "core/view/Tooltip.hpp"
#include "core/view/ViewState.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// Everything the panels read. Panels never change it: they return UiIntents.
struct UiState {
    const Dataset* dataset = nullptr;
    std::size_t metric = 0;
    int year = 0;
    std::vector<int> years;           ///< years of the current metric
    std::vector<std::size_t> metrics; ///< selectable metrics, in menu order
    LabelMode labels = LabelMode::Both;
    const CityCardModel* card = nullptr; ///< the open card (owned by the app), or none
    std::optional<HoverInfo> hover;
    std::optional<SymbolScale> scale; ///< current on-screen scale (legend draws with it)
    std::vector<Attribution> attributions;
    std::vector<Diagnostic> loadErrors; ///< shown in a banner; the map keeps the last good data
    std::string loadErrorsSince;        ///< "showing data loaded at HH:MM:SS"
    bool showAbout = false;
    bool showOpen = false;
    std::string dataPath;                 ///< the file shown (and watched for changes)
    std::vector<std::string> recentFiles; ///< most recent first
    bool loading = false;                 ///< a file is being loaded in the background
    float uiScale = 1.0f;
    bool clustering = true;               ///< "group nearby" is on
    std::string clusterStatus;            ///< "indexing 1,000,000 enterprises..." or empty
    bool clustersShown = false;           ///< clusters are on the map now (legend explains them)
    bool sectorRing = false;              ///< ...with a sector ring
    const ClusterCardModel* clusterCard = nullptr;
};

/// What the user asked for this frame.
struct UiIntents {
    std::optional<std::size_t> metric;
    std::optional<int> year;
    std::optional<LabelMode> labels;
    bool closeCard = false;
    bool fitView = false;
    std::optional<bool> showAbout;
    bool dismissErrors = false;
    std::optional<bool> showOpen;
    std::optional<std::string> openFile; ///< load this data file
    std::optional<bool> clustering;      ///< turn "group nearby" on or off
    bool closeClusterCard = false;
    bool expandCluster = false;          ///< zoom to where the open cluster splits
    /// Screen rectangles (pixels) of the panels drawn this frame: map labels avoid them.
    std::vector<Box> panelRects;
};

/// Width of the city card docked at the right edge, in pixels (the app keeps the selected city
/// out from under it).
float cityCardWidth(float displayWidth, float uiScale);
/// Margin between panels and the window edge, in pixels.
float panelMargin(float uiScale);

/// Draw all panels for this frame (between ImGui::NewFrame and ImGui::Render).
UiIntents drawPanels(const UiState& state);

/// Apply aimap's ImGui style (light, high contrast for projectors) scaled by `uiScale`.
void applyStyle(float uiScale);

} // namespace aimap
