#include "core/view/Palette.hpp"

namespace aimap {

Theme highContrastTheme() {
    Theme t;
    t.palette = Palette::HighContrast;
    // Land against sea: white China (L* 100), neighbours a light grey (L* 81), the sea a mid
    // blue (L* 64) — three steps that survive lifted blacks and a dimmed white.
    t.sea = {110, 160, 210, 255};
    t.foreignLand = {200, 200, 195, 255};
    t.foreignBorder = {110, 110, 105, 255};
    t.chinaLand = {255, 255, 255, 255};
    t.provinceFillAlt = {255, 255, 255, 255};
    t.provinceBorder = {70, 70, 70, 255};
    t.prefectureBorder = {150, 150, 150, 255};
    t.nationalBorder = {0, 0, 0, 255};
    // Markers: opaque, a darker orange than the normal one (4.6:1 against China's white), with
    // a near-black outline; clusters a mid warm grey.
    t.markerFill = {200, 80, 0, 255};
    t.markerOutline = {60, 24, 0, 255};
    t.markerOutlineShade = 0.3f;
    t.clusterFill = {125, 115, 105, 255};
    t.clusterOutline = {30, 28, 26, 255};
    // "No value": quiet (a thin grey ring among black-outlined discs), but one that survives the
    // wash-out (5.5:1 on white, as dark as the normal palette's ring on cream), drawn in its own
    // colour (the shader does not darken it), the legend's too.
    t.markerMissing = {105, 105, 105, 255};
    t.hollowOutlineShade = 1.0f;
    t.selection = {0, 0, 0, 255};
    t.selectionHalo = {0, 70, 160, 255};
    t.labelText = {0, 0, 0, 255};
    t.labelHalo = {255, 255, 255, 255};
    t.quietLabelOpacity = 0.7f; // grey 77 on the halo: 8.4:1, still lighter than the rest
    t.spotlightVeil = {0, 0, 0, 120};
    t.spotlightPulse = {0, 70, 160, 255};
    t.rankBadge = {0, 0, 0, 255};
    t.zoneColours[0] = {0, 90, 105, 255};
    t.zoneColours[1] = {105, 30, 120, 255};
    t.zoneColours[2] = {40, 40, 40, 255};
    t.faintZoneAlpha = 170; // still thin and lighter than an approved zone, not washed away
    t.panelBackground = {255, 255, 255, 255};
    t.panelText = {0, 0, 0, 255};
    t.panelTextDim = {60, 60, 60, 255};
    t.panelFrame = {255, 255, 255, 255};
    t.panelFrameHovered = {190, 210, 240, 255};
    t.panelHeading = {0, 40, 110, 255};
    t.panelWarning = {170, 0, 0, 255};
    t.panelUnsourced = {160, 20, 0, 255};
    t.panelBorder = {0, 0, 0, 255};
    t.panelBorderPx = 2.0f;
    t.dimmedBarAlpha = 190; // the other cities' bars: lighter, not washed away
    t.legendLeader = {0, 0, 0, 255};
    t.bannerBackground = {255, 228, 220, 255};
    return t;
}

Theme paletteTheme(Palette p) {
    return p == Palette::HighContrast ? highContrastTheme() : Theme{};
}

const char* paletteName(Palette p) {
    return p == Palette::HighContrast ? "high" : "normal";
}

std::optional<Palette> parsePalette(const std::string& name) {
    if (name == "normal")
        return Palette::Normal;
    if (name == "high")
        return Palette::HighContrast;
    return std::nullopt;
}

} // namespace aimap
