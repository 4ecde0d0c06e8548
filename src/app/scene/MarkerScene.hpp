#pragma once

#include "core/camera/Camera.hpp"
#include "core/cluster/ClusterLayer.hpp"
#include "core/data/Dataset.hpp"
#include "core/pick/Picker.hpp"
#include "core/scale/SymbolScale.hpp"
#include "core/timeline/YearMorph.hpp"
#include "core/view/ClusterName.hpp"
#include "core/view/MapItem.hpp"
#include "core/view/MetricSummary.hpp"
#include "core/view/ViewState.hpp"
#include "render/LabelRenderer.hpp"
#include "render/MarkerBatch.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace aimap {

/// The markers of one frame, as values: what to draw, in which order, with which style, and what
/// each one stands for. MarkerScene::build makes it; the renderer and the picker read it.
struct SceneFrame {
    std::vector<ScreenMarker> order; ///< drawing order; ScreenMarker::item indexes `items`
    std::vector<MapItem> items;
    /// Per entry of `items`: the city it stands for, or a cluster's member cities (largest
    /// first); empty for an enterprise.
    std::vector<std::vector<std::uint32_t>> memberCities;
    std::vector<MarkerStyle> styles; ///< per entry of `order`
    /// Clusters of the level left or reached during a cluster transition (not pickable).
    std::vector<ScreenMarker> ghostOrder;
    std::vector<MarkerStyle> ghostStyles;
    float ghostOpacity = 0;
    std::vector<LabelRequest> labels;
    float labelOpacity = 1; ///< labels fade in after a cluster transition
    /// During a timeline transition (SceneInput::morph): the circles of cities whose figure
    /// vanishes (year A's size, fading out: opacity 1 - morphEased) or appears (year B's size,
    /// fading in: opacity morphEased). Never pickable, never at an in-between size; `item` is the
    /// city's own entry of `items` (labels keep clear of the others' fading circles).
    std::vector<ScreenMarker> vanishing, appearing;
    float morphEased = 1;

    bool showsClusters() const;
    /// The item under a screen point (the topmost marker), if any.
    std::optional<MapItem> pick(Vec2 screenPx) const;
};

/// What a frame is drawn from.
struct SceneInput {
    const Dataset* dataset = nullptr;
    const ViewState* view = nullptr;
    const MetricSummary* summary = nullptr;
    const Camera* camera = nullptr;
    const ClusterLayer* layer = nullptr; ///< the cluster layer to show, or none
    std::optional<std::uint32_t> selectedCluster;
    float uiScale = 1;
    double nowSeconds = 0; ///< a steady clock: cluster transitions are timed with it
    bool settled = false;  ///< screenshots: no transition in progress, labels at full opacity
    /// A timeline transition: markers morph from year `morph->from` to the view's year
    /// (YearMorph.hpp); `layer` may be year A's (it stays until the transition ends).
    std::optional<YearMorph> morph;
    /// A year reached through the timeline: the previous figures' faint rings are drawn, and
    /// labels keep clear of them.
    bool previousRings = false;
};

/// Builds the frame's markers and label requests; keeps the one piece of state that spans
/// frames: the cluster zoom shown and when the move to it started (members fly out of their
/// cluster when zooming in, back in when zooming out, while the clusters cross-fade).
class MarkerScene {
public:
    static constexpr double kMoveSeconds = 0.35;      ///< members moving to their new places
    static constexpr double kLabelFadeSeconds = 0.25; ///< then labels fade in

    SceneFrame build(const SceneInput& in);
    /// Cluster zoom on screen (-1 before any cluster layer was shown).
    int clusterZoom() const { return m_zoom; }

    /// The scale for this camera and metric: circles grow with the square root of the zoom, so
    /// that zooming in separates them without letting them swamp the map; the legend uses it.
    static SymbolScale symbolScale(const Camera& camera, double vMax, float uiScale);
    static MarkerStyle clusterStyle(const ClusterLayer& layer, std::uint32_t id);

private:
    void addCities(const SceneInput& in, const SymbolScale& scale, bool onlyHollow,
                   SceneFrame& out) const;
    void addClusters(const SceneInput& in, const SymbolScale& scale, SceneFrame& out);
    static bool isSelected(const SceneInput& in, std::size_t city);
    /// A timeline transition's radius for a city (or a cluster's sum) of year A `a` and year B
    /// `b`: a circle morphing as data, or fading at its own year's size (then false).
    /// The label's circle radius: the marker's, or the previous figure's ring when larger.
    static double withRing(const SceneInput& in, const SymbolScale& scale, std::size_t city,
                           double radius);
    static bool morphed(const SceneInput& in, const SymbolScale& scale, std::optional<double> a,
                        std::optional<double> b, Vec2 screen, double& radius, SceneFrame& out);
    /// A cluster whose members include the selected city is highlighted and labelled first.
    static bool holdsSelectedCity(const SceneInput& in, const std::vector<std::uint32_t>& cities);
    const ClusterName& nameOf(const ClusterLayer& layer, std::uint32_t id, LabelMode mode);

    int m_zoom = -1;     ///< cluster zoom on screen
    int m_fromZoom = -1; ///< zoom being animated from
    double m_since = 0;  ///< when the move to m_zoom started (SceneInput::nowSeconds)
    /// Cluster names of one layer and language.
    struct NamesKey {
        const ClusterLayer* layer = nullptr;
        const Dataset* dataset = nullptr;
        std::size_t metric = 0;
        int year = 0;
        std::size_t members = 0;
        bool operator==(const NamesKey& o) const {
            return layer == o.layer && dataset == o.dataset && metric == o.metric &&
                   year == o.year && members == o.members;
        }
    };
    NamesKey m_namesKey;
    LabelMode m_namesMode = LabelMode::Both;
    std::unordered_map<std::uint32_t, ClusterName> m_names;
};

} // namespace aimap
