// --ui-dump-sweep FILE: the UI dump of every metric x year, grouping on and off, rendered
// offscreen exactly as --screenshot renders one frame, in one process (tests: the label layout
// over the whole dataset in a few seconds instead of hundreds of process starts).
#include "app/Viewer.hpp"
#include "app/modes/Modes.hpp"
#include "app/modes/UiDump.hpp"
#include "core/io/AtomicFile.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>

namespace aimap {

int runUiDumpSweepMode(ModeContext& ctx) {
    const Options& o = ctx.options;
    sf::RenderTexture target;
    // No multisampling: the layout does not depend on it, and it is most of a frame's time.
    if (!startOffscreen(ctx, target, 0))
        return 1;
    const Dataset& ds = *ctx.data.dataset();
    nlohmann::json all = nlohmann::json::array();
    for (std::size_t metric = 0; metric < ds.metrics.size(); ++metric)
        for (const int year : ds.years(metric))
            for (const bool grouping : {true, false}) {
                ctx.viewer.showView(metric, year, grouping);
                drawSettledFrames(ctx, target, 2); // as --screenshot, panels settled
                all.push_back(UiDump::snapshot(ctx.viewer, ctx.data));
            }
    ctx.viewer.shutdownGraphics();
    std::string error;
    if (!writeFileAtomically(o.uiDumpSweep,
                             all.dump(0, ' ', false, nlohmann::json::error_handler_t::replace),
                             error)) {
        std::fprintf(stderr, "aimap: cannot write %s: %s\n", o.uiDumpSweep.c_str(), error.c_str());
        return 1;
    }
    return 0;
}

} // namespace aimap
