#pragma once

#include "core/camera/Camera.hpp"
#include "core/cluster/ClusterCard.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/data/CityCard.hpp"
#include "core/data/Dataset.hpp"
#include "core/display/DisplayList.hpp"
#include "core/scale/SymbolScale.hpp"
#include "core/view/InsetLayout.hpp"
#include "core/view/MetricSummary.hpp"
#include "core/view/ViewState.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aimap {

/// Advance width of a line of text at `sizePx` (pixels): the renderer's font measures it
/// (app: sf::Font); estimateTextWidth() without one (tests).
using TextMeasure = std::function<double(std::string_view utf8, unsigned sizePx)>;
/// CJK characters one em wide, everything else 0.55 em: a stand-in for a font.
double estimateTextWidth(std::string_view utf8, unsigned sizePx);

/// A marker as the viewer draws it (MarkerScene's SceneFrame: centre and radius in pixels, its
/// style) and what it stands for ("city:jinan", "cluster:shanghai+2").
struct AudienceMarker {
    Vec2 centre;
    double radiusPx = 0;
    bool hollow = false;
    bool selected = false;
    bool cluster = false;
    std::string item;
    /// Not lit by the frame's spotlight: drawn faded, under the lit ones. Last: before `item`, a
    /// positional initialiser without it turned the item's text into `dimmed = true`.
    bool dimmed = false;
};

/// A pilot-zone symbol (LayerScene's ScreenZone).
struct AudienceZone {
    Vec2 centre;
    std::size_t programme = 0;
    bool approved = true;
};

/// A rank badge where the viewer places it (RankBadges: its box, its text, its city's point).
struct AudienceBadge {
    Box rect;
    std::string text;
    Vec2 point;
};

/// One line of a map label as the label renderer laid it out (its top-left corner, the line
/// box of the font at `sizePx`).
struct AudienceLabelLine {
    std::string utf8;
    Vec2 topLeft;
    unsigned sizePx = 15;
};

/// A map label as laid out (core/labels/LabelLayout through render/LabelRenderer).
struct AudienceLabel {
    Box rect;
    int tier = 1; ///< 0: the selected item's (on a plate), 2: no figure (quiet)
    bool leader = false;
    Vec2 from, to;
    std::vector<AudienceLabelLine> lines;
};

/// The timeline's faint ring at the size of a city's previous figure (render/TimelineMarks).
struct AudienceRing {
    Vec2 centre;
    double radiusPx = 0;
};

/// A change badge ("+216% since 2018") where TimelineMarks placed it.
struct AudienceChangeBadge {
    Box rect;
    std::string text;
};

/// The card docked at the right, as the window shows it while presenting: the city card or the
/// cluster card (one panel), else the national figures. The models are the window's own.
struct AudienceCard {
    const CityCardModel* city = nullptr;
    const ClusterCardModel* cluster = nullptr;
    bool national = false;
    std::string changeBadge; ///< the city card's ("Number of AI enterprises, 2020: +216% ...")
    double leftPx = 0;       ///< its left edge; it reaches the right margin
    bool shown() const { return city || cluster || national; }
};

/// Everything an audience frame is drawn from: values the viewer computed for the same frame
/// (no position is derived here a second time).
struct AudienceInput {
    Vec2 sizePx;          ///< the image
    double unit = 1;      ///< the panels' UI scale: 1920x1080's, times height / 1080
    double lineScale = 1; ///< basemap line widths: height / 1080
    const Dataset* dataset = nullptr;
    const ViewState* view = nullptr;
    const MetricSummary* summary = nullptr;
    const Camera* camera = nullptr;
    std::optional<SymbolScale> scale; ///< the markers' (MarkerScene::symbolScale)
    const BasemapLayer* countries = nullptr;
    const BasemapLayer* provinces = nullptr;
    const BasemapLayer* outline = nullptr;
    const BasemapLayer* southChinaSea = nullptr; ///< the inset's layer
    std::optional<InsetPlacement> inset;         ///< where the viewer puts the inset
    Box insetWorldBox;
    std::vector<std::string> insetCaption;
    unsigned insetCaptionPx = 14;
    std::vector<AudienceMarker> markers; ///< in drawing order
    /// The frame's spotlight: a veil over all but these provinces (world polygons; the veil
    /// covers everything when none is given but `spotlight` is on), and the focus markers'
    /// rings at one fixed phase, as in screenshots.
    bool spotlight = false;
    std::vector<const Polygon*> litProvinces;
    std::vector<AudienceMarker> focus;
    bool clustersShown = false;
    std::vector<AudienceZone> zones;
    std::vector<AudienceBadge> badges;
    std::vector<AudienceLabel> labels;
    std::vector<AudienceRing> previousRings;       ///< the timeline's, when a year was reached
    std::vector<AudienceChangeBadge> changeBadges; ///< ...and its badges
    AudienceCard card;
    std::optional<double> cardLeftPx; ///< a card docked at the right from here: keep left of it
    std::string caption;              ///< the talk frame's
    bool nationalCard = false; ///< the frame shows the national figures (their sources count)
    std::string fontFamily;
    std::string title;
    TextMeasure measure; ///< empty: estimateTextWidth
};

} // namespace aimap
