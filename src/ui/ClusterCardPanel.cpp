#include "ui/ClusterCardPanel.hpp"

#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/SectorChart.hpp"
#include "ui/Widgets.hpp"

#include <cmath>

namespace aimap {
namespace {

void sectorCharts(const ClusterCardModel& c, LabelMode labels, float s, UiLanguage lang) {
    for (const auto& chart : c.sectorCharts) {
        ImGui::Separator();
        drawSectorChart(chart, static_cast<int>(labels), s, lang);
    }
}

void largestMembers(const ClusterCardModel& c, UiLanguage lang) {
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Tx::LargestMembers, lang));
    if (ImGui::BeginTable("clustermembers", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& mbr : c.topMembers) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            wrapped(mbr.name);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(mbr.valueText.c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::Text("%.1f%%", 100.0 * mbr.share);
        }
        ImGui::EndTable();
    }
    if (c.otherMembers > 0)
        dimWrapped(tr(Tx::AndMore, lang, {formatThousands(static_cast<double>(c.otherMembers))}));
}

void memberSources(const ClusterCardModel& c, const Dataset& ds, UiLanguage lang) {
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Tx::MemberSources, lang));
    for (const auto& id : c.sourceIds)
        dimWrapped(memberSourceLine(ds, id, lang));
    if (c.unsourcedMembers > 0)
        colouredWrapped(theme().panelWarning,
                        tr(Tx::MembersUnsourced, lang,
                           {formatThousands(static_cast<double>(c.unsourcedMembers))}));
}

} // namespace

ClusterCardIntents drawClusterCard(const ClusterCardState& st, PanelFrame& frame) {
    ClusterCardIntents out;
    if (!st.card)
        return out;
    const ClusterCardModel& c = *st.card;
    const UiLanguage lang = frame.language;
    bool open = true;
    beginCard(tr(Tx::ClusterTitle, lang, {labelText(c.title)}) + "###clustercard", frame, open);
    out.close = !open;
    wrapped(tr(Tx::MetricYearValue, lang, {c.metricLabel, std::to_string(c.year), c.sumText}));
    dimWrapped(tr(Tx::ClusterSumNote, lang, {c.title, unitText(c.unit, lang)}));
    if (c.expansionZoom >= 0) {
        if (ImGui::Button((std::string(tr(Tx::ZoomToSplit, lang)) + "###split").c_str()))
            out.expand = true;
        // Beside the button where it fits (it was cut at the card's edge in a narrow card).
        const char* hint = tr(Tx::OrDoubleClick, lang);
        const ImGuiStyle& style = ImGui::GetStyle();
        if (ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - style.ItemSpacing.x >=
            ImGui::CalcTextSize(hint).x)
            ImGui::SameLine();
        ImGui::TextDisabled("%s", hint);
    }
    // The sum on the map counts the chosen sectors only (the charts grey out the others).
    const std::string summed =
        sectorFilterNote(*st.dataset, st.metric, static_cast<int>(st.labels), lang);
    if (!summed.empty())
        dimWrapped(summed);
    sectorCharts(c, st.labels, frame.uiScale, lang);
    largestMembers(c, lang);
    memberSources(c, *st.dataset, lang);
    frame.recordWindow();
    ImGui::End();
    return out;
}

} // namespace aimap
