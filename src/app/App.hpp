#pragma once

#include "app/ImGuiSfml.hpp"
#include "app/Options.hpp"
#include "app/Settings.hpp"
#include "core/camera/Camera.hpp"
#include "core/cluster/ClusterCard.hpp"
#include "core/cluster/ClusterLayer.hpp"
#include "core/data/CityCard.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"
#include "core/pick/Picker.hpp"
#include "core/scale/SymbolScale.hpp"
#include "render/BasemapRenderer.hpp"
#include "render/LabelRenderer.hpp"
#include "render/MarkerBatch.hpp"
#include "ui/Panels.hpp"

#include <imgui.h>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Text.hpp>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// The application: owns the state, wires core, render and ui together, runs the frame loop.
///
/// Frame: events (respecting ImGui's capture) -> scene update (markers, labels for the current
/// camera, metric and year) -> map drawing -> panels (ImGui) -> display.
class App {
public:
    explicit App(Options options);
    /// Runs the mode the options ask for; returns the process exit code.
    int run();

private:
    // [start-up]
    bool locateRoot();
    /// Loads the basemap (and tessellates it) on a worker thread: it runs while the window and
    /// the GL context are being created. finishStaticLoad() waits for it.
    void startStaticLoad();
    void finishStaticLoad();
    void loadStatic();
    bool loadData(const std::string& path);
    /// Adopt a load result (UI thread): the new dataset, or its errors while the old one stays.
    bool acceptLoad(DatasetLoadResult result);
    void keepViewAcrossReload(const Dataset& previous);
    /// Hot reload: watch the data file; once it has stopped changing for 300 ms, load it on a
    /// worker thread and adopt the result when ready.
    void pollDataFile();
    struct FileSignature {
        bool exists = false;
        std::uintmax_t size = 0;
        long long mtime = 0;
        bool operator!=(const FileSignature& o) const {
            return exists != o.exists || size != o.size || mtime != o.mtime;
        }
    };
    static FileSignature fileSignature(const std::string& path);
    /// Metric, year and city of the command line, checked against the dataset (no camera yet).
    bool resolveCommandLine();
    /// Zoom, centre and selection of the command line (needs the fitted camera).
    void applyCommandLineView();
    void chooseDefaultMetric();
    bool initGraphics();
    void buildImGuiFont();
    /// Every text the panels may show for the current data, errors and gazetteer.
    void forEachUiText(const std::function<void(const std::string&)>& add) const;
    /// True when the font atlas has a glyph for every character of that text.
    bool fontCoversUiText() const;
    // [modes]
    int runWindow();
    int runScreenshot();
    int runPrintMarker();
    // [frame]
    void handleEvent(const sf::Event& event, sf::RenderWindow& window);
    void updateScene(); ///< markers, styles and label requests for this frame (no GL)
    bool needsDisplay() const;
    void drawFrame(sf::RenderTarget& target, float dt);
    /// What the panels asked for this frame, one member per panel that asks for something.
    struct PanelIntents {
        ControlsIntents controls;
        CityCardIntents cityCard;
        ClusterCardIntents clusterCard;
        AboutIntents about;
        OpenDialogIntents openDialog;
        ErrorBannerIntents errorBanner;
    };
    void applyIntents(const PanelIntents& intents);
    void selectCity(std::optional<std::size_t> city);
    void fitChina();
    void writeUiDump();
    SymbolScale currentScale();
    float uiScale() const;
    std::string cityLabel(const City& city) const;
    std::optional<HoverInfo> hoverInfo();
    // [clusters]
    /// The layer for the current dataset, metric and year: adopts a finished build, starts one
    /// on a worker when none matches (or builds it here when `wait`, for screenshots).
    void updateClusterLayer(bool wait);
    const ClusterLayer* shownClusterLayer() const;
    void addCityMarkers(const SymbolScale& scale, bool onlyHollow);
    void addClusterMarkers(const ClusterLayer& layer, const SymbolScale& scale);
    static MarkerStyle clusterStyle(const ClusterLayer& layer, std::uint32_t id);
    void clickMarker(std::optional<std::size_t> drawIndex, bool doubleClick);
    void selectCluster(std::optional<std::uint32_t> cluster);
    void selectClusterHolding(std::size_t city);
    void keepClearOfCard(Vec2 world);
    /// Animate the camera to the zoom where a cluster splits, centred on it.
    void expandCluster(std::uint32_t cluster);
    void animateCamera();

    Options m_opt;
    std::string m_root;
    Basemap m_basemap;
    BasemapRenderer m_basemapRenderer;
    /// GL resources (shader, font textures): created by initGraphics() only, because SFML opens
    /// the display as soon as one exists, and --print-marker or a missing display must not.
    struct Graphics {
        MarkerBatch markers;
        MarkerBatch ghosts; ///< clusters fading out (or in) while their members move
        LabelRenderer labels;
    };
    std::unique_ptr<Graphics> m_gfx;
    std::vector<MarkerStyle> m_styles;
    // Clusters of the level left or reached during a cluster transition (not pickable).
    std::vector<ScreenMarker> m_ghostOrder;
    std::vector<MarkerStyle> m_ghostStyles;
    float m_ghostOpacity = 0;
    std::vector<LabelRequest> m_labelRequests;
    std::vector<Box> m_panelRects; ///< panels of the previous frame: labels avoid them

