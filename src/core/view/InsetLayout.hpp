#pragma once

#include "core/camera/Camera.hpp"
#include "core/geo/LonLat.hpp"

#include <optional>

namespace aimap {

class Projection;

/// A box of longitudes and latitudes (degrees).
struct GeoFrame {
    double west = 0;
    double south = 0;
    double east = 0;
    double north = 0;
};

/// The South China Sea inset's frame: the whole dashed line (3.40°N to 21.72°N, 108.30°E to
/// 121.84°E), James Shoal (3.97°N), the Spratly Islands, Hainan and southern Taiwan. The same
/// numbers are SCS_FRAME in tools/build-data.mjs and "frame" in data/basemap/south-china-sea.json
/// (a test checks the file).
constexpr GeoFrame kInsetFrame{105.5, 2.5, 122.5, 24.5};

/// The frame projected with `projection` (world metres): the bounding box of its four edges,
/// each sampled every 0.25° (parallels are arcs in the Albers projection, so the box reaches a
/// little beyond the frame's corners: at the top right to about 126.4°E, 23.8°N).
Box insetWorldBox(const Projection& projection, const GeoFrame& frame = kInsetFrame);

/// Where the inset goes in the window, in window pixels (y down).
struct InsetPlacement {
    Box rect; ///< the whole framed box, caption included
    Box map;  ///< the part of `rect` that shows the map (above the caption strip)
};

/// What the inset's place depends on. Nothing here moves with the main map's camera: the inset
/// stays put while the map pans and zooms.
struct InsetLayoutInput {
    Vec2 windowPx;                    ///< window size (pixels)
    double uiScale = 1;               ///< the panels' scale (margins scale with it)
    double captionPx = 0;             ///< height of the caption strip under the map (pixels)
    Box worldBox;                     ///< insetWorldBox(): what the map part shows (world metres)
    std::optional<double> cardLeftPx; ///< left edge of a card docked at the right, if one is open
};

/// The inset's rectangle, at the lower right of the window:
///   - its map part is kInsetHeightShare of the window's height tall (never more than
///     kInsetMaxHeightPx), and as wide as the frame's aspect makes it; the caption strip
///     (`captionPx`) is added below the map;
///   - it sits `panelMargin` (12 px × uiScale) in from the right and bottom edges;
///   - with a card open at the right, it moves left to sit beside the card, bottom-aligned, and
///     its map part is kInsetHeightShareBesideCard of the window's height (the map has 60% of
///     the width left: a smaller inset hides less of it); if it would then reach into the left
///     kLegendShare of the window (where the legend and the controls are), it shrinks to fit;
///     below kInsetMinHeightPx it is not drawn (nullopt).
///   - without a card it is shrunk likewise if the window is so narrow that it would reach the
///     legend's side.
/// nullopt also for a window or box of no size.
std::optional<InsetPlacement> insetRect(const InsetLayoutInput& in);

/// The inset's own camera: the main map's projection, fitted to `worldBox` in the map part of
/// `placement` (viewport = that part's size; screen coordinates relative to its top-left corner).
Camera insetCamera(const InsetPlacement& placement, const Box& worldBox);

constexpr double kInsetHeightShare = 0.30; ///< the map part's height / the window's height
constexpr double kInsetHeightShareBesideCard = 0.20; ///< ...with a card open
constexpr double kInsetMaxHeightPx = 900;            ///< map part's height at most (4K: 648 px)
constexpr double kInsetMinHeightPx = 110;            ///< smaller than this, the inset is not drawn
constexpr double kLegendShare = 0.40; ///< the inset keeps out of the window's left 40%

} // namespace aimap
