// --print-marker CITY: where a city's marker is on screen (for the display tests that click it).
#include "app/Viewer.hpp"
#include "app/data/LiveData.hpp"
#include "app/modes/Modes.hpp"

#include <cstdio>

namespace aimap {

int runPrintMarkerMode(ModeContext& ctx) {
    const auto city = ctx.data.dataset()->findCity(ctx.options.printMarker);
    if (!city) {
        std::fprintf(stderr, "aimap: unknown city '%s'\n", ctx.options.printMarker.c_str());
        return 2;
    }
    ctx.viewer.updateScene(FrameMode{true});
    if (const auto m = ctx.viewer.markerOfCity(*city)) {
        std::printf("%.0f %.0f %.1f\n", m->centre.x, m->centre.y, m->radiusPx);
        return 0;
    }
    std::fprintf(stderr, "aimap: city '%s' has no marker on screen\n",
                 ctx.options.printMarker.c_str());
    return 1;
}

} // namespace aimap