    /// What depends only on the dataset and the metric, computed when either changes instead of
    /// every frame (the frame loop must stay cheap with large datasets).
    struct MetricView {
        const Dataset* dataset = nullptr;
        std::size_t metric = 0;
        std::vector<int> years;
        std::vector<std::size_t> metricOrder; ///< menu order
        double vMax = 0;                      ///< over all years: one scale for the timeline
        std::vector<double> labelPriority;    ///< per city: max over years, -1 when none
        bool additive = true;                 ///< sums mean something: may be clustered
    };
    MetricView m_view;
    const MetricView& metricView();
    ImGuiSfml m_imgui;
    ImVector<ImWchar> m_glyphRanges;
    std::string m_fontPath;
    std::vector<Attribution> m_attributions;
    std::future<void> m_staticLoad;
    std::vector<Diagnostic> m_basemapErrors; ///< written by the loading thread only

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::u32string m_labelChars; ///< labelChars(): what labels are made of
    std::string m_dataPath;
    FileSignature m_dataSignature;
    sf::Clock m_pollClock;
    sf::Clock m_sinceChange;
    bool m_changePending = false;
    std::future<DatasetLoadResult> m_reload;
    /// A large --data file loads on a worker while the window opens and shows the map: the
    /// panels and markers come when it is ready (a million enterprises take seconds).
    std::future<DatasetLoadResult> m_initialLoad;
    bool m_deferredLoad = false; ///< the initial load waits for the window (runWindow starts it)
    /// True once the initial dataset is there (at once for files below kDeferLoadBytes).
    bool finishInitialLoad(sf::RenderWindow& window);
    void drawLoadingFrame(sf::RenderTarget& target);
    /// In frames that wait for a file: renders label glyphs ahead (LabelRenderer::prewarm) for
    /// about `budgetMs`, so that the frame showing the new data does not render them all.
    void prewarmLabels(double budgetMs);
    const std::u32string& labelChars();
    bool m_fontDirty = false;
    std::string m_openingPath; ///< file being opened from the Open dialog (loads in background)
    bool m_showOpen = false;
    Settings m_settings;
    std::vector<Diagnostic> m_loadErrors;
    std::string m_loadedAt;

    Camera m_camera;
    Box m_chinaBox;
    std::size_t m_metric = 0;
    int m_year = 0;
    LabelMode m_labelMode = LabelMode::Both;
    std::optional<std::size_t> m_selected;
    std::optional<std::size_t> m_pendingSelect;
    std::optional<std::size_t> m_pendingClusterCity;
    bool m_clusterSelectFailed = false;
    std::optional<CityCardModel> m_card;
    bool m_showAbout = false;

    /// What each marker of m_drawOrder is (ScreenMarker::item indexes this).
    struct DrawItem {
        enum class Kind { City, Cluster, Point } kind = Kind::City;
        std::uint32_t id = 0; ///< city index, cluster id or point index of the cluster layer
    };
    std::vector<DrawItem> m_drawItems;
    std::optional<DrawItem> m_hoveredItem;
    std::shared_ptr<const ClusterLayer> m_clusters;
    std::future<std::shared_ptr<const ClusterLayer>> m_clusterBuild;
    struct ClusterKey {
        const Dataset* dataset = nullptr;
        std::size_t metric = 0;
        int year = 0;
        bool operator==(const ClusterKey& o) const {
            return dataset == o.dataset && metric == o.metric && year == o.year;
        }
    };
    ClusterKey m_clusterBuildKey;
    bool m_clustering = true;
    int m_clusterZoom = -1;     ///< cluster zoom on screen
    int m_clusterFromZoom = -1; ///< zoom being animated from
    sf::Clock m_clusterAnim;
    std::optional<ClusterCardModel> m_clusterCard;
    std::uint32_t m_hoverSourcesFor = 0xffffffffu; ///< cluster whose sources are cached below
    std::string m_hoverSources;
    // Camera animation (cluster expansion).
    bool m_cameraAnimating = false;
    Vec2 m_cameraFrom, m_cameraTo;
    double m_scaleFrom = 1, m_scaleTo = 1;
    sf::Clock m_cameraClock;
    sf::Clock m_lastClick;
    Vec2 m_lastClickPos{-100, -100};
    std::vector<ScreenMarker> m_drawOrder;
    sf::Vector2i m_mouse{-1, -1};
    sf::Vector2i m_pressPos;
    bool m_pressOnMap = false;
    bool m_dragging = false;
    std::string m_lastDump;
    /// Start-up phases (name, ms since process start) for --bench.
    std::vector<std::pair<std::string, double>> m_phases;
    void markPhase(const char* name);
};

} // namespace aimap
