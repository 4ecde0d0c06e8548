// Sector colours stay apart for the common colour-vision deficiencies (issue 14, item 6).
//
// Reference values are independent of this code: the CIEDE2000 pairs are from Sharma, Wu & Dalal
// (2005), "The CIEDE2000 color-difference formula: implementation notes, supplementary test
// data", table 1; the simulated colour was computed by hand in python3 (no library) from the
// matrix printed in Machado, Oliveira & Fernandes (2009), severity 1.0:
//   sRGB (204, 102, 119) -> linear (0.603827, 0.132868, 0.184475)
//   deuteranopia: [0.367322 0.860646 -0.227968; 0.280085 0.672501 0.047413;
//                  -0.011820 0.042940 0.968881] x linear = (0.294097, 0.267224, 0.177302)
//   -> L*a*b* (D65) = (58.6442, -1.8762, 13.8765)
#include "core/view/ColourVision.hpp"

#include "core/Theme.hpp"
#include "core/data/Sectors.hpp"
#include "core/view/Palette.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace aimap;

TEST(ColourVision, Ciede2000MatchesSharmaWuDalalTable) {
    struct Pair {
        Lab x, y;
        double expected;
    };
    const Pair pairs[] = {
        {{50, 2.6772, -79.7751}, {50, 0, -82.7485}, 2.0425},                  // pair 1
        {{50, 0, 0}, {50, -1, 2}, 2.3669},                                    // pair 7
        {{50, 2.5, 0}, {73, 25, -18}, 27.1492},                               // pair 17
        {{50, 2.5, 0}, {61, -5, 29}, 22.8977},                                // pair 18
        {{50, 2.5, 0}, {56, -27, -3}, 31.9030},                               // pair 19
        {{50, 2.5, 0}, {58, 24, 15}, 19.4535},                                // pair 20
        {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644}, // pair 25
    };
    for (const auto& p : pairs) {
        EXPECT_NEAR(deltaE2000(p.x, p.y), p.expected, 1e-4);
        EXPECT_NEAR(deltaE2000(p.y, p.x), p.expected, 1e-4); // symmetric
    }
    EXPECT_NEAR(deltaE76({50, 0, 0}, {53, 4, 0}), 5.0, 1e-12);
}

TEST(ColourVision, DeuteranopiaOfOneColourMatchesHandComputation) {
    const LinearRgb lin = toLinear({204, 102, 119, 255});
    EXPECT_NEAR(lin.r, 0.603827, 1e-6);
    EXPECT_NEAR(lin.g, 0.132868, 1e-6);
    EXPECT_NEAR(lin.b, 0.184475, 1e-6);
    const LinearRgb d = simulate(lin, Deficiency::Deuteranopia);
    EXPECT_NEAR(d.r, 0.294097, 1e-6);
    EXPECT_NEAR(d.g, 0.267224, 1e-6);
    EXPECT_NEAR(d.b, 0.177302, 1e-6);
    const Lab lab = toLab(d);
    EXPECT_NEAR(lab.L, 58.6442, 1e-3);
    EXPECT_NEAR(lab.a, -1.8762, 1e-3);
    EXPECT_NEAR(lab.b, 13.8765, 1e-3);
}

TEST(ColourVision, GreysAndWhiteAreSeenUnchanged) {
    // Each matrix row sums to 1 (the paper's normalisation): achromatic colours stay achromatic.
    for (auto d : {Deficiency::Protanopia, Deficiency::Deuteranopia, Deficiency::Tritanopia})
        for (std::uint8_t v : {0, 128, 255}) {
            const LinearRgb in = toLinear({v, v, v, 255});
            const LinearRgb out = simulate(in, d);
            EXPECT_NEAR(out.r, in.r, 2e-6) << deficiencyName(d);
            EXPECT_NEAR(out.g, in.g, 2e-6) << deficiencyName(d);
            EXPECT_NEAR(out.b, in.b, 2e-6) << deficiencyName(d);
        }
}

// Why 10: ΔE00 ≈ 1 is the just-noticeable difference of large patches side by side, but the
// sector colours are small marks (a 3-px ring segment, a legend swatch, a bar) named by a key
// elsewhere: Szafir (2018, "Modeling color difference for visualization design") measures that
// thin marks need several times the patch difference, and categorical palette tools aim at 10+.
constexpr double kMinSectorDeltaE = 10.0;

// For both palettes (the high-contrast one keeps the normal sector colours today; this holds
// whoever changes them).
TEST(ColourVision, SectorColoursStayApartForEveryDeficiency) {
    for (const Theme& t : {Theme{}, highContrastTheme()})
        for (auto d : {Deficiency::None, Deficiency::Protanopia, Deficiency::Deuteranopia,
                       Deficiency::Tritanopia})
            for (std::size_t i = 0; i < kSectorCount; ++i)
                for (std::size_t j = i + 1; j < kSectorCount; ++j) {
                    const double de = deltaE2000Seen(t.sectorColours[i], t.sectorColours[j], d);
                    EXPECT_GE(de, kMinSectorDeltaE)
                        << paletteName(t.palette) << ", " << deficiencyName(d) << ": "
                        << sectorInfo(Sector(i)).en << " vs " << sectorInfo(Sector(j)).en;
                }
}

// The closest pairs as docs/colours.md states them (values from the python check above).
TEST(ColourVision, ClosestSectorPairsAreTheDocumentedOnes) {
    const Theme t;
    struct Closest {
        Deficiency d;
        Sector a, b;
        double de;
    };
    const Closest closest[] = {
        {Deficiency::None, Sector::Cloud, Sector::Applications, 15.00},
        {Deficiency::Protanopia, Sector::AiServers, Sector::Cloud, 11.80},
        {Deficiency::Deuteranopia, Sector::AiChips, Sector::EdgeComputing, 14.25},
        {Deficiency::Tritanopia, Sector::AiChips, Sector::Applications, 11.50},
    };
    for (const auto& c : closest) {
        double minDe = 1e9;
        for (std::size_t i = 0; i < kSectorCount; ++i)
            for (std::size_t j = i + 1; j < kSectorCount; ++j)
                minDe =
                    std::min(minDe, deltaE2000Seen(t.sectorColours[i], t.sectorColours[j], c.d));
        const double de = deltaE2000Seen(t.sectorColours[std::size_t(c.a)],
                                         t.sectorColours[std::size_t(c.b)], c.d);
        EXPECT_NEAR(de, c.de, 0.01) << deficiencyName(c.d);
        EXPECT_DOUBLE_EQ(de, minDe) << deficiencyName(c.d);
    }
}

// Regression (issue 14): Tableau 10's AI-chips red and IoT green were 0.7 apart for deuteranopes.
TEST(ColourVision, TableauRedAndGreenCollapseForDeuteranopes) {
    EXPECT_LT(deltaE2000Seen({225, 87, 89, 255}, {89, 161, 79, 255}, Deficiency::Deuteranopia),
              1.0);
}
