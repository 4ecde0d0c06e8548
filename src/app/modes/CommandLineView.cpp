// The command line's view: shared by every mode.
#include "app/Viewer.hpp"
#include "app/modes/Modes.hpp"

#include <cstdio>
#include <string>

namespace aimap {

bool resolveCommandLine(ModeContext& ctx) {
    const Options& o = ctx.options;
    ViewRequest request;
    request.metric = o.metric;
    request.year = o.year;
    request.select = o.select;
    request.selectCluster = o.selectCluster;
    request.labels = o.labels;
    if (!o.grouping.empty())
        request.grouping = o.grouping == "on";
    request.sectors = o.sectors;
    request.zones = o.zones;
    request.ranks = o.ranks;
    std::string error;
    auto scale = parseUiScale(o.uiScale, error);
    if (scale) {
        scale->minTextPx = static_cast<float>(o.minTextPx);
        ctx.viewer.setUiScale(*scale);
        error = ctx.viewer.resolve(request);
        if (error.empty())
            error = ctx.viewer.pinFromCommandLine(o.compare);
    }
    if (error.empty())
        error = ctx.viewer.setChoropleth(o.choropleth);
    if (error.empty())
        return true;
    std::fprintf(stderr, "aimap: %s", error.c_str());
    return false;
}

void applyCommandLineView(ModeContext& ctx) {
    const Options& o = ctx.options;
    std::optional<LonLat> centre;
    if (o.centreLon)
        centre = LonLat{*o.centreLon, *o.centreLat};
    ctx.viewer.applyCamera(o.zoom, centre);
    if (o.national)
        ctx.viewer.openNational();
    ctx.viewer.setRadius(o.radiusKm);
    if (!o.search.empty())
        ctx.viewer.openSearch(o.search);
    ctx.viewer.keepPinsInView(false); // --compare: the pinned cities clear of the panel
    if (!o.rankings.empty())
        ctx.viewer.openRankings(o.rankings);
    if (!o.province.empty() && !ctx.viewer.openProvince(o.province, false))
        std::fprintf(stderr,
                     "aimap: no province \"%s\" (a division code, Chinese or English "
                     "name)\n",
                     o.province.c_str());
    // As "Open data..." would: a broken file leaves the data shown and says why.
    if (!o.thenOpen.empty())
        ctx.viewer.openNow(o.thenOpen);
}

void startCommandLineTimeline(ModeContext& ctx) {
    const std::string& t = ctx.options.timeline; // FROM:TO, checked by the parser
    if (t.size() == 9 && t[4] == ':')
        ctx.viewer.playTimeline(std::stoi(t.substr(0, 4)), std::stoi(t.substr(5, 4)));
}

} // namespace aimap
