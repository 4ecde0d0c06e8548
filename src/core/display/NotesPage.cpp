#include "core/display/NotesPage.hpp"

#include "core/view/LineBreak.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {

DisplayList notesPage(const NotesPageInput& in) {
    DisplayList dl;
    dl.sizePx = in.sizePx;
    dl.fontFamily = in.fontFamily;
    dl.title = in.talkTitle + " - notes " + std::to_string(in.scene);
    const double k = in.sizePx.y / 1080.0;
    const Box page{{0, 0}, in.sizePx};
    DisplayPolygon white;
    white.rings.push_back({page.min, {page.max.x, 0}, page.max, {0, page.max.y}});
    white.fill = {255, 255, 255, 255};
    dl[DisplayLayer::Background].polygons.push_back(white);
    DisplayGroup& g = dl[DisplayLayer::Caption];
    const double margin = 72 * k, width = in.sizePx.x - 2 * margin;
    double y = margin;
    const double bottom = in.sizePx.y - margin;
    bool full = false;
    const auto block = [&](const std::string& text, double px, Rgba colour, double after) {
        const auto size = static_cast<unsigned>(std::max(1.0, std::round(px * k)));
        const TextWidth measure = [&](std::string_view s) {
            return static_cast<float>(in.measure ? in.measure(s, size)
                                                 : estimateTextWidth(s, size));
        };
        const double lineH = std::round(size * 1.35);
        for (const std::string_view line : breakLines(text, static_cast<float>(width), measure)) {
            if (full)
                return;
            if (y + lineH > bottom) {
                // The last line that fits says that more follows.
                full = true;
                if (!g.texts.empty())
                    g.texts.back().utf8 += " \xE2\x80\xA6";
                return;
            }
            g.texts.push_back({std::string(line),
                               {margin, std::round(y + size)},
                               TextAnchor::Start,
                               size,
                               colour});
            y += lineH;
        }
        y += after * k;
    };
    const Rgba dark{20, 20, 20, 255}, dim{97, 97, 97, 255}, head{26, 64, 128, 255};
    block(in.talkTitle, 20, dim, 4);
    block(std::to_string(in.scene) + "/" + std::to_string(in.scenes) +
              (in.sceneTitle.empty() ? "" : "  " + in.sceneTitle),
          34, head, 16);
    block(in.notes.empty() ? "(no notes)" : in.notes, 28, dark, 24);
    for (std::size_t i = 0; i < in.captions.size(); ++i)
        if (!in.captions[i].empty())
            block(std::to_string(i + 1) + ". " + in.captions[i], 20, dim, 2);
    y += 14 * k;
    for (const std::string& s : in.sources)
        block(s, 17, dim, 0);
    return dl;
}

} // namespace aimap
