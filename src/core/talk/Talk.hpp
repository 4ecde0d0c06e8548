#pragma once

#include "core/geo/LonLat.hpp"
#include "core/view/ViewState.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

// A talk: an ordered list of scenes a presenter steps through with a clicker (docs/talks.md).
// Plain values: the loader (TalkLoader.hpp) resolves every name in a talk file against a dataset,
// the writer (TalkWriter.hpp) turns ids back into names; frameAt() says what one click shows.

/// Where a scene puts the camera. Fit boxes are turned into a camera by the viewer (it knows the
/// window and the panels); the core only names what to frame.
struct TalkCamera {
    enum class Kind : unsigned char {
        China,  ///< all of China ("Fit China"): the default
        Centre, ///< a centre and a zoom level
        Fit,    ///< the smallest view holding these cities and provinces
    };
    Kind kind = Kind::China;
    LonLat centre;   ///< Centre: degrees
    double zoom = 0; ///< Centre: log2 of the scale over "Fit China" (0 all of China, +1 doubles)
    std::vector<std::size_t> cities; ///< Fit: indexes into Dataset::cities
    std::vector<std::string>
        provinces; ///< Fit: 6-digit province codes (data/basemap/provinces.json)

    bool operator==(const TalkCamera& o) const {
        return kind == o.kind && centre.lon == o.centre.lon && centre.lat == o.centre.lat &&
               zoom == o.zoom && cities == o.cities && provinces == o.provinces;
    }
    bool operator!=(const TalkCamera& o) const { return !(*this == o); }
};

/// Which cards a scene opens. The city and cluster cards are those of the view's selected city
/// (one card panel: never both); the national figures card is the dataset's "national" summary.
struct TalkCards {
    bool city = false;    ///< the selected city's card
    bool cluster = false; ///< the card of the cluster holding the selected city at the scene's zoom
    bool national = false; ///< the national figures card
    bool operator==(const TalkCards& o) const {
        return city == o.city && cluster == o.cluster && national == o.national;
    }
    bool operator!=(const TalkCards& o) const { return !(*this == o); }
};

/// What stays lit while everything else is dimmed; empty = no spotlight (nothing dimmed).
struct Spotlight {
    std::vector<std::size_t> cities;    ///< indexes into Dataset::cities
    std::vector<std::string> provinces; ///< 6-digit province codes
    /// At most kMaxFocus cities that pulse (they are lit too): an effect on 1-3 cities, never on
    /// every marker.
    std::vector<std::size_t> focus;
    static constexpr std::size_t kMaxFocus = 3;

    bool empty() const { return cities.empty() && provinces.empty() && focus.empty(); }
    bool operator==(const Spotlight& o) const {
        return cities == o.cities && provinces == o.provinces && focus == o.focus;
    }
    bool operator!=(const Spotlight& o) const { return !(*this == o); }
};

/// One build step: what one click changes inside a scene. Only these parts of a scene may change
/// (an absent field keeps what the previous step showed); the camera and the notes never change
/// inside a scene (docs/talks.md, "Build steps").
/// A frame's timeline play (`"timeline": {"from": A, "to": B}`): when the frame is shown the map
/// shows year A, then plays the metric's years with figures up to B and stops there. Both years
/// have figures for the frame's metric, A < B; the frame's year is B (what it ends on, and what
/// the following steps start from).
struct TalkTimeline {
    int from = 0;
    int to = 0;
    bool operator==(const TalkTimeline& o) const { return from == o.from && to == o.to; }
    bool operator!=(const TalkTimeline& o) const { return !(*this == o); }
};

struct TalkStep {
    std::optional<std::size_t> metric; ///< a metric drawn as circles (Dataset::isMapMetric)
    std::optional<int> year;           ///< a year with figures for the metric shown
    std::optional<unsigned short> sectors;
    std::optional<ProgrammeMask> zones;
    std::optional<std::optional<RankLayerChoice>> ranks; ///< set to nothing: the layer is hidden
    std::optional<std::optional<std::size_t>> select;    ///< set to nothing: no selection
    std::optional<TalkCards> cards;
    std::optional<Spotlight> spotlight;
    std::optional<std::string> caption;
    std::optional<std::string> captionZh;
    std::optional<double> holdSeconds; ///< video: how long this step is held
    std::optional<TalkTimeline> timeline; ///< played when this step is shown (its own only)

    bool operator==(const TalkStep& o) const {
        return metric == o.metric && year == o.year && sectors == o.sectors && zones == o.zones &&
               ranks == o.ranks && select == o.select && cards == o.cards &&
               spotlight == o.spotlight && caption == o.caption && captionZh == o.captionZh &&
               holdSeconds == o.holdSeconds && timeline == o.timeline;
    }
    bool operator!=(const TalkStep& o) const { return !(*this == o); }
};

/// One scene: the view (the core's ViewState, the same value the viewer shows), where the camera
/// goes, cards, spotlight, the caption the audience reads and the notes only the presenter sees.
struct TalkScene {
    std::string title; ///< a short name for the presenter view and file names; may be empty
    ViewState view;
    TalkCamera camera;
    TalkCards cards;
    Spotlight spotlight;
    std::string caption;   ///< on screen, in English
    std::string captionZh; ///< on screen when the interface is in Chinese; may be empty
    std::string notes;     ///< speaker notes (presenter view, PDF notes pages)
    std::vector<TalkStep> steps;
    double holdSeconds =
        kDefaultHoldSeconds; ///< video: how long the scene (its first frame) is held
    static constexpr double kDefaultHoldSeconds = 6.0;
    std::optional<TalkTimeline> timeline; ///< played when the scene's first frame is shown

    bool operator==(const TalkScene& o) const {
        return title == o.title && view == o.view && camera == o.camera && cards == o.cards &&
               spotlight == o.spotlight && caption == o.caption && captionZh == o.captionZh &&
               notes == o.notes && steps == o.steps && holdSeconds == o.holdSeconds &&
               timeline == o.timeline;
    }
    bool operator!=(const TalkScene& o) const { return !(*this == o); }
};

/// A whole talk, resolved against one dataset.
struct Talk {
    std::string title;
    /// The dataset as the file names it (relative to the talk file); empty: the bundled data.
    std::string dataset;
    std::vector<TalkScene> scenes;

    bool operator==(const Talk& o) const {
        return title == o.title && dataset == o.dataset && scenes == o.scenes;
    }
    bool operator!=(const Talk& o) const { return !(*this == o); }
};

/// What the audience sees at one click: a scene with its first `step` build steps applied.
struct TalkFrame {
    ViewState view;
    TalkCards cards;
    Spotlight spotlight;
    std::string caption;
    std::string captionZh;
    double holdSeconds = TalkScene::kDefaultHoldSeconds;
    /// The timeline this frame plays when shown: the scene's (first frame) or the step's own;
    /// never inherited by the next step.
    std::optional<TalkTimeline> timeline;
};

/// Clicks in a scene: its first frame plus one per build step.
inline std::size_t frameCount(const TalkScene& scene) {
    return scene.steps.size() + 1;
}

/// The scene after its first `step` build steps (0: the scene as stored; past the last step: the
/// last frame). A step's metric without a year keeps the year shown when the metric has figures
/// for it, else takes the metric's latest year (withMetric); the loader has checked every frame.
TalkFrame frameAt(const Dataset& ds, const TalkScene& scene, std::size_t step);

/// The 6-digit code of a province, English and Chinese name: what a talk's provinces are
/// resolved against (the basemap's provinces layer; TalkLoader.hpp).
struct ProvinceName {
    std::string code;
    std::string nameEn;
    std::string nameZh;
};

} // namespace aimap
