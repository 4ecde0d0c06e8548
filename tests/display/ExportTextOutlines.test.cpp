// Exports with text as outlines (issue 15, "an option for text as outlines for machines without
// the CJK font"): with --export-text-outlines every text of the SVGs, frames and notes pages, is
// a <path> of the label font's glyphs named by its text, and the PDF embeds no font; rsvg-convert
// draws the outlines as it draws the <text> version (and as the PNG shows the frame); and where
// fontconfig finds no font at all, the <text> version loses its letters while the outlined one
// is drawn exactly as before. The option alone (no export) is a bad argument.
#include "support/ImageCompare.hpp"
#include "support/Process.hpp"
#include "support/SharedOutput.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace aimap::test;
using nlohmann::json;

namespace {

const std::string kExe = AIMAP_EXE;
const std::string kTalk = std::string(AIMAP_ROOT) + "/data/talks/ai-industrial-map-2020.json";
constexpr unsigned kW = 640, kH = 360;

std::string tmp(const std::string& name) {
    return testing::TempDir() + "aimap_outlines_" + name;
}

// The example talk with its notes pages and PDF exported into `dir`, with `extra` arguments;
// its deck.json. The tests of this file read the same two exports: an export is made once and
// kept (with a stamp naming its arguments, newer than aimap and the talk) for the next test
// process, which saves two exports a test (20-50 s).
json exportDeck(const std::string& dir, const std::string& extra) {
    const std::string args = " --talk " + quote(kTalk) + " --export-dir " + quote(dir) +
                             " --size " + std::to_string(kW) + "x" + std::to_string(kH) +
                             " --export-notes --export-pdf " + quote(dir + "/deck.pdf") + " " +
                             extra;
    const auto r = runOnceShared(dir, quote(kExe) + args,
                                 {kExe, kTalk, AIMAP_ROOT "/data/ai-cities.json"}, 300);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    json deck = json::parse(readFile(dir + "/deck.json"), nullptr, false);
    return deck.is_discarded() ? json::object() : deck;
}

// The SVGs of a deck in the PDF's order: the frames, a notes page after each scene's.
std::vector<std::string> pageNames(const json& deck) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < deck["frames"].size(); ++i) {
        const std::string name = deck["frames"][i]["name"];
        out.push_back(name);
        const bool lastOfScene = i + 1 == deck["frames"].size() ||
                                 deck["frames"][i + 1]["scene"] != deck["frames"][i]["scene"];
        if (lastOfScene)
            out.push_back(name.substr(0, name.find('-')) + "-notes");
    }
    return out;
}

// Every text of an SVG in document order: the contents of its <text> elements, or the
// aria-label of its outlined texts (<path class="text">), as written (escaped).
std::vector<std::string> texts(const std::string& svg, bool outlined) {
    std::vector<std::string> out;
    const std::string start = outlined ? "<path class=\"text\" aria-label=\"" : "<text ";
    for (std::size_t at = svg.find(start); at != std::string::npos; at = svg.find(start, at + 1)) {
        const std::size_t from = outlined ? at + start.size() : svg.find('>', at) + 1;
        out.push_back(svg.substr(from, svg.find(outlined ? '"' : '<', from) - from));
    }
    return out;
}

// `svg` drawn by rsvg-convert on white (with `env` before the command, e.g. a fontconfig
// file), blurred by 2 px as the Export test blurs (glyph edges differ between rasterisers).
bool drawBlurred(const std::string& svg, const std::string& png, const std::string& env = "") {
    return run(env + " rsvg-convert -b white -o " + quote(png) + " " + quote(svg)).exitCode == 0 &&
           run("convert " + quote(png) + " -blur 0x2 " + quote(png)).exitCode == 0;
}

// A fontconfig configuration with no font folder: a machine without any font.
std::string noFontsEnv() {
    const std::string conf = tmp("no-fonts.conf");
    std::ofstream(conf) << "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM "
                           "\"fonts.dtd\">\n<fontconfig></fontconfig>\n";
    return "env FONTCONFIG_FILE=" + quote(conf);
}

bool haveTools() {
    return haveProgram("rsvg-convert") && haveProgram("convert") && haveProgram("compare") &&
           haveProgram("xmllint");
}
const char* const kToolsMissing = "needs librsvg2-bin, imagemagick and libxml2-utils";

// The example talk exported twice: with <text> (`text`) and with outlines (`paths`, `deck`).
struct Decks {
    std::string text = tmp("text"), paths = tmp("paths");
    json deck;
};
Decks exportBoth() {
    Decks d;
    exportDeck(d.text, "");
    d.deck = exportDeck(d.paths, "--export-text-outlines");
    return d;
}

} // namespace

