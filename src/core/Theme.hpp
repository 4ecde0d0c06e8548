#pragma once

#include <cstdint>

namespace aimap {

struct Rgba {
    std::uint8_t r, g, b, a;
    bool operator==(const Rgba& o) const { return r == o.r && g == o.g && b == o.b && a == o.a; }
    bool operator!=(const Rgba& o) const { return !(*this == o); }
};

/// The palettes aimap ships (core/view/Palette.hpp): the normal one (the defaults below) and
/// high contrast for washed-out projectors in lit halls.
enum class Palette { Normal, HighContrast };

/// Colours of the map, shared by the renderer and the panels (the legend draws the same circles
/// as the map). Chosen for projectors: light, low-saturation basemap so the markers carry the
/// colour; one strong marker hue (no red/green pairs), dark text with a light halo.
struct Theme {
    Palette palette = Palette::Normal; ///< which palette these colours are
    Rgba sea{214, 226, 234, 255};
    Rgba foreignLand{236, 234, 229, 255};
    Rgba foreignBorder{190, 188, 182, 255};
    Rgba chinaLand{250, 247, 240, 255};
    Rgba provinceFillAlt{244, 240, 230, 255}; ///< alternate fill so neighbours are told apart
    Rgba provinceBorder{168, 160, 150, 255};
    Rgba prefectureBorder{200, 192, 182, 255};
    Rgba nationalBorder{96, 90, 84, 255};
    Rgba markerFill{217, 95, 2, 150}; ///< ColorBrewer Dark2 orange, translucent
    Rgba markerOutline{140, 55, 0, 240}; ///< without the marker shader
    /// With the marker shader (shaders/marker.frag) the outline is the fill's colour times this
    /// (1 = the fill's colour, 0 = black); a hollow ring's (no value, the selection ring) times
    /// the second.
    float markerOutlineShade = 0.6f;
    float hollowOutlineShade = 0.6f;
    Rgba markerMissing{150, 150, 150, 255}; ///< hollow ring: no value for this metric (quiet)
    Rgba selection{20, 20, 20, 255};
    /// The selected marker's halo and its label's frame: blue, apart from the orange markers
    /// (the pair stays distinct for the common colour-vision deficiencies).
    Rgba selectionHalo{33, 102, 172, 255};
    Rgba labelText{30, 30, 30, 255};
    Rgba labelHalo{255, 255, 255, 220};
    float quietLabelOpacity = 0.6f; ///< labels of cities without a figure: labelText this opaque
    Rgba watermark{200, 30, 30, 90};
    /// A talk's spotlight (issue 15): the veil over what is not lit, the opacity of dimmed
    /// markers and labels, the focus cities' pulse (the selection's blue: apart from the orange
    /// markers for every colour vision).
    Rgba spotlightVeil{60, 66, 74, 110};
    float spotlightDimOpacity = 0.3f;
    float spotlightLabelOpacity = 0.45f;
    Rgba spotlightPulse{33, 102, 172, 255};
    /// Clusters: a neutral fill, so that size stays the main signal, and a thin ring of sector
    /// shares in the sector colours.
    Rgba clusterFill{150, 138, 128, 150};
    Rgba clusterOutline{80, 72, 66, 240};
    /// One colour per Sector (in Sector order), used by the cluster rings, the sector charts and
    /// the legend alike. Paul Tol's "muted" scheme (personal.sron.nl/~pault, 2021), made for
    /// colour-blind readers: every pair stays >= 11.5 CIEDE2000 apart under protanopia,
    /// deuteranopia and tritanopia (Machado et al. 2009); test ColourVision.SectorColours*, and
    /// docs/colours.md for the closest pairs. Tableau 10 (before issue 14) put AI chips' red and
    /// IoT's green 0.7 apart for deuteranopes.
    Rgba sectorColours[9] = {{204, 102, 119, 255} /* rose: AI chips */,
                             {51, 34, 136, 255} /* indigo: AI servers */,
                             {221, 204, 119, 255} /* sand: smart sensors */,
                             {17, 119, 51, 255} /* green: big data */,
                             {136, 204, 238, 255} /* cyan: IoT */,
                             {136, 34, 85, 255} /* wine: cloud */,
                             {68, 170, 153, 255} /* teal: edge computing */,
                             {153, 153, 51, 255} /* olive: 5G */,
                             {170, 68, 153, 255} /* purple: applications */};
    /// Pilot-zone layer: one colour per programme (dark teal, dark purple, dark grey), dark
    /// enough on land, on the orange markers and on a washed-out projector.
    Rgba rankBadge{40, 40, 48, 235}; ///< rank layer: a dark box, white text
    Rgba zoneColours[3] = {{0, 104, 120, 255}, {118, 42, 131, 255}, {64, 64, 64, 255}};
    std::uint8_t faintZoneAlpha = 110; ///< a zone approved after the year shown: thin and faint
    /// Panels (ImGui): what aimap changes in ImGui's light style (white frames vanish on a white
    /// window, hence the grey frames), and the panels' own colours.
    Rgba panelBackground{255, 255, 255, 240};
    Rgba panelText{20, 20, 20, 255};
    Rgba panelTextDim{97, 97, 97, 255};
    Rgba panelFrame{217, 222, 232, 255};
    Rgba panelFrameHovered{194, 209, 235, 255};
    /// Window and frame borders: ImGui's light style's (black at 30%) and width (pixels at UI
    /// scale 1).
    Rgba panelBorder{0, 0, 0, 77};
    float panelBorderPx = 1.0f;
    Rgba panelHeading{26, 64, 128, 255};    ///< a metric's or a section's head in the city card
    Rgba panelWarning{204, 26, 26, 255};    ///< "SYNTHETIC DATA", unsourced cluster members
    Rgba panelUnsourced{191, 38, 26, 255};  ///< "unsourced" in a source list
    std::uint8_t dimmedBarAlpha = 110;      ///< a cited chart's other cities, behind the one shown
    Rgba legendLeader{60, 60, 60, 200};     ///< line from a legend circle to its value
    Rgba bannerBackground{255, 235, 230, 247}; ///< the error banner
};

namespace detail {
inline Theme& currentTheme() {
    static Theme t;
    return t;
}
} // namespace detail

/// The theme in use: the defaults above unless setTheme() replaced them.
inline const Theme& theme() {
    return detail::currentTheme();
}

/// Replace the theme (UI thread; the basemap's worker reads it before the first frame, so not
/// while it loads). Whatever keeps colours between frames compares them with the theme it is
/// given and rebuilds (BasemapRenderer, InsetRenderer, the ImGui style: Viewer).
inline void setTheme(const Theme& t) {
    detail::currentTheme() = t;
}

} // namespace aimap
