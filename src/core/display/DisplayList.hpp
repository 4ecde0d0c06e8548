#pragma once

#include "core/Theme.hpp"
#include "core/geo/LonLat.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// The layers of an audience frame, in drawing order (bottom first). The SVG writer makes one
/// group (`<g id="...">`) of each: layerName().
enum class DisplayLayer : unsigned char {
    Background, ///< the sea
    Basemap,    ///< neighbouring countries, provinces, the national outline
    Markers,    ///< proportional circles, clusters, hollow rings, the selection halo
    Zones,      ///< pilot-zone symbols
    Inset,      ///< the South China Sea inset (drawn over the markers, as on screen)
    Labels,     ///< map labels and their leader lines
    Changes,    ///< the timeline's change badges ("+216% since 2018")
    Ranks,      ///< rank badges
    Legend,
    Caption,
    Sources,   ///< the compact source line
    Cards,     ///< the docked card (city, cluster or national figures)
    Watermark, ///< "SYNTHETIC DATA" / "EXAMPLE DATA"
};
constexpr std::size_t kDisplayLayerCount = 13;
/// "background", "basemap", "markers", ... (an SVG group id).
const char* layerName(DisplayLayer layer);
/// The SVG class of a layer's group that says what kind of element it holds ("card",
/// "change-badge"), or null.
const char* layerClass(DisplayLayer layer);

/// A filled polygon with holes (odd winding), pixels, y down. `stroke.a` 0: no outline.
struct DisplayPolygon {
    std::vector<std::vector<Vec2>> rings; ///< outer ring first, then holes; closed implicitly
    Rgba fill{0, 0, 0, 0};
    Rgba stroke{0, 0, 0, 0};
    double strokePx = 0;
};

/// A line of `widthPx`, centred on its points (butt ends); `closed` joins the last point to the
/// first.
struct DisplayPolyline {
    std::vector<Vec2> points;
    double widthPx = 1;
    Rgba colour{0, 0, 0, 255};
    bool closed = false;
};

/// A circle. The outline is drawn inside the radius (as the marker shader draws it): the disc
/// covers exactly `radiusPx`. `item`: what it stands for on the map ("city:jinan",
/// "cluster:shanghai+2"), empty for decoration (legend circles, halos); one marker drawn on the
/// map is exactly one circle with an item.
struct DisplayCircle {
    Vec2 centre;
    double radiusPx = 0;
    Rgba fill{0, 0, 0, 0};
    Rgba stroke{0, 0, 0, 0};
    double strokePx = 0;
    std::string item;
};

enum class TextAnchor : unsigned char { Start, Middle, End };

/// One line of text. `baseline`: the point on the baseline at the anchor (pixels). `sizePx` is
/// the em size (SFML's character size, SVG's font-size), a whole number of pixels so that both
/// renderers pick the same glyphs. `haloPx` > 0: an outline of `halo` colour under the glyphs.
struct DisplayText {
    std::string utf8;
    Vec2 baseline;
    TextAnchor anchor = TextAnchor::Start;
    unsigned sizePx = 16;
    Rgba colour{0, 0, 0, 255};
    Rgba halo{255, 255, 255, 0};
    double haloPx = 0;
    double rotationDeg = 0; ///< clockwise about `baseline` (the watermark)
};

/// One layer's primitives, drawn in this order: polygons, polylines, circles, texts.
struct DisplayGroup {
    std::vector<DisplayPolygon> polygons;
    std::vector<DisplayPolyline> polylines;
    std::vector<DisplayCircle> circles;
    std::vector<DisplayText> texts;
    std::optional<Box> clip; ///< drawn only inside this box (pixels), if given
    bool empty() const {
        return polygons.empty() && polylines.empty() && circles.empty() && texts.empty();
    }
};

/// One frame of the audience view as vector primitives in pixels (origin top left, y down): the
/// one description that the SFML renderer (render/DisplayListRenderer) and the SVG writer
/// (core/export/SvgWriter) both draw, so a PNG and an SVG of a frame show the same things at the
/// same places.
struct DisplayList {
    Vec2 sizePx;            ///< the image's width and height
    std::string fontFamily; ///< the CJK font the texts are meant for (its family name)
    std::string title;      ///< what the frame is (the SVG's <title>)
    /// The ids of the sources the source line names ("" for an unsourced figure): exports list
    /// them in full beside the frame.
    std::vector<std::string> sources;
    std::array<DisplayGroup, kDisplayLayerCount> layers;

    DisplayGroup& operator[](DisplayLayer l) { return layers[static_cast<std::size_t>(l)]; }
    const DisplayGroup& operator[](DisplayLayer l) const {
        return layers[static_cast<std::size_t>(l)];
    }
    /// The circles that stand for a map item (markers), in drawing order.
    std::vector<const DisplayCircle*> markers() const;
};

} // namespace aimap
