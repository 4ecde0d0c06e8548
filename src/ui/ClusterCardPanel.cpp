#include "ui/ClusterCardPanel.hpp"

#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/SectorChart.hpp"
#include "ui/Widgets.hpp"

#include <cmath>

namespace aimap {
namespace {

void sectorCharts(const ClusterCardModel& c, LabelMode labels, float s) {
    for (const auto& chart : c.sectorCharts) {
        ImGui::Separator();
        drawSectorChart(chart, static_cast<int>(labels), s);
    }
}

void largestMembers(const ClusterCardModel& c) {
    ImGui::Separator();
    ImGui::TextUnformatted("Largest members");
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
        dimWrapped("... and " + formatThousands(static_cast<double>(c.otherMembers)) + " more");
}

void memberSources(const ClusterCardModel& c, const Dataset& ds) {
    ImGui::Separator();
    ImGui::TextUnformatted("Sources of the members' figures");
    for (const auto& id : c.sourceIds) {
        const Source* src = ds.source(id);
        dimWrapped("[" + id + "] " +
                   (src ? src->publisher + ", " + src->title + ", " + src->date : ""));
    }
    if (c.unsourcedMembers > 0)
        colouredWrapped(theme().panelWarning,
                        formatThousands(static_cast<double>(c.unsourcedMembers)) +
                            " member(s) unsourced");
}

} // namespace

ClusterCardIntents drawClusterCard(const ClusterCardState& st, PanelFrame& frame) {
    ClusterCardIntents out;
    if (!st.card)
        return out;
    const ClusterCardModel& c = *st.card;
    bool open = true;
    beginCard("Cluster: " + labelText(c.title) + "###clustercard", frame, open);
    out.close = !open;
    wrapped(c.metricLabel + ", " + std::to_string(c.year) + ": " + c.sumText);
    dimWrapped("The sum of the figures of its " + c.title + " (" + c.unit +
               "); the circle has the area of that sum on the map's scale.");
    if (c.expansionZoom >= 0) {
        if (ImGui::Button("Zoom in to split it"))
            out.expand = true;
        // Beside the button where it fits (it was cut at the card's edge in a narrow card).
        const char* hint = "(or double-click it)";
        const ImGuiStyle& style = ImGui::GetStyle();
        if (ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - style.ItemSpacing.x >=
            ImGui::CalcTextSize(hint).x)
            ImGui::SameLine();
        ImGui::TextDisabled("%s", hint);
    }
    // The sum on the map counts the chosen sectors only (the charts grey out the others).
    const std::string summed =
        sectorFilterNote(*st.dataset, st.metric, static_cast<int>(st.labels));
    if (!summed.empty())
        dimWrapped(summed);
    sectorCharts(c, st.labels, frame.uiScale);
    largestMembers(c);
    memberSources(c, *st.dataset);
    frame.recordWindow();
    ImGui::End();
    return out;
}

} // namespace aimap
