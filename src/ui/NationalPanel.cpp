#include "ui/NationalPanel.hpp"

#include "core/data/CityCard.hpp"
#include "core/data/Format.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

namespace aimap {
NationalIntents drawNational(const NationalState& st, PanelFrame& frame) {
    NationalIntents out;
    if (!st.show || !st.dataset)
        return out;
    const Dataset& ds = *st.dataset;
    const NationalSummary& n = ds.national;
    const float s = frame.uiScale;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(640 * s, io.DisplaySize.x * 0.8f),
                                    std::min(520 * s, io.DisplaySize.y * 0.8f)),
                             ImGuiCond_Appearing);
    bool open = true;
    ImGui::Begin("National figures###national", &open, ImGuiWindowFlags_NoCollapse);
    if (!n.title.empty())
        colouredWrapped(theme().panelHeading, n.title);
    if (!n.note.empty())
        dimWrapped(n.note);
    for (const NationalFigure& f : n.figures) {
        ImGui::Separator();
        wrapped(f.label + (f.scope.empty() ? "" : " (" + f.scope + ")") + ", " +
                (f.period.empty() ? std::to_string(f.year) : f.period) + ": " +
                formatValue(f.value, f.unit, f.qualifier.empty() ? "=" : f.qualifier));
        if (!f.asPublished.empty())
            dimWrapped("published as: \"" + f.asPublished + "\"");
        if (f.yoyGrowthPct)
            dimWrapped(formatGrowth(*f.yoyGrowthPct) + " year on year, as published");
        if (!f.notes.empty())
            dimWrapped("note: " + f.notes);
        sourceList(cardSources(ds, f.sources));
    }
    if (!ds.quotations.empty()) {
        ImGui::Separator();
        colouredWrapped(theme().panelHeading, "As published (quotations, not closed lists)");
        for (const Quotation& q : ds.quotations) {
            wrapped("\xE2\x80\x9C" + q.text + "\xE2\x80\x9D"); // “ ”
            std::string named = "names:";
            for (std::size_t c : q.cities)
                named += " " + cityTitle(ds.cities[c].nameZh, ds.cities[c].nameEn) + ";";
            if (!named.empty() && named.back() == ';')
                named.pop_back();
            dimWrapped(named);
            if (!q.note.empty())
                dimWrapped("note: " + q.note);
            sourceList(cardSources(ds, q.sources));
        }
    }
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
