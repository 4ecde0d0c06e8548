#include "ui/ClusterCardPanel.hpp"

#include "core/data/Format.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <cmath>

namespace aimap {
namespace {

void sectorMix(const ClusterCardModel& c) {
    if (c.sectors.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted("By sector (weight split evenly for members in two sectors)");
    const Theme& t = theme();
    if (ImGui::BeginTable("clustersectors", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& r : c.sectors) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float h = ImGui::GetTextLineHeight();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.15f),
                                                      ImVec2(p.x + h * 0.7f, p.y + h * 0.85f),
                                                      toImU32(t.sectorColours[r.sector]));
            ImGui::Dummy(ImVec2(h * 0.8f, h));
            ImGui::SameLine();
            wrapped(r.nameZh + " " + r.nameEn);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(formatValue(r.weight, c.unit).c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::Text("%.1f%%", 100.0 * r.share);
        }
        ImGui::EndTable();
    }
    if (c.unassignedShare > 0.0005)
        dimWrapped("no sector given: " +
                   std::to_string(static_cast<int>(std::round(1000 * c.unassignedShare)) / 10.0)
                       .substr(0, 4) +
                   "%");
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
    beginCard("Cluster: " + labelText(c.title) + "###clustercard", frame.uiScale, false, open);
    out.close = !open;
    wrapped(c.metricLabel + ", " + std::to_string(c.year) + ": " + c.sumText);
    dimWrapped("The sum of the figures of its " + c.title + " (" + c.unit +
               "); the circle has the area of that sum on the map's scale.");
    if (c.expansionZoom >= 0 && ImGui::Button("Zoom in to split it"))
        out.expand = true;
    ImGui::SameLine();
    ImGui::TextDisabled("(or double-click it)");
    sectorMix(c);
    largestMembers(c);
    memberSources(c, *st.dataset);
    frame.recordWindow();
    ImGui::End();
    return out;
}

} // namespace aimap
