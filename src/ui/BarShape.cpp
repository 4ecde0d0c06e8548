#include "ui/BarShape.hpp"

#include "ui/PanelStyle.hpp"

#include <algorithm>

namespace aimap {

float drawBarShape(ImDrawList* dl, const BarGeometry& g, float y0, float y1, Rgba fill, Rgba arrow,
                   float s, float markerW) {
    const ImVec2 top(g.x0, y0), bottom(g.x1, y1);
    if (g.outline) {
        dl->AddRect(top, bottom, toImU32(fill), 0, 0, 2 * s);
        return g.x1;
    }
    if (!g.openEnd) {
        dl->AddRectFilled(top, bottom, toImU32(fill));
        return g.x1;
    }
    // At least this much: the bar fades out at its end and an arrowhead follows it.
    Rgba clear = fill;
    clear.a = 0;
    const float fade = std::min(14 * s, g.x1 - g.x0);
    dl->AddRectFilled(top, ImVec2(g.x1 - fade, y1), toImU32(fill));
    dl->AddRectFilledMultiColor(ImVec2(g.x1 - fade, y0), bottom, toImU32(fill), toImU32(clear),
                                toImU32(clear), toImU32(fill));
    const float cy = (y0 + y1) / 2, h = (y1 - y0) / 2;
    dl->AddTriangleFilled(ImVec2(g.x1 + 1 * s, cy - h), ImVec2(g.x1 + 1 * s + h, cy),
                          ImVec2(g.x1 + 1 * s, cy + h), toImU32(arrow));
    return g.x1 + markerW;
}

} // namespace aimap
