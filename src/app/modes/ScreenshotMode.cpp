// --screenshot: exactly what the window shows, rendered offscreen into a PNG.
#include "app/Viewer.hpp"
#include "app/modes/Modes.hpp"
#include "app/modes/UiDump.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <cstdio>
#include <filesystem>

namespace aimap {

int runScreenshotMode(ModeContext& ctx) {
    const Options& o = ctx.options;
    sf::ContextSettings settings;
    settings.antialiasingLevel = 4;
    sf::RenderTexture target;
    if (!target.create(o.width, o.height, settings)) {
        std::fprintf(stderr, "aimap: cannot create a %ux%u offscreen image (OpenGL problem?)\n",
                     o.width, o.height);
        return 1;
    }
    if (!target.setActive(true) || !ctx.viewer.initGraphics(ctx.root))
        return 1;
    const FrameMode exact{true};
    if (!ctx.viewer.selectPendingCluster(exact)) {
        std::fprintf(stderr,
                     "aimap: no cluster holds the marker of '%s' at this zoom (--select-cluster; "
                     "try a smaller --zoom)\n",
                     o.selectCluster.c_str());
        ctx.viewer.shutdownGraphics();
        return 2;
    }
    // Auto-sized ImGui windows take their size in the frame after they first appear: render a
    // few frames, exactly as the window would, and keep the last.
    for (int i = 0; i < 3; ++i)
        ctx.viewer.drawFrame(target, 1.0f / 60.0f, exact);
    target.display();
    const sf::Image image = target.getTexture().copyToImage();
    UiDump(o.uiDump).write(ctx.viewer, ctx.data);
    ctx.viewer.shutdownGraphics();
    // Atomic: write next to the destination with a .png name (SFML picks the format from the
    // extension), then rename over it.
    const std::string tmp = o.screenshot + ".tmp.png";
    if (!image.saveToFile(tmp)) {
        std::fprintf(stderr, "aimap: cannot write %s\n", tmp.c_str());
        return 1;
    }
    std::error_code ec;
    std::filesystem::rename(tmp, o.screenshot, ec);
    if (ec) {
        std::fprintf(stderr, "aimap: cannot rename %s to %s: %s\n", tmp.c_str(),
                     o.screenshot.c_str(), ec.message().c_str());
        return 1;
    }
    return 0;
}

} // namespace aimap
