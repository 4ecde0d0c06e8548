// --talk FILE --export-dir DIR --size WxH: the backup deck. Every frame the clicker reaches
// (scene s after k build steps) is shown at once (no flight), settled (clusters built), turned
// into the audience view's display list (core/display), drawn offscreen by DisplayListRenderer
// (in tiles when the image is larger than a texture may be) into NN-KK.png and written as
// NN-KK.svg by the SVG writer (with --export-text-outlines, its texts as the label font's glyph
// outlines: render/FontGlyphOutlines); deck.json lists the frames with their captions, notes and
// the viewer's markers. Every file is written atomically.
#include "app/Subprocess.hpp"
#include "app/Viewer.hpp"
#include "app/modes/Modes.hpp"
#include "core/display/NotesPage.hpp"
#include "core/export/DeckNames.hpp"
#include "core/export/SvgWriter.hpp"
#include "core/io/AtomicFile.hpp"
#include "core/view/UiScale.hpp"
#include "render/DisplayListRenderer.hpp"
#include "render/FontGlyphOutlines.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace aimap {
namespace {

// Renders `list` into `image` (its size) tile by tile through `target` (a tile's size).
void renderTiled(const DisplayListRenderer& renderer, const DisplayList& list,
                 sf::RenderTexture& target, sf::Image& image) {
    const sf::Vector2u tile = target.getSize();
    const sf::Vector2u size = image.getSize();
    for (unsigned y = 0; y < size.y; y += tile.y)
        for (unsigned x = 0; x < size.x; x += tile.x) {
            target.clear(sf::Color::White);
            renderer.draw(target, list, {static_cast<double>(x), static_cast<double>(y)});
            target.display();
            const sf::Image part = target.getTexture().copyToImage();
            image.copy(part, x, y,
                       sf::IntRect(0, 0, static_cast<int>(std::min(tile.x, size.x - x)),
                                   static_cast<int>(std::min(tile.y, size.y - y))));
        }
}

nlohmann::json markersOf(const Viewer& viewer) {
    nlohmann::json out = nlohmann::json::array();
    const SceneFrame& f = viewer.frame();
    for (const ScreenMarker& m : f.order) {
        const MapItem& d = f.items[m.item];
        out.push_back({{"kind", d.kind == MapItem::Kind::Cluster ? "cluster"
                                : d.kind == MapItem::Kind::City  ? "city"
                                                                 : "point"},
                       {"x", m.centre.x},
                       {"y", m.centre.y},
                       {"r", m.radiusPx}});
    }
    return out;
}

// The sources a frame names, in full.
nlohmann::json sourcesOf(const Dataset& ds, const std::vector<std::string>& ids) {
    nlohmann::json out = nlohmann::json::array();
    for (const std::string& id : ids) {
        const Source* s = id.empty() ? nullptr : ds.source(id);
        if (!s) {
            out.push_back({{"id", id}, {"unsourced", id.empty()}});
            continue;
        }
        out.push_back({{"id", s->id},
                       {"title", s->title},
                       {"publisher", s->publisher},
                       {"date", s->date},
                       {"quality", s->quality},
                       {"url", s->url}});
    }
    return out;
}

// One line per source: "[S01] title, publisher, date, quality A, url".
std::vector<std::string> sourceLines(const nlohmann::json& sources) {
    std::vector<std::string> out;
    for (const auto& s : sources) {
        if (s.value("unsourced", false)) {
            out.push_back("unsourced figures");
            continue;
        }
        std::string line = "[" + s.value("id", "") + "] " + s.value("title", "");
        for (const char* key : {"publisher", "date"})
            if (!s.value(key, "").empty())
                line += ", " + s.value(key, "");
        if (!s.value("quality", "").empty())
            line += ", quality " + s.value("quality", "");
        if (!s.value("url", "").empty())
            line += ", " + s.value("url", "");
        out.push_back(std::move(line));
    }
    return out;
}

// The SVGs, in order, as one PDF (a page each) by rsvg-convert, written atomically.
bool writePdf(const std::string& path, const std::vector<std::string>& svgs, std::string& error) {
    return writeFileAtomically(
        path, ".pdf",
        [&](const std::string& tmp) {
            std::vector<std::string> argv{"rsvg-convert", "-f", "pdf", "-o", tmp};
            argv.insert(argv.end(), svgs.begin(), svgs.end());
            return runProgram(argv);
        },
        error);
}

} // namespace

