#pragma once

#include "ui/ChoroplethLegend.hpp"

#include "core/data/Dataset.hpp"
#include "core/scale/SymbolScale.hpp"
#include "core/view/ViewState.hpp"
#include "core/view/ZoneLayer.hpp"
#include "ui/PanelFrame.hpp"

#include <optional>

namespace aimap {

/// The legend at the bottom left: nested circles on the map's own scale, the minimum dot, the
/// hollow ring of missing figures and, when clusters are on the map, what they mean. It asks for
/// nothing.
struct LegendState {
    const Dataset* dataset = nullptr;
    std::size_t metric = 0; ///< the metric shown
    int year = 0;
    std::optional<SymbolScale> scale; ///< the current on-screen scale; no legend without one
    double metricMax = 0;             ///< the metric's largest figure (any year); 0: all are 0
    std::size_t citiesWithFigure = 0; ///< cities with a figure for the metric and year
    std::size_t cities = 0;           ///< cities on the map
    bool clustersShown = false;       ///< clusters are on the map now
    bool sectorRing = false;          ///< ...with a ring of sector shares
    LabelMode labels = LabelMode::Both; ///< language of the sector names
    unsigned short sectorsPresent = 0;  ///< sectors of the data's enterprises (bit i = Sector i)
    bool sectorMetric = false;          ///< the metric sums enterprises (the filter applies)
    /// The pilot-zone programmes shown on the map, with their counts for the year shown.
    struct Zones {
        std::size_t programme = 0; ///< index into Dataset::programmes (picks the symbol)
        ZoneCount count;
    };
    std::vector<Zones> zones;
    /// A card is open: the legend keeps its essentials (smaller circles, the minimum dot and
    /// the missing ring on one line, the notes on hover) so that the map keeps its share.
    bool compact = false;
    /// "Scale: the largest figure of any year, 281 (Jinan, 2020)": the scale the timeline
    /// keeps (empty: not said); and whether the map shows previous-figure rings.
    std::string scaleNote;
    bool previousRings = false;
    /// The province choropleth's key (issue 16), when one is shown.
    const ChoroplethKey* choropleth = nullptr;
};

void drawLegend(const LegendState& state, PanelFrame& frame);

} // namespace aimap
