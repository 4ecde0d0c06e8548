// --talk FILE --export-dir DIR --size WxH: the backup deck. Every frame the clicker reaches
// (scene s after k build steps) is shown at once (no flight), settled (clusters built), turned
// into the audience view's display list (core/display), drawn offscreen by DisplayListRenderer
// (in tiles when the image is larger than a texture may be) into NN-KK.png and written as
// NN-KK.svg by the SVG writer; deck.json lists the frames with their captions, notes and the
// viewer's markers. Every file is written atomically.
#include "app/Viewer.hpp"
#include "app/modes/Modes.hpp"
#include "core/export/DeckNames.hpp"
#include "core/export/SvgWriter.hpp"
#include "core/io/AtomicFile.hpp"
#include "core/view/UiScale.hpp"
#include "render/DisplayListRenderer.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

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
    viewer.setCardsHidden(true);
    DisplayListRenderer renderer;
    renderer.setFont(viewer.labelFont());
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
    for (std::size_t s = 0; s < talk.scenes.size(); ++s) {
        const TalkScene& scene = talk.scenes[s];
        for (std::size_t k = 0; k < frameCount(scene); ++k) {
            const auto start = std::chrono::steady_clock::now();
            viewer.present(scene, k, ctx.provinces, false);
            viewer.selectPendingCluster(FrameMode{true});
            const TalkFrame frame = frameAt(*viewer.shown(), scene, k);
            const std::string name = deckFrameName(s + 1, k, talk.scenes.size(), maxSteps);
            const std::string title = talk.title + " - " + std::to_string(s + 1) + "/" +
                                      std::to_string(talk.scenes.size()) +
                                      (scene.title.empty() ? "" : " " + scene.title) +
                                      (k > 0 ? " (" + std::to_string(k) + ")" : "");
            const DisplayList list = viewer.audienceFrame(title, frame.cards.national);
            renderTiled(renderer, list, target, image);
            const std::string base = (std::filesystem::path(o.exportDir) / name).string();
            std::string error;
            if (!writeFileAtomically(
                    base + ".png", ".png",
                    [&](const std::string& tmp) { return image.saveToFile(tmp); }, error) ||
                !writeFileAtomically(base + ".svg", svgDocument(list), error)) {
                std::fprintf(stderr, "aimap: cannot write %s: %s\n", base.c_str(), error.c_str());
                ++failures;
            }
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            deck["frames"].push_back({{"name", name},
                                      {"scene", s + 1},
                                      {"step", k},
                                      {"title", scene.title},
                                      {"caption", viewer.caption()},
                                      {"notes", scene.notes},
                                      {"markers", markersOf(viewer)},
                                      {"sources", sourcesOf(*viewer.shown(), list.sources)},
                                      {"milliseconds", ms}});
            std::printf("%s  %.0f ms\n", name.c_str(), ms);
        }
    }
    viewer.shutdownGraphics();
    std::string error;
    if (!writeFileAtomically((std::filesystem::path(o.exportDir) / "deck.json").string(),
                             deck.dump(2) + "\n", error)) {
        std::fprintf(stderr, "aimap: cannot write deck.json: %s\n", error.c_str());
        ++failures;
    }
    return failures ? 1 : 0;
}

} // namespace aimap