TEST(ExportTextOutlines, EveryTextOfEverySvgIsAPathNamedByItAndThePdfEmbedsNoFont) {
    if (!haveTools())
        GTEST_SKIP() << kToolsMissing;
    const Decks d = exportBoth();
    const std::string &textDir = d.text, &pathDir = d.paths;
    ASSERT_TRUE(d.deck.contains("frames"));
    const std::vector<std::string> pages = pageNames(d.deck);
    ASSERT_EQ(pages.size(), 14u + 4u);
    for (const std::string& name : pages) {
        const std::string svg = readFile(pathDir + "/" + name + ".svg");
        const std::string plain = readFile(textDir + "/" + name + ".svg");
        EXPECT_EQ(svg.find("<text"), std::string::npos) << name;
        const auto lint = run("xmllint --noout " + quote(pathDir + "/" + name + ".svg"));
        EXPECT_EQ(lint.exitCode, 0) << name << ": " << lint.err;
        // The same texts in the same order, each the name of its outlines (searchable).
        const std::vector<std::string> named = texts(svg, true);
        EXPECT_GT(named.size(), 3u) << name;
        EXPECT_EQ(named, texts(plain, false)) << name;
        for (const std::string& t : named)
            EXPECT_NE(svg.find("<title>" + t + "</title>"), std::string::npos) << name << ": " << t;
    }
    // Cairo embeds the fonts a PDF's text needs (a /FontFile2 for TrueType): the <text> deck's
    // PDF has them, the outlined deck's PDF none.
    const std::string textPdf = readFile(textDir + "/deck.pdf");
    const std::string pathPdf = readFile(pathDir + "/deck.pdf");
    ASSERT_EQ(pathPdf.rfind("%PDF-", 0), 0u);
    EXPECT_NE(textPdf.find("/FontFile"), std::string::npos);
    EXPECT_EQ(pathPdf.find("/FontFile"), std::string::npos);
    EXPECT_EQ(pathPdf.find("/Font "), std::string::npos);
}

TEST(ExportTextOutlines, RsvgDrawsTheOutlinesAsTheTextAndAsThePng) {
    if (!haveTools())
        GTEST_SKIP() << kToolsMissing;
    const Decks d = exportBoth();
    const std::string &textDir = d.text, &pathDir = d.paths;
    ASSERT_TRUE(d.deck.contains("frames"));
    const std::string a = tmp("a.png"), b = tmp("b.png"), png = tmp("png.png");
    std::string previous;
    for (const auto& f : d.deck["frames"]) {
        const std::string name = f["name"];
        const std::string outlined = pathDir + "/" + name + ".svg";
        ASSERT_TRUE(drawBlurred(outlined, a) && drawBlurred(textDir + "/" + name + ".svg", b));
        // Measured at 640x360, blurred: outlines against the <text> 0.0048-0.0107 (the glyphs
        // where the PNG has them, at the hinted whole-pixel advances the layout measured,
        // against Pango's own advances); against the frame's PNG 0.0053-0.0093, closer than the
        // <text> version (0.0070-0.0138; Export.RsvgDrawsEachSvgCloseToItsPng).
        const double toText = magickRmse(a, b);
        EXPECT_GE(toText, 0) << name;
        EXPECT_LT(toText, 0.014) << name;
        ASSERT_EQ(
            run("convert " + quote(pathDir + "/" + name + ".png") + " -blur 0x2 " + quote(png))
                .exitCode,
            0);
        const double toPng = magickRmse(a, png);
        EXPECT_LT(toPng, 0.013) << name;
        // ...and the check can fail: the previous frame's outlines are farther from this PNG.
        if (!previous.empty()) {
            ASSERT_TRUE(drawBlurred(previous, b));
            EXPECT_GT(magickRmse(b, png), toPng) << name << " is as close to the previous frame";
        }
        previous = outlined;
    }
}

TEST(ExportTextOutlines, WithoutAnyFontTheTextLosesItsLettersTheOutlinesKeepThem) {
    if (!haveTools())
        GTEST_SKIP() << kToolsMissing;
    const Decks d = exportBoth();
    const std::string &textDir = d.text, &pathDir = d.paths;
    ASSERT_TRUE(d.deck.contains("frames"));
    const std::string none = noFontsEnv();
    const std::string a = tmp("fonts.png"), b = tmp("nofonts.png");
    // Scene 1's first frame (bilingual labels: 北京 Beijing...; the inset's 南海诸岛), scene 3
    // after two steps, and scene 4's notes page (text only).
    for (const char* name : {"01-00", "03-02", "04-notes"}) {
        // The <text> version: without fonts Pango draws a box for every character.
        ASSERT_TRUE(drawBlurred(textDir + "/" + name + ".svg", a) &&
                    drawBlurred(textDir + "/" + name + ".svg", b, none));
        const double textLost = magickRmse(a, b);
        // The outlined one does not need a font: the same picture.
        ASSERT_TRUE(drawBlurred(pathDir + "/" + name + ".svg", a) &&
                    drawBlurred(pathDir + "/" + name + ".svg", b, none));
        const double pathLost = magickRmse(a, b);
        // Measured: 0.059-0.081 for the <text> version (every letter a box), exactly 0 for the
        // outlines.
        EXPECT_GT(textLost, 0.03) << name << ": the <text> version kept its letters without fonts";
        EXPECT_GE(pathLost, 0) << name;
        EXPECT_LT(pathLost, 0.0005) << name;
    }
}

TEST(ExportTextOutlines, TheOptionNeedsAnExportFolder) {
    const auto r = run(quote(kExe) + " --talk " + quote(kTalk) + " --export-text-outlines");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--export-text-outlines need --export-dir"), std::string::npos) << r.err;
}
