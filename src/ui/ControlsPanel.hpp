#pragma once

#include "core/view/RankLayer.hpp"
#include "core/view/ZoneLayer.hpp"

#include "core/data/Dataset.hpp"
#include "core/view/ViewState.hpp"
#include "ui/PanelFrame.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// The panel at the top left: the dataset's title, metric, year, label language, "group nearby"
/// and the buttons (Fit China, Open data..., About / sources).
struct ControlsState {
    /// The province choropleth (issue 16): the choices' names and the one shown (none: off).
    std::vector<std::string> choroplethNames;
    std::optional<std::size_t> choropleth;
    const Dataset* dataset = nullptr; ///< has at least one metric
    std::size_t metric = 0;
    int year = 0;
    std::vector<int> years;           ///< years of the current metric
    std::vector<std::size_t> metrics; ///< selectable metrics, in menu order
    LabelMode labels = LabelMode::Both;
    bool clustering = true;    ///< "group nearby" is on
    unsigned short sectorsPresent = 0; ///< sectors of the data's enterprises; 0: no filter shown
    unsigned short sectors = 0x1FF;    ///< the sectors chosen (bit i = Sector i)
    bool sectorMetric = false;         ///< the metric sums enterprises (else the filter is idle)
    std::vector<std::size_t> sectorMetrics; ///< cited sector metrics: the filter picks one
    std::string clusterStatus; ///< "grouping 1,000,000 enterprises..." or empty
    bool showOpen = false;     ///< the open dialog is shown (its button toggles it)
    bool showAbout = false;    ///< the About panel is shown (its button toggles it)
    bool loading = false;      ///< a file is being loaded in the background
    ProgrammeMask zones = 0;   ///< pilot-zone programmes shown (bit i: programme i)
    std::optional<RankLayerChoice> ranks;   ///< the ranking shown as badges
    std::vector<RankLayerChoice> rankChoices; ///< every ranking of the data
    bool showNational = false; ///< the national summary is shown (its button toggles it)
    bool roomText = false;     ///< the room setting: large text for a hall
    bool highContrast = false; ///< the high-contrast palette (washed-out projectors)
    /// A card is open: the panel can fold to one line (metric and year) to leave the map its
    /// share (core/view/PanelBudget.hpp), and `folded` says it is folded.
    bool cardOpen = false;
    bool folded = false;
    /// The timeline (core/timeline): playing, and where the slider stands (an index into
    /// `years`, fractional during a transition: the slider glides with the markers).
    bool timelinePlaying = false;
    double timelinePosition = 0;
};

struct ControlsIntents {
    std::optional<std::size_t> metric;
    std::optional<int> year;
    std::optional<int> timelineSeek; ///< the slider moved to this year: a transition to it
    bool timelineToggle = false;     ///< play / pause
    std::optional<LabelMode> labels;
    std::optional<bool> clustering; ///< turn "group nearby" on or off
    std::optional<unsigned short> sectors; ///< the sectors to sum (bit i = Sector i)
    std::optional<ProgrammeMask> zones; ///< pilot-zone programmes to show
    std::optional<std::optional<RankLayerChoice>> ranks; ///< the ranking to show, or none
    std::optional<bool> showNational;
    /// A choropleth chosen (an empty optional inside: off).
    std::optional<std::optional<std::size_t>> choropleth;
    std::optional<bool> roomText; ///< turn large text (room) on or off
    std::optional<bool> highContrast; ///< switch the high-contrast palette on or off
    std::optional<bool> fold;     ///< fold or unfold the panel while a card is open
    bool fitView = false;
    bool rankingsToggle = false; ///< open or close the rankings table (issue 16)
    std::optional<bool> showOpen;
    std::optional<bool> showAbout;
};

ControlsIntents drawControls(const ControlsState& state, PanelFrame& frame);

} // namespace aimap
