// The high-contrast palette (issue 14, item 6): text contrast (WCAG 2 contrast ratio, AAA 7:1),
// markers against land, land against sea, and switching the theme at run time.
//
// Reference contrast ratios are WCAG's own examples, independent of this code: black on white
// 21:1; #767676 on white 4.54:1 (the lightest grey that passes AA, quoted by WebAIM's checker);
// #595959 on white 7.0:1 (the lightest that passes AAA).
#include "core/view/Palette.hpp"
#include "core/view/ContrastRatio.hpp"

#include "core/view/ColourVision.hpp"

#include <gtest/gtest.h>

using namespace aimap;

namespace {

constexpr Rgba kWhite{255, 255, 255, 255};
constexpr double kTextAAA = 7.0;

// A text colour (with its alpha) as it lands on an opaque background.
double textContrast(Rgba text, Rgba background) {
    return contrastRatio(over(text, background), background);
}

} // namespace

TEST(ContrastRatio, MatchesWcagExamples) {
    EXPECT_NEAR(contrastRatio({0, 0, 0, 255}, kWhite), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(kWhite, {0, 0, 0, 255}), 21.0, 1e-9); // order does not matter
    EXPECT_NEAR(contrastRatio({0x76, 0x76, 0x76, 255}, kWhite), 4.54, 0.01);
    EXPECT_NEAR(contrastRatio({0x59, 0x59, 0x59, 255}, kWhite), 7.0, 0.01);
    EXPECT_DOUBLE_EQ(contrastRatio({10, 200, 30, 255}, {10, 200, 30, 255}), 1.0);
}

TEST(ContrastRatio, OverBlendsByAlpha) {
    const Rgba half = over({0, 0, 0, 128}, kWhite);
    EXPECT_EQ(half.r, 127);
    EXPECT_EQ(half.a, 255);
    EXPECT_EQ(over({9, 8, 7, 255}, kWhite), (Rgba{9, 8, 7, 255}));
    EXPECT_EQ(over({9, 8, 7, 0}, kWhite), kWhite);
}

// Every panel text colour on the panel's background (and the banner's), and the map labels'
// text on their halo (the quiet labels of cities without a figure too): at least 7:1.
TEST(HighContrast, PanelAndLabelTextAtLeastSevenToOne) {
    const Theme t = highContrastTheme();
    ASSERT_EQ(t.panelBackground.a, 255); // opaque: nothing of the map shows through
    ASSERT_EQ(t.labelHalo.a, 255);
    const Rgba panel = t.panelBackground;
    for (const Rgba text :
         {t.panelText, t.panelTextDim, t.panelHeading, t.panelWarning, t.panelUnsourced})
        EXPECT_GE(textContrast(text, panel), kTextAAA)
            << int(text.r) << "," << int(text.g) << "," << int(text.b);
    EXPECT_GE(textContrast(t.panelText, over(t.bannerBackground, kWhite)), kTextAAA);
    EXPECT_GE(textContrast(t.labelText, t.labelHalo), kTextAAA);
    Rgba quiet = t.labelText;
    quiet.a = static_cast<std::uint8_t>(quiet.a * t.quietLabelOpacity);
    EXPECT_GE(textContrast(quiet, t.labelHalo), kTextAAA);
    // ...and still lighter than the other labels.
    EXPECT_LT(textContrast(quiet, t.labelHalo), textContrast(t.labelText, t.labelHalo));
}

// The test can fail: the normal palette's dim panel text and quiet labels do not reach 7:1.
TEST(HighContrast, NormalPaletteFallsShortOfSevenToOne) {
    const Theme t;
    EXPECT_LT(textContrast(t.panelTextDim, over(t.panelBackground, t.chinaLand)), kTextAAA);
    Rgba quiet = t.labelText;
    quiet.a = static_cast<std::uint8_t>(quiet.a * t.quietLabelOpacity);
    EXPECT_LT(textContrast(quiet, over(t.labelHalo, t.chinaLand)), kTextAAA);
}

