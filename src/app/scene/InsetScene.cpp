#include "app/scene/InsetScene.hpp"

#include "render/InsetRenderer.hpp"
#include "ui/PanelStyle.hpp"

#include <cmath>

namespace aimap {

InsetScene insetScene(Vec2 windowPx, float uiScale, bool cardOpen, LabelMode labels,
                      const Box& worldBox) {
    InsetScene s;
    if (labels != LabelMode::English)
        s.caption.push_back("\xE5\x8D\x97\xE6\xB5\xB7\xE8\xAF\xB8\xE5\xB2\x9B"); // 南海诸岛
    if (labels != LabelMode::Chinese)
        s.caption.push_back("South China Sea Islands");
    s.charSizePx = static_cast<unsigned>(std::round(14.0f * uiScale));
    InsetLayoutInput in;
    in.windowPx = windowPx;
    in.uiScale = uiScale;
    in.captionPx = InsetRenderer::captionHeight(s.caption.size(), s.charSizePx);
    in.worldBox = worldBox;
    if (cardOpen) // the card's left edge (beginCard: docked at the right, inside the margin)
        in.cardLeftPx = windowPx.x - panelMargin(uiScale) -
                        cityCardWidth(static_cast<float>(windowPx.x), uiScale);
    s.placement = insetRect(in);
    return s;
}

} // namespace aimap
