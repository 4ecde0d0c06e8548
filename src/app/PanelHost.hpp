#pragma once

#include "core/cluster/ClusterCard.hpp"
#include "core/data/Attribution.hpp"
#include "core/data/CityCard.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/scale/SymbolScale.hpp"
#include "core/view/Compare.hpp"
#include "core/view/MetricSummary.hpp"
#include "core/view/Nearby.hpp"
#include "core/view/RankLayer.hpp"
#include "core/view/Tooltip.hpp"
#include "core/view/ViewState.hpp"
#include "ui/Panels.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace aimap {

/// What the panels show this frame, as the viewer and the data know it.
struct PanelInputs {
    const Dataset* dataset = nullptr;
    const ViewState* view = nullptr;
    const MetricSummary* summary = nullptr;
    std::optional<SymbolScale> scale; ///< the map's scale now: the legend draws with it
    std::optional<HoverInfo> hover;
    const CityCardModel* cityCard = nullptr;
    /// The radius tool around the card's city: on (its km), the list's heading and rows.
    std::optional<double> radiusKm;
    std::string radiusHeading;
    const std::vector<NearbyRow>* nearby = nullptr;
    const ClusterCardModel* clusterCard = nullptr;
    /// Compare (issue 16): the pinned cities' model (null: none pinned), and the card's city's
    /// slot when it is pinned.
    const CompareModel* compare = nullptr;
    std::optional<std::size_t> cardPinnedSlot;
    bool clustersShown = false; ///< clusters are on the map now
    bool sectorRing = false;    ///< ...with a ring of sector shares
    std::string clusterStatus;  ///< "grouping 1,000,000 enterprises..." or empty
    const std::vector<Attribution>* attributions = nullptr;
    const std::vector<Diagnostic>* errors = nullptr;
    std::string loadedAt; ///< of the data shown, when errors are
    std::string dataPath;
    const std::vector<std::string>* recentFiles = nullptr;
    std::string bundledFile; ///< the data shipped with aimap (always offered by "Open data...")
    bool loading = false;
    float uiScale = 1;
    bool roomText = false; ///< the room setting is on
    bool highContrast = false;                          ///< the high-contrast palette is on
    const std::vector<RankBadge>* rankBadges = nullptr; ///< the rank layer's, in ranking order
    std::string toast; ///< a short message shown for a moment (what a key did), or empty
    bool presenting = false; ///< a talk is presented: no control panel, the caption instead
    std::string caption;     ///< the talk frame's caption
    TalkEditorState talkEditor; ///< the talk editor (closed: no talk)
    /// The timeline: playing, the slider's position (an index into the summary's years,
    /// fractional during a transition), the selected city's change badge for the card, and the
    /// legend's line on its one scale.
    bool timelinePlaying = false;
    double timelinePosition = 0;
    std::string cardChangeBadge;
    std::string scaleNote;
    bool previousRings = false; ///< the map shows previous-figure rings: the legend says so
    /// The legend and caption are drawn from the display list (the audience overlay), not here.
    bool audienceOverlay = false;
    /// ...where it is (caption first): the panels are placed as if it were theirs (the rank
    /// list right of the caption, not over it).
    std::vector<Box> overlayBoxes;
    /// The rankings table (issue 16): closed when its table is null; PanelHost sets its place.
    RankingsPanelState rankings;
    /// Provinces (issue 16): the open province card (drawn when no city or cluster card is),
    /// its choropleth line, the choropleth's choices and key.
    const ProvinceCardModel* provinceCard = nullptr;
    std::string provinceChoroplethLine;
    std::vector<std::string> choroplethNames;
    std::optional<std::size_t> choropleth;
    const ChoroplethKey* choroplethKey = nullptr;
};

/// What the panels asked for this frame, one member per panel that asks for something; the
/// About and Open toggles are the host's own business.
struct PanelIntents {
    ControlsIntents controls;
    CityCardIntents cityCard;
    ClusterCardIntents clusterCard;
    ComparePanelIntents compare;
    OpenDialogIntents openDialog;
    ErrorBannerIntents errorBanner;
    TalkEditorIntents talkEditor;
    RankingsIntents rankings;    ///< the rankings table (issue 16)
    ProvinceCardIntents provinceCard;
    std::vector<Box> panelRects; ///< where panels are: map labels avoid them
};

/// The panels of the window: fills each panel's state, draws them (between ImGui's NewFrame and
/// Render), and gathers their intents. Owns the panels' own state (which dialogs are open). A new
/// panel is a new file in src/ui and a few lines here.
class PanelHost {
public:
    PanelIntents draw(const PanelInputs& in);
    /// Esc closes the About panel first; true when it did.
    bool closeAbout();
    void closeOpenDialog() { m_showOpen = false; }
    void openAbout() { m_showAbout = true; }
    void openOpenDialog() { m_showOpen = true; }
    /// Esc closes the national figures; true when it did.
    bool closeNational();
    void openNational() { m_showNational = true; }
    bool nationalOpen() const { return m_showNational; }
    /// The keyboard help overlay (? F1): toggled, closed by Esc (true when it was open).
    void toggleKeyHelp() { m_showKeyHelp = !m_showKeyHelp; }
    bool closeKeyHelp() { return std::exchange(m_showKeyHelp, false); }
    bool keyHelpOpen() const { return m_showKeyHelp; }

private:
    bool m_showAbout = false;
    bool m_showOpen = false;
    bool m_showNational = false;
    bool m_showKeyHelp = false;
    /// The controls stay unfolded beside a card: the user unfolded them (kept for the session,
    /// until folded again). By default they fold to one line while a card is open.
    bool m_controlsUnfoldedWithCard = false;
};

} // namespace aimap