// Markers against the land they stand on. Normal: the translucent orange over China's cream,
// 2.07:1 and ΔE00 27.5; high contrast: opaque dark orange on white, 4.56:1 and ΔE00 46.3
// (docs/colours.md).
TEST(HighContrast, MarkersStandOutFromLand) {
    const Theme n;
    const Theme h = highContrastTheme();
    EXPECT_EQ(h.markerFill.a, 255);
    EXPECT_EQ(h.clusterFill.a, 255);
    const Rgba normalOnLand = over(n.markerFill, n.chinaLand);
    const double normalRatio = contrastRatio(normalOnLand, n.chinaLand);
    const double highRatio = contrastRatio(h.markerFill, h.chinaLand);
    EXPECT_GE(highRatio, 4.5);
    EXPECT_GE(contrastRatio(h.markerFill, h.foreignLand), 2.5);
    EXPECT_GE(contrastRatio(h.clusterFill, h.chinaLand), 4.5);
    EXPECT_GT(highRatio, normalRatio * 1.5);
    const double normalDe = deltaE2000Seen(normalOnLand, n.chinaLand, Deficiency::None);
    const double highDe = deltaE2000Seen(h.markerFill, h.chinaLand, Deficiency::None);
    EXPECT_NEAR(normalDe, 27.5, 0.05);
    EXPECT_NEAR(highDe, 46.3, 0.05);
    EXPECT_GT(highDe, normalDe);
    // The documented numbers.
    EXPECT_NEAR(normalRatio, 2.07, 0.01);
    EXPECT_NEAR(highRatio, 4.56, 0.01);
    // The outline (fill times the shade, as shaders/marker.frag draws it) against the fill.
    const auto shade = [](Rgba c, float k) {
        return Rgba{static_cast<std::uint8_t>(c.r * k), static_cast<std::uint8_t>(c.g * k),
                    static_cast<std::uint8_t>(c.b * k), 255};
    };
    EXPECT_GE(contrastRatio(shade(h.markerFill, h.markerOutlineShade), h.markerFill), 3.0);
    EXPECT_GE(contrastRatio(shade(h.markerFill, h.markerOutlineShade), h.chinaLand), 12.0);
    // "No value" stays quiet but visible: a graphic's 3:1, well below the markers' outline.
    const Rgba ring = shade(h.markerMissing, h.hollowOutlineShade);
    EXPECT_GE(contrastRatio(ring, h.chinaLand), 3.0);
    EXPECT_LE(contrastRatio(ring, h.chinaLand), 6.0);
}

// Land against sea: China, its neighbours and the sea are three clear steps, and the national
// border is black.
TEST(HighContrast, LandAndSeaAreApart) {
    const Theme h = highContrastTheme();
    const Theme n;
    EXPECT_GE(contrastRatio(h.chinaLand, h.sea), 2.5);
    EXPECT_GE(contrastRatio(h.foreignLand, h.sea), 1.6);
    EXPECT_GE(contrastRatio(h.chinaLand, h.foreignLand), 1.5);
    EXPECT_GT(contrastRatio(h.chinaLand, h.sea), 2 * contrastRatio(n.chinaLand, n.sea));
    EXPECT_GE(contrastRatio(h.nationalBorder, h.chinaLand), 20.0);
    EXPECT_GE(contrastRatio(h.provinceBorder, h.chinaLand), 7.0);
}

TEST(Palette, NamesRoundTrip) {
    for (Palette p : {Palette::Normal, Palette::HighContrast})
        EXPECT_EQ(parsePalette(paletteName(p)), p);
    EXPECT_EQ(parsePalette("bright"), std::nullopt);
    EXPECT_EQ(parsePalette(""), std::nullopt);
    EXPECT_EQ(paletteTheme(Palette::HighContrast).palette, Palette::HighContrast);
    EXPECT_EQ(paletteTheme(Palette::Normal).sea, Theme{}.sea);
}

// A presenter switches during a talk: theme() follows setTheme() both ways, and switching back
// gives the normal colours exactly (the expected images of the normal palette depend on it).
TEST(Palette, SwitchesAtRunTimeAndBack) {
    const Theme before = theme();
    setTheme(paletteTheme(Palette::HighContrast));
    EXPECT_EQ(theme().palette, Palette::HighContrast);
    EXPECT_EQ(theme().markerFill, highContrastTheme().markerFill);
    setTheme(paletteTheme(Palette::Normal));
    const Theme n;
    EXPECT_EQ(theme().palette, Palette::Normal);
    EXPECT_EQ(theme().markerFill, n.markerFill);
    EXPECT_EQ(theme().panelBorder, n.panelBorder);
    EXPECT_FLOAT_EQ(theme().markerOutlineShade, n.markerOutlineShade);
    EXPECT_FLOAT_EQ(theme().quietLabelOpacity, n.quietLabelOpacity);
    setTheme(before);
}