int runExportMode(ModeContext& ctx) {
    const Options& o = ctx.options;
    const Talk& talk = *ctx.talk;
    Viewer& viewer = ctx.viewer;
    std::error_code ec;
    std::filesystem::create_directories(o.exportDir, ec);
    if (ec || !std::filesystem::is_directory(o.exportDir)) {
        std::fprintf(stderr, "aimap: cannot create the export folder %s: %s\n", o.exportDir.c_str(),
                     ec.message().c_str());
        return 1;
    }
    // One tile when the image fits in a texture (llvmpipe: 16384 px), else the largest that does;
    // --export-tile-px forces smaller ones.
    unsigned tile = sf::Texture::getMaximumSize();
    if (o.exportTilePx > 0)
        tile = std::min(tile, o.exportTilePx);
    sf::RenderTexture target;
    sf::ContextSettings settings;
    settings.antialiasingLevel = 4;
    const unsigned tw = std::min(o.width, tile), th = std::min(o.height, tile);
    if (!target.create(tw, th, settings) && !target.create(tw, th)) {
        std::fprintf(stderr, "aimap: cannot create a %ux%u offscreen image (OpenGL problem?)\n", tw,
                     th);
        return 1;
    }
    if (!target.setActive(true) || !viewer.initGraphics(ctx.root))
        return 1;
    const Vec2 size{static_cast<double>(o.width), static_cast<double>(o.height)};
    viewer.setViewport(size);
    // The 1920x1080 layout, every length times height / 1080.
    viewer.setUiScaleOverride(uiScaleFor(1080, viewer.uiScaleSetting()) *
                              static_cast<float>(o.height / 1080.0));
    viewer.setPresenting(true);
    DisplayListRenderer renderer;
    renderer.setFont(viewer.labelFont());
    // Text as outlines: the glyphs of the font the PNG's labels are drawn in, each read once for
    // the whole deck.
    std::unique_ptr<FontGlyphOutlines> outlines;
    if (o.exportTextOutlines) {
        if (!viewer.labelFont()) {
            std::fprintf(stderr, "aimap: --export-text-outlines needs the labels' font; install "
                                 "one: apt-get install fonts-wqy-microhei\n");
            return 1;
        }
        outlines = std::make_unique<FontGlyphOutlines>(*viewer.labelFont(), viewer.labelFontPath());
        if (!outlines->ok()) {
            std::fprintf(stderr, "aimap: --export-text-outlines: %s\n", outlines->error().c_str());
            return 1;
        }
    }
    std::size_t maxSteps = 0;
    for (const TalkScene& s : talk.scenes)
        maxSteps = std::max(maxSteps, frameCount(s) - 1);
    nlohmann::json deck = {{"title", talk.title},
                           {"width", o.width},
                           {"height", o.height},
                           {"frames", nlohmann::json::array()}};
    sf::Image image;
    image.create(o.width, o.height, sf::Color::White);
    int failures = 0;
    std::vector<std::string> pages; // the SVGs of the PDF, in order
    for (std::size_t s = 0; s < talk.scenes.size(); ++s) {
        const TalkScene& scene = talk.scenes[s];
        NotesPageInput notes;
        notes.sizePx = size;
        notes.talkTitle = talk.title;
        notes.scene = s + 1;
        notes.scenes = talk.scenes.size();
        notes.sceneTitle = scene.title;
        notes.notes = scene.notes;
        nlohmann::json sceneSources = nlohmann::json::array();
        for (std::size_t k = 0; k < frameCount(scene); ++k) {
            const auto start = std::chrono::steady_clock::now();
            // A frame's timeline starts at 0 and is shown once it has stopped at its last year
            // (the ring of the previous figure and the change badge settled), as --screenshot.
            viewer.setTimelineClock(0.0);
            viewer.present(scene, k, ctx.provinces, false);
            viewer.setTimelineClock(1e6);
            viewer.selectPendingCluster(FrameMode{true});
            const TalkFrame frame = frameAt(*viewer.shown(), scene, k);
            const std::string name = deckFrameName(s + 1, k, talk.scenes.size(), maxSteps);
            const std::string title = talk.title + " - " + std::to_string(s + 1) + "/" +
                                      std::to_string(talk.scenes.size()) +
                                      (scene.title.empty() ? "" : " " + scene.title) +
                                      (k > 0 ? " (" + std::to_string(k) + ")" : "");
            const DisplayList list = viewer.audienceFrame(title, frame.cards.national);
            const auto built = std::chrono::steady_clock::now();
            renderTiled(renderer, list, target, image);
            const auto drawn = std::chrono::steady_clock::now();
            const std::string svg = svgDocument(list, outlines.get());
            const auto svgMade = std::chrono::steady_clock::now();
            const std::string base = (std::filesystem::path(o.exportDir) / name).string();
            std::string error;
            if (!writeFileAtomically(
                    base + ".png", ".png",
                    [&](const std::string& tmp) { return image.saveToFile(tmp); }, error) ||
                !writeFileAtomically(base + ".svg", svg, error)) {
                std::fprintf(stderr, "aimap: cannot write %s: %s\n", base.c_str(), error.c_str());
                ++failures;
            }
            const auto msSince = [](std::chrono::steady_clock::time_point t0,
                                    std::chrono::steady_clock::time_point t1) {
                return std::chrono::duration<double, std::milli>(t1 - t0).count();
            };
            const double ms = msSince(start, std::chrono::steady_clock::now());
            pages.push_back(base + ".svg");
            notes.captions.push_back(viewer.caption());
            for (const auto& src : sourcesOf(*viewer.shown(), list.sources))
                if (std::find(sceneSources.begin(), sceneSources.end(), src) == sceneSources.end())
                    sceneSources.push_back(src);
            deck["frames"].push_back({{"name", name},
                                      {"scene", s + 1},
                                      {"step", k},
                                      {"title", scene.title},
                                      {"caption", viewer.caption()},
                                      {"notes", scene.notes},
                                      {"markers", markersOf(viewer)},
                                      {"sources", sourcesOf(*viewer.shown(), list.sources)},
                                      {"milliseconds", ms},
                                      {"milliseconds_frame", msSince(start, built)},
                                      {"milliseconds_draw", msSince(built, drawn)},
                                      {"milliseconds_svg", msSince(drawn, svgMade)}});
            std::printf("%s  %.0f ms\n", name.c_str(), ms);
        }
        if (!o.exportNotes)
            continue;
        // The speaker's page after the scene: its notes, its frames' captions, its sources.
        notes.sources = sourceLines(sceneSources);
        if (const sf::Font* font = viewer.labelFont())
            notes.fontFamily = font->getInfo().family;
        notes.measure = viewer.labelTextMeasure();
        const std::string first = deckFrameName(s + 1, 0, talk.scenes.size(), maxSteps);
        const std::string path =
            (std::filesystem::path(o.exportDir) / (first.substr(0, first.find('-')) + "-notes.svg"))
                .string();
        std::string error;
        if (!writeFileAtomically(path, svgDocument(notesPage(notes), outlines.get()), error)) {
            std::fprintf(stderr, "aimap: cannot write %s: %s\n", path.c_str(), error.c_str());
            ++failures;
        }
        pages.push_back(path);
    }
    viewer.shutdownGraphics();
    std::string error;
    if (!writeFileAtomically((std::filesystem::path(o.exportDir) / "deck.json").string(),
                             deck.dump(2) + "\n", error)) {
        std::fprintf(stderr, "aimap: cannot write deck.json: %s\n", error.c_str());
        ++failures;
    }
    if (!o.exportPdf.empty() && !writePdf(o.exportPdf, pages, error)) {
        std::fprintf(stderr,
                     "aimap: cannot write the PDF %s (%s); it needs rsvg-convert: apt-get install "
                     "librsvg2-bin\n",
                     o.exportPdf.c_str(), error.c_str());
        ++failures;
    }
    return failures ? 1 : 0;
}

} // namespace aimap
