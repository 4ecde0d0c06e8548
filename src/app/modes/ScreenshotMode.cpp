// --screenshot: exactly what the window shows, rendered offscreen into a PNG.
#include "app/Viewer.hpp"
#include "app/modes/Modes.hpp"
#include "app/modes/Presentation.hpp"
#include "app/modes/UiDump.hpp"
#include "core/io/AtomicFile.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace aimap {

bool startOffscreen(ModeContext& ctx, sf::RenderTexture& target, unsigned antialiasing) {
    const Options& o = ctx.options;
    sf::ContextSettings settings;
    settings.antialiasingLevel = antialiasing;
    if (!target.create(o.width, o.height, settings)) {
        std::fprintf(stderr, "aimap: cannot create a %ux%u offscreen image (OpenGL problem?)\n",
                     o.width, o.height);
        return false;
    }
    return target.setActive(true) && ctx.viewer.initGraphics(ctx.root);
}

bool samePanelRects(const std::vector<Box>& a, const std::vector<Box>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Box& x, const Box& y) {
        return x.min.x == y.min.x && x.min.y == y.min.y && x.max.x == y.max.x && x.max.y == y.max.y;
    });
}

void drawSettledFrames(ModeContext& ctx, sf::RenderTarget& target, int minFrames) {
    drawSettledFrames(ctx.viewer, target, minFrames);
}

void drawSettledFrames(Viewer& viewer, sf::RenderTarget& target, int minFrames) {
    // Auto-sized ImGui windows take their size in the frame after they first appear, and labels
    // avoid the panels of the frame before: render frames, exactly as the window would, until
    // the panels keep their places (a few at most), and keep the last.
    const FrameMode exact{true};
    std::vector<Box> before;
    for (int i = 0; i < 8; ++i) {
        viewer.drawFrame(target, 1.0f / 60.0f, exact);
        const bool settled = i > 0 && samePanelRects(before, viewer.panelRects());
        before = viewer.panelRects();
        if (settled && i + 1 >= minFrames)
            break;
    }
}

int runScreenshotMode(ModeContext& ctx) {
    const Options& o = ctx.options;
    sf::RenderTexture target;
    if (!startOffscreen(ctx, target, 4))
        return 1;
    const FrameMode exact{true};
    // The timeline's clock stands still: a play (a talk frame's, --timeline) starts at 0 and is
    // pictured at --timeline-at seconds, by default once it has stopped.
    ctx.viewer.setTimelineClock(0.0);
    // --talk: the audience view of its first frame, as the window opens on it.
    std::optional<Presentation> talk;
    if (ctx.talk) {
        talk.emplace(ctx.talk, ctx.provinces, ctx.talkStart);
        talk->show(ctx.viewer, false);
    }
    startCommandLineTimeline(ctx);
    ctx.viewer.setTimelineClock(o.timelineAt.value_or(1e6));
    if (!ctx.viewer.selectPendingCluster(exact)) {
        std::fprintf(stderr,
                     "aimap: no cluster holds the marker of '%s' at this zoom (--select-cluster; "
                     "try a smaller --zoom)\n",
                     o.selectCluster.c_str());
        ctx.viewer.shutdownGraphics();
        return 2;
    }
    drawSettledFrames(ctx, target, 3);
    target.display();
    const sf::Image image = target.getTexture().copyToImage();
    UiDump(o.uiDump).write(ctx.viewer, ctx.data,
                           talk ? talk->dump(ctx.viewer) : nlohmann::json::object());
    ctx.viewer.shutdownGraphics();
    // Atomic: a temporary file named .png (SFML picks the format from the extension) beside
    // the destination, then renamed over it.
    std::string error;
    if (!writeFileAtomically(
            o.screenshot, ".png", [&](const std::string& tmp) { return image.saveToFile(tmp); },
            error)) {
        std::fprintf(stderr, "aimap: cannot save the screenshot: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

} // namespace aimap
