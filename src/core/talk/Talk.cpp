#include "core/talk/Talk.hpp"

#include <algorithm>

namespace aimap {

TalkFrame frameAt(const Dataset& ds, const TalkScene& scene, std::size_t step) {
    TalkFrame f;
    f.view = scene.view;
    f.cards = scene.cards;
    f.spotlight = scene.spotlight;
    f.caption = scene.caption;
    f.captionZh = scene.captionZh;
    f.holdSeconds = scene.holdSeconds;
    f.timeline = scene.timeline;
    const std::size_t n = std::min(step, scene.steps.size());
    for (std::size_t i = 0; i < n; ++i) {
        const TalkStep& s = scene.steps[i];
        if (s.metric)
            f.view = withMetric(ds, f.view, *s.metric);
        if (s.year)
            f.view.year = *s.year;
        if (s.sectors)
            f.view.sectors = *s.sectors;
        if (s.zones)
            f.view.zones = *s.zones;
        if (s.ranks)
            f.view.ranks = *s.ranks;
        if (s.select)
            f.view.selectedCity = *s.select;
        if (s.cards)
            f.cards = *s.cards;
        if (s.spotlight)
            f.spotlight = *s.spotlight;
        if (s.caption)
            f.caption = *s.caption;
        if (s.captionZh)
            f.captionZh = *s.captionZh;
        // A step's hold is its own; a step without one is held as long as the scene.
        f.holdSeconds = s.holdSeconds.value_or(scene.holdSeconds);
        f.timeline = s.timeline; // played by its own frame only
        if (s.timeline)
            f.view.year = s.timeline->to;
    }
    return f;
}

} // namespace aimap
