#include "ui/NationalPanel.hpp"

#include "core/data/CityCard.hpp"
#include "core/data/Format.hpp"
#include "ui/PanelStyle.hpp"
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
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    bool open = true;
    const std::string title = std::string(tr(Tx::NationalFigures, lang)) + "###national";
    if (st.docked) {
        beginCard(title, frame, open);
    } else {
        ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2),
                                ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(std::min(640 * s, io.DisplaySize.x * 0.8f),
                                        std::min(520 * s, io.DisplaySize.y * 0.8f)),
                                 ImGuiCond_Appearing);
        ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse);
    }
    if (!n.title.empty())
        colouredWrapped(theme().panelHeading, n.title);
    if (!n.note.empty())
        dimWrapped(n.note);
    for (const NationalFigure& f : n.figures) {
        ImGui::Separator();
        wrapped(nationalFigureLine(f, lang));
        if (!f.asPublished.empty())
            dimWrapped(tr(Tx::PublishedQuote, lang, {f.asPublished}));
        if (f.yoyGrowthPct)
            dimWrapped(tr(Tx::YearOnYear, lang, {formatGrowth(*f.yoyGrowthPct)}));
        if (!f.notes.empty())
            dimWrapped(tr(Tx::Note, lang, {f.notes}));
        sourceList(cardSources(ds, f.sources), lang);
    }
    if (!ds.quotations.empty()) {
        ImGui::Separator();
        colouredWrapped(theme().panelHeading, tr(Tx::AsPublishedQuotations, lang));
        for (const Quotation& q : ds.quotations) {
            wrapped("\xE2\x80\x9C" + q.text + "\xE2\x80\x9D"); // “ ”
            dimWrapped(quotationNamesLine(ds, q, lang));
            if (!q.note.empty())
                dimWrapped(tr(Tx::Note, lang, {q.note}));
            sourceList(cardSources(ds, q.sources), lang);
        }
    }
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
