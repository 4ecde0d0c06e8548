#include "ui/SectorChart.hpp"

#include "core/view/SectorBars.hpp"
#include "ui/BarShape.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace aimap {
namespace {

Rgba withAlpha(Rgba c, std::uint8_t a) {
    c.a = a;
    return c;
}

void barTooltip(const SectorChartModel& chart, const ChartBar& bar, int labelMode, float s,
                UiLanguage lang) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(420 * s);
    ImGui::TextUnformatted(barLabel(bar, labelMode).c_str());
    const std::string unit = chart.unitInTitle && chart.unit != "count" ? " " + chart.unit : "";
    const std::string value = bar.valueText + unit;
    ImGui::TextUnformatted((bar.absent   ? std::string(tr(Tx::NoFigureAbsent, lang))
                            : bar.target ? tr(Tx::Target, lang, {value})
                                         : value)
                               .c_str());
    dimWrapped(chart.title);
    if (bar.qualifier == ">")
        dimWrapped(tr(Tx::LowerBound, lang));
    else if (bar.qualifier == "<")
        dimWrapped(tr(Tx::UpperBound, lang));
    else if (bar.qualifier == "~")
        dimWrapped(tr(Tx::Approximate, lang));
    if (bar.excluded)
        dimWrapped(tr(Tx::NotSummedNow, lang));
    sourceList(bar.sources, lang);
    if (bar.partlyUnsourced)
        colouredWrapped(theme().panelUnsourced, tr(Tx::PartlyUnsourced, lang));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace

void drawSectorChart(const SectorChartModel& chart, int labelMode, float s, UiLanguage lang) {
    ImGui::PushID(chart.id.c_str());
    colouredWrapped(theme().panelHeading, chart.title);
    const Theme& t = theme();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float lineH = ImGui::GetTextLineHeight();
    const float rowH = lineH + 6 * s;
    const float avail = ImGui::GetContentRegionAvail().x;
    // Columns: label | bar | value. Labels take what they need up to 40% of the width; values
    // what the longest needs; bars the rest (never less than a quarter of the width).
    float labelW = 0, valueW = 0;
    for (const auto& b : chart.bars) {
        labelW = std::max(labelW, ImGui::CalcTextSize(barLabel(b, labelMode).c_str()).x);
        const std::string v = b.target ? tr(Tx::TargetShort, lang, {b.valueText}) : b.valueText;
        valueW = std::max(valueW, ImGui::CalcTextSize(v.c_str()).x);
    }
    const float gap = 8 * s;
    const float markerW = lineH / 2 + 4 * s; // the arrowhead of a lower bound
    labelW = std::min(labelW, 0.4f * avail);
    const float barW = std::max(0.25f * avail, avail - labelW - valueW - markerW - 2 * gap);
    const double scaleMax = chartScaleMax(chart);
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& b = chart.bars[i];
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::InvisibleButton("bar", ImVec2(avail, rowH));
        const bool hovered = ImGui::IsItemHovered();
        if (hovered)
            dl->AddRectFilled(p, ImVec2(p.x + avail, p.y + rowH), toImU32(t.panelFrame));
        const float ty = p.y + (rowH - lineH) / 2;
        const std::string label = barLabel(b, labelMode);
        dl->PushClipRect(p, ImVec2(p.x + labelW, p.y + rowH), true);
        dl->AddText(ImVec2(p.x, ty),
                    toImU32(b.highlighted ? t.panelHeading
                            : b.excluded  ? t.panelTextDim
                                          : t.panelText),
                    label.c_str());
        dl->PopClipRect();
        const float x0 = p.x + labelW + gap;
        const BarGeometry g = barGeometry(b, scaleMax, x0, barW);
        const Rgba colour = t.sectorColours[b.colour % 9];
        const ImVec2 top(g.x0, p.y + 3 * s), bottom(g.x1, p.y + rowH - 3 * s);
        float textX = x0;
        if (g.drawn) {
            // Cited charts dim the other cities so that this one stands out.
            const bool dimmed = std::any_of(chart.bars.begin(), chart.bars.end(),
                                            [](const ChartBar& o) { return o.highlighted; }) &&
                                !b.highlighted;
            const Rgba fill =
                b.excluded ? t.markerMissing : withAlpha(colour, dimmed ? t.dimmedBarAlpha : 255);
            textX = drawBarShape(dl, g, top.y, bottom.y, fill, t.panelText, s, markerW);
            if (b.highlighted)
                dl->AddRect(ImVec2(top.x - 1, top.y - 1), ImVec2(bottom.x + 1, bottom.y + 1),
                            toImU32(t.selection), 0, 0, 2 * s);
        }
        const std::string value = b.absent   ? std::string(tr(Tx::NoFigure, lang))
                                  : b.target ? tr(Tx::TargetShort, lang, {b.valueText})
                                             : b.valueText;
        dl->AddText(ImVec2(textX + gap / 2, ty),
                    toImU32(b.target || b.absent ? t.panelTextDim : t.panelText), value.c_str());
        if (hovered)
            barTooltip(chart, b, labelMode, s, lang);
        ImGui::PopID();
    }
    for (const auto& n : chart.notes)
        dimWrapped(n);
    ImGui::PopID();
}

} // namespace aimap
