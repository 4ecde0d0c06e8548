// The interactive map and how the modes have it draw frames.
// [SECTION] FrameMode: a window's frames, still images' (exact) and videos' (exact, animated)
// [SECTION] Viewer: command line, graphics, frame, state for the modes, timeline, exports; then
//           its private parts (the timeline's, the talk's, the panels', the GL resources)
#pragma once

#include "app/ImGuiSfml.hpp"
#include "app/PanelHost.hpp"
#include "app/data/LiveData.hpp"
#include "app/data/StaticMap.hpp"
#include "app/gfx/FontAtlas.hpp"
#include "app/input/MapInput.hpp"
#include "app/scene/ClusterService.hpp"
#include "app/scene/InsetScene.hpp"
#include "app/scene/LayerScene.hpp"
#include "app/scene/MarkerScene.hpp"
#include "app/scene/SpotlightScene.hpp"
#include "core/camera/Camera.hpp"
#include "core/camera/Flight.hpp"
#include "core/cluster/ClusterCard.hpp"
#include "core/data/CityCard.hpp"
#include "core/data/ProvinceFigures.hpp"
#include "core/display/AudienceInput.hpp"
#include "core/display/DisplayList.hpp"
#include "core/search/SearchIndex.hpp"
#include "core/rank/RankingTable.hpp"
#include "core/talk/Talk.hpp"
#include "core/timeline/Timeline.hpp"
#include "core/timeline/YearMorph.hpp"
#include "core/view/Compare.hpp"
#include "core/pick/ProvincePick.hpp"
#include "core/talk/Talk.hpp"
#include "core/timeline/Timeline.hpp"
#include "core/timeline/YearMorph.hpp"
#include "core/view/Choropleth.hpp"
#include "core/view/MetricSummary.hpp"
#include "core/view/Nearby.hpp"
#include "core/view/ProvinceCard.hpp"
#include "core/view/UiScale.hpp"
#include "core/view/ViewState.hpp"
#include "core/view/ZoneLayer.hpp"
#include "render/DisplayListRenderer.hpp"
#include "render/LabelRenderer.hpp"
#include "render/MarkerBatch.hpp"
#include "render/PinMarks.hpp"
#include "render/ProvinceLayer.hpp"
#include "render/SpotlightRenderer.hpp"
#include "render/TimelineMarks.hpp"
#include "ui/SearchPanel.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderWindow.hpp>

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace aimap {

/// How frames are drawn, chosen once by the mode.
struct FrameMode {
    /// Screenshots: wait for the cluster layer, show every transition settled, draw the basemap
    /// exactly (never a moved copy of the last image).
    bool exact = false;
    /// Videos: exact as above, but moving as in a window: cluster transitions, label fades and
    /// the focus cities' pulse run on the viewer's clock (setClock).
    bool animated = false;
};

/// The interactive map: the camera, what is shown (ViewState), the markers of each frame, the
/// cluster layer, the cards, and the panels' state in and intents out. Owned by App; the modes
/// drive it frame by frame. Reads the data through LiveData and the basemap through StaticMap.
class Viewer {
public:
    Viewer(LiveData& data, StaticMap& map, Vec2 viewportPx);
    Viewer(const Viewer&) = delete;
    Viewer& operator=(const Viewer&) = delete;

    /// Called at start-up phases worth timing ("clusters_ready"); may be empty.
    std::function<void(const char*)> onPhase;

    // [command line]
    /// Resolves the command line's metric, year and cities against the data (no camera yet):
    /// empty, or the error to print (exit code 2).
    std::string resolve(const ViewRequest& request);
    /// The command line's camera (zoom, centre) and selection, once the camera is fitted.
    void applyCamera(std::optional<double> zoom, std::optional<LonLat> centre);
    /// --select-cluster: opens the card of the cluster whose circle holds the city resolved by
    /// resolve(). False when no cluster does at this zoom.
    bool selectPendingCluster(FrameMode mode);
    /// --ui-scale, --min-text-px, the panel's "Large text (room)".
    void setUiScale(const UiScaleSetting& s) { m_uiScale = s; }
    const UiScaleSetting& uiScaleSetting() const { return m_uiScale; }
    /// The panel's "High contrast" (and --bench-contrast): switches the theme; the basemap, the
    /// inset and the ImGui style follow at the next frame (each compares the theme's colours).
    void setPalette(Palette p);
    /// --national: open the national figures panel.
    void openNational() { m_panels.openNational(); }
    bool hasPendingCluster() const { return m_pendingClusterCity.has_value(); }

    // [graphics]
    /// Shader, fonts and ImGui: needs the GL context (SFML opens the display as soon as one
    /// exists, so --print-marker and a missing display never get here).
    bool initGraphics(const std::string& root);
    void shutdownGraphics();
    bool markerShader() const { return m_gfx && m_gfx->markers.usesShader(); }
    /// A second viewer (the presenter view's pictures of a talk's frames): its own images of
    /// the basemap and the inset (the shared ones would be redrawn for each of its pictures
    /// and again for the window), never multisampled. After StaticMap::finish().
    void useOwnMapImages();

    // [frame]
    void setViewport(Vec2 sizePx);
    void fitChina();
    void panPixels(Vec2 deltaPx) { m_camera.panPixels(deltaPx); }
    /// Flies the camera to `to` along the optimal zoom-and-pan path (Flight); a flight under way
    /// is redirected from where it is now.
    void flyTo(CameraPose to);
    /// The camera now (projected metres, pixels per metre) and the "fit China" scale.
    CameraPose pose() const { return {m_camera.centre(), m_camera.scale()}; }
    const Camera& camera() const { return m_camera; }
    double fitScale() const { return m_camera.fitScale(); }
    /// Before polling a frame's events (they arrived since the last call).
    void beginEvents() { m_input.beginEvents(std::chrono::steady_clock::now()); }
    /// One event of the window (the panels see it first).
    void handleEvent(const sf::Event& event, sf::RenderWindow& window);
    /// Adopts a finished reload or open, or starts a hot reload of an edited file.
    void pollData();
    /// The data changed under the viewer (the first dataset: `previous` is null).
    void dataChanged(const Dataset* previous);
    /// Adds a warning when the panels' font cannot draw a character of the data.
    void warnAboutUndrawableText();
    /// Between frames: a font atlas lacking glyphs for new text is rebuilt.
    void rebuildFontIfNeeded();
    /// In frames that wait for a file: renders label glyphs ahead for about `budgetMs`.
    void prewarmLabels(double budgetMs);
    /// The basemap and "NAME — loading..." while the first file loads.
    void drawLoadingFrame(sf::RenderTarget& target);
    void drawFrame(sf::RenderTarget& target, float dtSeconds, FrameMode mode);
    /// Opens a data file in the background, as the Open dialog does.
    void openFile(const std::string& path);
    /// Loads a data file now, as the Open dialog would: a broken one keeps the data shown and
    /// fills the error banner.
    void openNow(const std::string& path);

    // [state, for the modes]
    bool flying() const { return m_flight.has_value(); }
    /// The duration of the flight under way (seconds); none when the camera is still.
    std::optional<double> flightSeconds() const {
        return m_flight ? std::optional<double>(m_flight->seconds()) : std::nullopt;
    }
    /// Videos: the viewer's clock (flights, the timeline, transitions, pulses) stands at this
    /// many seconds, advanced by the caller frame by frame; none: the steady clock.
    void setClock(std::optional<double> seconds) { m_clock = seconds; }
    bool busy() const { return m_data.loading() || m_clusters.building(); }
    /// Show `text` at the bottom of the window for `forSeconds` (what a key did).
    void toast(std::string text, double forSeconds = 2.5);
    /// A panel's text field has the keyboard: letters are typing, not commands.
    bool uiWantsKeyboard() const;
    /// Talks (ViewerTalk.cpp): show one frame of a talk (`scene` after `step` build steps) — its
    /// view, cards and caption — and fly to its camera (`provinces`: code -> world box, for "fit"
    /// cameras); at once when not `animate`. While presenting, the control panel is hidden and the
    /// caption shown.
    void present(const TalkScene& scene, std::size_t step,
                 const std::map<std::string, Box>& provinces, bool animate);
    /// Leaving presentation mode lifts the spotlight.
    void setPresenting(bool on);
    /// The talk presented (its texts join the panels' font atlas; it outlives the viewer).
    void setTalk(const Talk* talk);
    /// The talk editor's panel (closed when its talk is null), and what it asked for in the
    /// last frame (taken once).
    void setTalkEditor(TalkEditorState state) { m_talkEditor = std::move(state); }
    TalkEditorIntents takeTalkEditorIntents() { return std::exchange(m_talkEditorIntents, {}); }
    /// The map as it is now as a talk scene (view, camera, open cards), titled "Scene N".
    TalkScene sceneNow(std::size_t number) const;
    bool presenting() const { return m_presenting; }
    const std::string& caption() const { return m_caption; }
    /// The talk frame's spotlight (inactive when not presenting or the frame has none).
    const SpotlightLit& spotlight() const { return m_spotlight; }
    /// The focus markers pulsing in the last frame.
    const std::vector<ScreenMarker>& pulsing() const { return m_pulsing; }
    /// The panels' language (the label setting's).
    UiLanguage panelLanguage() const { return uiLanguage(m_view.labels); }
    /// Idle frames leave the CPU to the worker: waits up to `ms` for the running work.
    void waitForWork(std::chrono::milliseconds ms) const;
    /// True once the clusters of the view are on screen (or grouping is off).
    bool clustersSettled() const;
    /// The frame's markers without drawing them (no GL needed).
    void updateScene(FrameMode mode);
    /// Starts building the view's cluster layer on the worker, if one is wanted.
    void startClusters() { updateClusters(false); }
    /// The last frame showed clusters.
    bool clustersOnScreen() const;
    /// The marker of a city on screen (a city marker, or a cluster layer's lone point).
    std::optional<ScreenMarker> markerOfCity(std::size_t city) const;
    float uiScale() const;
    /// The South China Sea inset now: fixed in the window while the map pans and zooms.
    InsetScene inset() const;
    /// The map labels of the last frame drawn (indices into frame().labels).
    const std::vector<DrawnLabel>& drawnLabels() const;
    /// The panels' rectangles of the last frame (window pixels).
    const std::vector<Box>& panelRects() const { return m_panelRects; }
    Vec2 frameSize() const { return m_camera.viewport(); }
    /// Shows another metric, year and grouping, as the panels would (--ui-dump-sweep).
    void showView(std::size_t metric, int year, bool clustering);

    // [timeline] (ViewerTimeline.cpp)
    /// P and the panel's play button: plays or pauses the years of the metric shown.
    void toggleTimeline();
    /// A talk frame's "timeline": shows `from`, then plays to `to` and stops there.
    void playTimeline(int from, int to);
    /// Screenshots of the timeline: its clock stands at this many seconds (none: the viewer's).
    void setTimelineClock(std::optional<double> seconds) { m_timelineClock = seconds; }
    const Timeline& timeline() const { return m_timeline; }
    /// Playing or mid-transition: the picture changes every frame.
    bool timelineMoving() const;
    /// The change badges drawn on the map in the last frame (texts, for the UI dump).
    std::vector<std::string> timelineBadges() const;
    // [radius tool] (ViewerRadius.cpp)
    /// The geodesic circle of `km` around the selected city and the cities in it (the card's
    /// checkbox, --radius); none: off.
    void setRadius(std::optional<double> km);
    std::optional<double> radiusKm() const {
        return m_radius ? std::optional<double>(m_radius->km) : std::nullopt;
    }
    /// The cities within the radius of the selected city, nearest first (empty when off).
    const std::vector<NearbyCity>& nearby() const;
    /// Where the card's radius checkbox was last drawn (empty: not drawn); the UI dump.
    const Box& radiusToggle() const { return m_radiusToggle; }
    // [keys] (ViewerKeys.cpp): help overlay, copy with citation, the controls by key
    /// The text the last Ctrl+C put on the clipboard (the UI dump); empty: none yet.
    const std::string& copied() const { return m_copied; }
    bool keyHelpOpen() const { return m_panels.keyHelpOpen(); }
    // [search] (ViewerSearch.cpp, issue 16)
    /// Ctrl+F and /: opens the search box, with `text` typed (--search) or the last query.
    void openSearch(const std::string& text = {});
    void closeSearch();
    /// The search's keys, before the map and the panels see the event (Ctrl+F, /, and while the
    /// box is open Up, Down, Enter, Esc, and the / typed to open it): true when it was the
    /// search's.
    bool searchKey(const sf::Event& e);
    /// Goes to result `i` of the list and closes the box: a city of the data opens its card as a
    /// click does; a city the data has no figures for is flown to, and a toast says so; a
    /// province's card opens, the province framed (frameProvince).
    void searchGo(std::size_t i);
    /// Flies to frame the province of 6-digit `code` between the panels at the left and its
    /// card at the right; false when the basemap has none.
    bool frameProvince(const std::string& code);
    /// What the search shows, for the UI dump: open, the text, the results (into places()), the
    /// highlighted one, the place last gone to and its world position.
    struct SearchView {
        bool open = false;
        std::string query;
        const SearchIndex* index = nullptr;
        const std::vector<SearchResult>* results = nullptr;
        std::optional<std::size_t> chosen;
        const std::optional<SearchPlace>* went = nullptr;
        Vec2 wentWorld;
        bool typing = false;                           ///< the box has the keyboard
        const std::vector<Vec2>* rowCentres = nullptr; ///< window pixels, as last drawn
    };
    SearchView searchView() const {
        return {m_search.open,      m_search.text.data(), m_search.index.get(),
                &m_search.results,  m_search.chosen,      &m_search.went,
                m_search.wentWorld, m_search.typing,      &m_search.rowCentres};
    }
    // [compare] (ViewerCompare.cpp, issue 16): 2-4 pinned cities side by side
    /// Pins the city (an index into the data's cities, or its id) for comparison, or unpins it
    /// when it is pinned; a fifth is refused with a toast. The card's button, Ctrl+click, C, and
    /// any list of cities (a rankings table's rows) call it.
    void togglePin(std::size_t city);
    void togglePin(const std::string& cityId);
    /// --compare ID,ID[,ID,ID] (ids or names): pins them; empty, or the error to print.
    std::string pinFromCommandLine(const std::string& list);
    /// Pans the map (a short flight when `animate`) so that the pinned cities are clear of the
    /// compare panel, where that can be done without losing one off the left edge.
    void keepPinsInView(bool animate);
    const PinSet& pins() const { return m_pins; }
    /// The compare panel's model (made again when the pins, data, year or language change).
    const CompareModel& compareModel() const;
    /// The pinned cities' marks on the map in the last frame (their slot and marker centre).
    std::vector<PinMarks::Mark> pinMarks() const;
    /// The compare panel's rectangle in the last frame (empty when not shown).
    const Box& comparePanelRect() const { return m_compareRect; }
    // [rankings table] (ViewerRankings.cpp, issue 16)
    /// The table's own state: open, which metric/year/earlier year, sort, selection, focus.
    struct RankingsUi {
        bool open = false;
        std::size_t metric = 0;
        int year = 0;
        std::optional<int> earlier;
        RankColumn sortColumn = RankColumn::Rank;
        bool ascending = true;
        std::optional<std::size_t> selected; ///< row index
        bool focused = false;                ///< the table has the keyboard
        bool focusNow = false, scrollToSelected = false;
        RankingTable table;
        const Dataset* builtFor = nullptr; ///< the data `table` was built from
        std::vector<Box> rowRects;         ///< where the rows were drawn (last frame)
        Box window;                        ///< where the panel was (last frame)
    };
    /// T and the controls' button: opens the table (of the metric and year shown, else the first
    /// metric with figures) or closes it.
    void toggleRankings();
    /// --rankings: "shown" (as T) or "METRIC[:YEAR]"; an unknown one is reported on stderr and
    /// the table of the metric shown opens instead.
    void openRankings(const std::string& spec);
    /// T, and while the table has the focus Up/Down (row), Enter (fly to it), Left/Right (sort
    /// column), S (reverse); true when the key was the table's.
    bool rankingsKey(const sf::Event& e);
    const RankingsUi& rankings() const { return m_rankings; }
    // [provinces] (ViewerProvinces.cpp, issue 16): hovering and opening provinces, their card,
    // the choropleth.
    /// Opens the card of a province: its division code ("370000"), Chinese (山东) or English
    /// (Shandong) name; flies to show it beside the card when `animate`. False when no province
    /// has it. The search calls this for provinces.
    bool openProvince(const std::string& code, bool animate = true);
    void closeProvince();
    /// The choropleth by id ("density", "METRIC_ID:YEAR"; "" or "off": none): "" when shown,
    /// else the error listing the choices.
    std::string setChoropleth(const std::string& id);
    /// The province under the mouse (no marker there), the one opened (feature indices into
    /// the provinces layer), the open card, the choropleth shown (null: off).
    std::optional<std::size_t> hoveredProvince() const { return m_hoveredProvince; }
    std::optional<std::size_t> openedProvince() const { return m_openProvince; }
    const std::optional<ProvinceCardModel>& provinceCard() const { return m_provinceCard; }
    const Choropleth* choropleth() const {
        return m_choroplethChoice && m_choropleth ? &*m_choropleth : nullptr;
    }
    const BasemapLayer& provinceLayer() const { return m_map.provinces(); }
    /// A point of each province to click in the last frame's window (pixels): inside it, clear
    /// of markers, zone symbols, panels and the inset; none where no such point is in view.
    std::vector<std::optional<Vec2>> provincePickPoints() const;
    // [exports] (ViewerExport.cpp)
    /// Exports are the 1920x1080 layout scaled by height / 1080: the UI scale given here replaces
    /// the window's (0: the window's again).
    void setUiScaleOverride(float s) { m_uiScaleOverride = s; }
    /// The audience view of the frame shown (settled: clusters built, no flight) as a display
    /// list: the map, labels laid out as the window lays them out (clear of the caption, legend,
    /// source line and card instead of the panels), the timeline's rings and change badges,
    /// legend, caption, source line, the card the window docks (city, cluster, or national when
    /// `nationalCard` and no other), watermark. Needs initGraphics() (the label font measures
    /// the text).
    DisplayList audienceFrame(const std::string& title, bool nationalCard);
    /// The font the map's labels (and the display list's texts) are drawn in; null without one.
    const sf::Font* labelFont() const;
    /// The file of that font ("" without one): exports read its glyph outlines.
    std::string labelFontPath() const;
    /// Advance widths in that font (empty without one: the display list estimates).
    std::function<double(std::string_view, unsigned)> labelTextMeasure() const;

    const ViewState& view() const { return m_view; }
    /// The summary of the last frame's metric (its vMax sizes the symbols).
    const MetricSummary& lastSummary() const { return m_summary; }
    const SceneFrame& frame() const { return m_frame; }
    /// The pilot-zone and rank layers of the last frame.
    const LayerScene& layers() const { return m_layers; }
    const ClusterLayer* clusterLayer() const { return m_clusters.latest().get(); }
    int clusterZoom() const { return m_scene.clusterZoom(); }
    const std::optional<CityCardModel>& cityCard() const { return m_card; }
    const std::optional<ClusterCardModel>& clusterCard() const { return m_clusterCard; }

    /// The data as the map shows it: the loaded data, or its sector-filtered form when the view
    /// chooses some sectors only (filterSectors, made again when the data or the choice
    /// changes). Null before the first load.
    const std::shared_ptr<const Dataset>& shown() const;

private:
    const Dataset& data() const { return *shown(); }
    const MetricSummary& summary();
    const ClusterLayer* shownLayer() const;
    bool clusteringWanted();
    void updateClusters(bool wait);
    void buildScene(FrameMode mode);
    bool overInset(Vec2 point) const; ///< the inset hides the map there: nothing to pick
    void click(Vec2 point, bool doubleClick);
    /// `animate`: a camera that must move to show it flies there (a click), else jumps (the
    /// command line: the first frame shows it).
    void selectCity(std::optional<std::size_t> city, bool animate = true);
    void selectCluster(std::optional<std::uint32_t> cluster, bool animate = true);
    void keepClearOfCard(Vec2 world, bool animate);
    void expandCluster(std::uint32_t cluster);
    void advanceFlight();

public:
    /// Every text the panels may show (the font atlas is built for them).
    UiTexts uiTexts() const;

private:
    void drawInset(sf::RenderTarget& target, const InsetScene& inset, bool window);
    /// Lays the frame's labels out clear of the markers, zone symbols, rank badges, the inset and
    /// `obstacles` (the panels).
    void layOutLabels(std::vector<Box> obstacles, const InsetScene& inset);
    /// The display list's values of this frame that its overlay (legend, caption, source line)
    /// is made of (ViewerExport.cpp).
    AudienceInput overlayInput(const InsetScene& inset, bool nationalCard) const;
    /// While presenting: the audience overlay (legend, caption, source line) from the display
    /// list, in place of the ImGui legend and caption, and the boxes it takes (labels keep clear
    /// of them); empty otherwise.
    DisplayList presentingOverlay(const InsetScene& inset, std::vector<Box>& boxes) const;
    void drawWatermark(sf::RenderTarget& target) const;
    void drawPanelsAndApply(sf::RenderTarget& target, float dtSeconds);
    void applyIntents(const PanelIntents& intents);
    double seconds() const;
    /// Around China when it is fitted to the window ("Fit China", a talk's "china" camera).
    double chinaMarginPx() const { return 24.0 * uiScale(); }
    CameraPose framePoseFor(const TalkCamera& camera, const std::map<std::string, Box>& provinces,
                            bool cardOpen);
    // The timeline (ViewerTimeline.cpp): the view's year follows it while it plays.
    void advanceTimeline();
    std::optional<YearMorph> yearMorph() const;
    double timelineNow() const { return m_timelineClock ? *m_timelineClock : seconds(); }
    /// The previous-figure rings and change badges of this frame (before the labels' layout),
    /// the badges clear of `obstacles` (panels, overlay, inset) where they can be.
    void buildTimelineMarks(const std::vector<Box>& obstacles);
    std::string cardChangeBadge() const;
    /// The panels' timeline inputs: slider, play state, the card's badge, the legend's scale.
    void timelinePanelInputs(PanelInputs& in) const;
    Timeline m_timeline;
    const Dataset* m_timelineData = nullptr;
    std::size_t m_timelineMetric = static_cast<std::size_t>(-1);
    int m_timelineYear = 0; ///< the view's year as the timeline last set it
    std::optional<double> m_timelineClock;
    struct ScaleTop {
        std::size_t city = 0;
        int year = 0;
        double value = 0;
    };
    std::optional<ScaleTop> m_scaleTop; ///< the metric's largest figure (of m_timelineData)
    std::vector<std::size_t> m_focus;   ///< the talk frame's spotlight focus: badges on the map

    std::optional<RadiusChoice> m_radius; ///< the radius tool, when on
    Box m_radiusToggle;
    struct NearbyKey {
        const Dataset* data = nullptr;
        std::size_t city = 0, metric = 0;
        int year = 0;
        double km = 0;
        bool operator==(const NearbyKey& o) const {
            return data == o.data && city == o.city && metric == o.metric && year == o.year &&
                   km == o.km;
        }
    };
    mutable std::optional<NearbyKey> m_nearbyKey; ///< what m_nearby was found for
    mutable std::vector<NearbyCity> m_nearby;
    /// The card's list (heading and rows) of m_nearby, made when the cities or the language
    /// change, not every frame.
    std::vector<NearbyRow> m_nearbyRows;
    std::string m_nearbyHeading;
    std::optional<std::pair<NearbyKey, UiLanguage>> m_nearbyRowsKey;
    /// The ring in world metres, made when its city or radius changes (180 geodesic problems);
    /// each frame only projects it to the screen.
    std::vector<Vec2> m_ringWorld;
    std::optional<NearbyKey> m_ringKey;
    /// The radius tool's list in the card's inputs (the card is open, the tool on).
    void radiusPanel(PanelInputs& in, UiLanguage lang);
    /// The radius ring for this frame's camera (empty when off).
    void buildRadiusRing(sf::VertexArray& quads);
    // keys (ViewerKeys.cpp)
    /// A command key (help, copy, controls); true when it was one and is done with.
    bool commandKey(const sf::Event& e);
    /// Ctrl+C: the figure under the mouse (or the selected city's shown) with its sources.
    void copyFigure();
    /// Puts `text` on the clipboard (and in copied()), and says so in a toast.
    void copyText(std::string text);
    std::optional<std::pair<std::size_t, std::size_t>> m_hoveredFigure; ///< card metric, figure
    std::optional<CompareHover> m_compareHover; ///< the compare panel's figure under the mouse
    std::string m_copied;

    // Search (ViewerSearch.cpp)
    struct SearchState {
        bool open = false;
        bool focus = false;        ///< the box takes the keyboard at its next frame
        bool swallowSlash = false; ///< the / that opened it is not typed into it
        std::array<char, 256> text{};
        std::string query; ///< the text the results were found for
        std::unique_ptr<SearchIndex> index;
        const Dataset* indexedData = nullptr; ///< what the index was built from
        const Gazetteer* indexedGazetteer = nullptr;
        std::vector<SearchResult> results;
        std::vector<SearchRow> rows;
        std::optional<UiLanguage> rowsLanguage; ///< the rows' words, none: to be made
        std::optional<std::size_t> chosen;
        std::optional<SearchPlace> went; ///< the place last gone to
        Vec2 wentWorld;
        bool typing = false;          ///< the box had the keyboard in the last frame
        std::vector<Vec2> rowCentres; ///< the rows as last drawn
    } m_search;
    const SearchIndex& searchIndex();
    void updateSearchResults(UiLanguage lang);
    /// The search box, after the other panels (its rect joins m_panelRects).
    void drawSearch(UiLanguage lang);
    /// Centred in the map (left of the card when `card`), at zoom 2 or closer.
    CameraPose searchPoseFor(Vec2 world, bool card) const;
    /// A ring around the city last gone to when the data has no figures for it (no marker shows
    /// it otherwise), while no card is open; drawn with the radius ring.
    void appendSearchMark(sf::VertexArray& quads) const;

    PinSet m_pins;
    struct CompareKey {
        const Dataset* data = nullptr;
        PinSet pins;
        int year = 0;
        UiLanguage language = UiLanguage::En;
        bool operator==(const CompareKey& o) const {
            return data == o.data && pins == o.pins && year == o.year && language == o.language;
        }
    };
    mutable CompareModel m_compare;
    mutable std::optional<CompareKey> m_compareKey;
    Box m_compareRect;
    /// Ctrl+click (a marker under `point`), C (the selected city), Esc (the last pinned: false
    /// when none is).
    void pinAt(Vec2 point);
    void pinSelected();
    bool unpinLast();
    /// The compare panel's and the card's inputs, and what they asked for.
    void comparePanel(PanelInputs& in) const;
    void applyCompareIntents(const PanelIntents& in);
    /// The pins' rings and badges for this frame (their badges join `obstacles`: labels keep
    /// clear of them), and drawing them over the labels.
    void buildPinMarks(std::vector<Box>& obstacles);

    // Provinces (ViewerProvinces.cpp).
    const ProvinceIndex& provinces() const;
    /// The data file's province figures (core/data/ProvinceFigures), read when the data changes.
    const ProvinceFigures& provinceFigures() const;
    mutable ProvinceFigures m_provinceFigures;
    mutable const Dataset* m_provinceFiguresOf = nullptr;
    const std::vector<std::string>& cityProvinces() const; ///< each city's province code
    std::vector<std::pair<std::string, double>> provinceAreas() const; ///< code, km²
    void clickProvince(Vec2 point); ///< a click where no marker is
    void escapeCards();             ///< Esc: the city or cluster card, else the province's
    void drawProvinces(sf::RenderTarget& target); ///< after the basemap, under the markers
    void provincePanels(PanelInputs& in, UiLanguage lang);
    void applyProvinceIntents(const PanelIntents& intents);
    mutable std::optional<ProvinceIndex> m_provinceIndex;
    mutable std::vector<double> m_provinceKm2;
    mutable std::vector<std::vector<Vec2>> m_provinceInterior; ///< world points, best first
    mutable const Dataset* m_cityProvincesOf = nullptr;
    mutable std::vector<std::string> m_cityProvinces;
    std::optional<std::size_t> m_hoveredProvince, m_openProvince;
    std::optional<ProvinceCardModel> m_provinceCard;
    std::string m_provinceCardKey;
    std::optional<ChoroplethChoice> m_choroplethChoice;
    std::optional<Choropleth> m_choropleth;
    std::string m_choroplethKey; ///< what m_choropleth and the layer's fills were made for
    ChoroplethKey m_choroplethLegend;
    std::vector<ChoroplethChoice> m_choroplethChoices;

    float m_uiScaleOverride = 0; ///< exports: setUiScaleOverride()
    bool m_presenting = false;
    std::string m_caption;        ///< the talk frame's, while presenting
    const Talk* m_talk = nullptr; ///< the talk presented, if any
    TalkEditorState m_talkEditor;
    TalkEditorIntents m_talkEditorIntents;
    SpotlightLit m_spotlight;            ///< the talk frame's, while presenting
    bool m_spotlightDrawn = false;       ///< the veil is made for m_spotlight
    std::vector<ScreenMarker> m_pulsing; ///< focus markers of the last frame
    std::string m_toast;
    double m_toastUntil = -1;

    LiveData& m_data;
    mutable std::shared_ptr<const Dataset> m_shown; ///< shown(): for m_shownFrom and m_shownMask
    mutable const Dataset* m_shownFrom = nullptr;
    mutable unsigned short m_shownMask = 0;
    mutable UiLanguage m_shownLanguage = UiLanguage::En;
    StaticMap& m_map;
    Camera m_camera;
    ViewState m_view;
    MetricSummary m_summary;
    std::optional<std::size_t> m_pendingClusterCity;
    MarkerScene m_scene;
    SceneFrame m_frame;
    /// The cluster layer m_frame was built from: its item ids index it (during a timeline
    /// transition it may be the layer the latest one replaced).
    std::shared_ptr<const ClusterLayer> m_frameLayer;
    LayerScene m_layers;
    UiScaleSetting m_uiScale;
    float m_styledScale = 0;                   ///< the UI scale ImGui's style was sized for
    Palette m_styledPalette = Palette::Normal; ///< ...and the palette it was coloured in
    ClusterService m_clusters;
    MapInput m_input;
    std::optional<MapItem> m_hovered;
    /// The cluster (of that layer) whose sources are cached below.
    std::optional<std::pair<const ClusterLayer*, std::uint32_t>> m_hoverSourcesFor;
    UiLanguage m_hoverSourcesLanguage = UiLanguage::En;
    std::string m_hoverSources;
    std::optional<CityCardModel> m_card;
    std::optional<ClusterCardModel> m_clusterCard;
    PanelHost m_panels;
    std::vector<Box> m_panelRects;   ///< panels of the previous frame: labels avoid them
    std::vector<Box> m_overlayBoxes; ///< the presenting overlay's caption, legend, source line
    std::optional<Flight> m_flight;
    double m_flightStart = 0;
    std::optional<double> m_clock; ///< setClock()
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();

    /// GL resources: created by initGraphics() only.
    struct Graphics {
        MarkerBatch markers;
        MarkerBatch ghosts; ///< clusters fading out (or in) while their members move
        MarkerBatch dimmed; ///< what a talk's spotlight dims
        SpotlightRenderer spotlight;
        MarkerBatch vanishing, appearing;          ///< a timeline transition's fading circles
        TimelineMarks timelineMarks;               ///< previous-figure rings, change badges
        PinMarks pinMarks;                         ///< compare: the pinned cities' rings
        sf::VertexArray radiusRing{sf::Triangles}; ///< the radius tool's circle
        ProvinceLayer provinces; ///< the choropleth and the province outlines (issue 16)
        LabelRenderer labels;
        DisplayListRenderer overlay; ///< the audience overlay while presenting
        ImGuiSfml imgui;
        FontAtlas fonts;
    };
    std::unique_ptr<Graphics> m_gfx;
    /// useOwnMapImages(): this viewer's basemap and inset images, else StaticMap's.
    struct OwnMapImages {
        BasemapRenderer basemap;
        InsetRenderer inset;
    };
    std::unique_ptr<OwnMapImages> m_ownMapImages;
    BasemapRenderer& basemapImage() {
        return m_ownMapImages ? m_ownMapImages->basemap : m_map.renderer();
    }
    InsetRenderer& insetImage() { return m_ownMapImages ? m_ownMapImages->inset : m_map.inset(); }
    std::u32string m_labelChars; ///< labelCharacters() of the gazetteer, made once

    // The rankings table (ViewerRankings.cpp, issue 16).
    RankingsUi m_rankings;
    void rankingsPanel(PanelInputs& in);
    void applyRankings(const RankingsIntents& in);
    void rebuildRankings();
    void rankingsOpenRow(std::size_t row);
    void exportRankings();
};

} // namespace aimap
