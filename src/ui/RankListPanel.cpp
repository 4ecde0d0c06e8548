#include "ui/RankListPanel.hpp"

#include "core/data/CityCard.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <set>

namespace aimap {

void drawRankList(const RankListState& st, PanelFrame& frame) {
    if (!st.dataset || !st.ranking)
        return;
    const Dataset& ds = *st.dataset;
    const Metric& m = ds.metrics[st.ranking->metric];
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    // Right of the control panel (the first window of the frame), over the far west of the map
    // where few cities are; the legend keeps the lower left.
    float x = frame.rects.empty() ? 12 * s : static_cast<float>(frame.rects.front().max.x) + 8 * s;
    float y = 12 * s;
    if (st.belowFirst && !frame.rects.empty()) {
        x = static_cast<float>(frame.rects.front().min.x);
        y = static_cast<float>(frame.rects.front().max.y) + 8 * s;
    }
    const float w = 250 * s;
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0),
                                        ImVec2(w, std::max(120 * s, io.DisplaySize.y * 0.6f)));
    ImGui::Begin("Ranks##ranklist", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar);
    colouredWrapped(theme().panelHeading,
                    tr(Tx::MetricYear, lang,
                       {m.labelIn(lang == UiLanguage::Zh), std::to_string(st.ranking->year)}));
    dimWrapped(tr(m.scale == MetricScale::Index ? Tx::IndexScoreNote : Tx::RankNote, lang));
    std::set<std::string> sourceIds;
    for (const RankBadge& b : st.badges) {
        const City& c = ds.cities[b.city];
        wrapped(b.text + "  " + cityTitle(c.nameZh, c.nameEn));
        for (const auto& id : b.value->sources)
            sourceIds.insert(id);
    }
    sourceList(cardSources(ds, std::vector<std::string>(sourceIds.begin(), sourceIds.end())), lang);
    frame.recordWindow();
    ImGui::End();
}

} // namespace aimap
