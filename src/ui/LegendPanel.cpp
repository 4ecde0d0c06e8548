#include "ui/LegendPanel.hpp"

#include "core/data/Format.hpp"
#include "core/data/SectorFilter.hpp"
#include "core/data/Sectors.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

// Where the circles are drawn: `pad` pixels in from the left, centred on a column `rMax` wide.
struct Column {
    float rMax;
    float pad;
};

// Nested circles sharing a bottom point, each labelled at its top with a leader line.
void nestedCircles(const SymbolScale& sc, const Metric& m, const std::vector<double>& values,
                   Column col, float labelW, float s, UiLanguage lang) {
    const Theme& t = theme();
    const float rMax = col.rMax;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 bottom(origin.x + col.pad + rMax, origin.y + col.pad + 2 * rMax);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (double v : values) {
        const float r = static_cast<float>(sc.radius(v));
        const ImVec2 c(bottom.x, bottom.y - r);
        dl->AddCircleFilled(c, r, toImU32(t.markerFill), 64);
        dl->AddCircle(c, r, toImU32(t.markerOutline), 64, 1.2f * s);
        const float ty = bottom.y - 2 * r;
        dl->AddLine(ImVec2(c.x, ty), ImVec2(bottom.x + rMax + 6 * s, ty), toImU32(t.legendLeader),
                    1.0f);
        const std::string label = formatValue(v, m.unit, "=", lang);
        dl->AddText(ImVec2(bottom.x + rMax + 9 * s, ty - ImGui::GetTextLineHeight() / 2),
                    toImU32(t.panelText), label.c_str());
    }
    ImGui::Dummy(ImVec2(2 * rMax + labelW + col.pad, 2 * rMax + 2 * col.pad));
}

// The hollow ring for missing values, after a Dummy of the circles' column.
void missingRing(Column col, float s, UiLanguage lang) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 q = ImGui::GetCursorScreenPos();
    dl->AddCircle(ImVec2(q.x + col.pad + col.rMax, q.y + h / 2), 3.5f * s,
                  toImU32(theme().markerMissing), 24, 1.2f * s); // as on the map
    ImGui::Dummy(ImVec2(2 * col.rMax + 2 * col.pad, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(Tx::NoFigureThisYear, lang));
}

// "3 of 20 cities have this figure for 2020": how much of the map the figure covers.
void coverageLine(const LegendState& st, UiLanguage lang) {
    if (st.cities == 0)
        return;
    const bool one = st.citiesWithFigure == 1;
    const Tx text = st.cities == 1 ? (one ? Tx::CoverageCityHas : Tx::CoverageCityHave)
                                   : (one ? Tx::CoverageCitiesHas : Tx::CoverageCitiesHave);
    dimWrapped(tr(text, lang,
                  {formatThousands(static_cast<double>(st.citiesWithFigure)),
                   formatThousands(static_cast<double>(st.cities)),
                   st.compact ? std::string() // the title has the year
                              : tr(Tx::CoverageForYear, lang, {std::to_string(st.year)})}));
}

// Counts are whole: when the minimum dot stands for less than 1, no count is drawn as it.
bool hasMinimumDot(const SymbolScale& sc, const Metric& m) {
    return !(m.unit == "count" && sc.minDotValue() < 1);
}

// The minimum dot in the circles' column, after a Dummy of the column's width; returns its value
// rounded up to two significant digits (the legend states a bound, not a measurement).
std::string minimumDot(const SymbolScale& sc, const Metric& m, Column col, UiLanguage lang) {
    const Theme& t = theme();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 c(p.x + col.pad + col.rMax, p.y + h / 2);
    const float r = static_cast<float>(sc.minDotPx());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(c, r, toImU32(t.markerFill), 16);
    dl->AddCircle(c, r, toImU32(t.markerOutline), 16, 1.0f);
    ImGui::Dummy(ImVec2(2 * col.rMax + 2 * col.pad, h));
    ImGui::SameLine();
    const double minDot = sc.minDotValue();
    const double step = minDot > 0 ? std::pow(10.0, std::floor(std::log10(minDot)) - 1) : 1;
    return formatValue(std::ceil(minDot / step) * step, m.unit, "=", lang);
}

// The minimum dot and the hollow ring for missing values.
void dotAndRing(const SymbolScale& sc, const Metric& m, Column col, float s, UiLanguage lang) {
    if (hasMinimumDot(sc, m))
        ImGui::TextUnformatted(tr(Tx::MinimumDot, lang, {minimumDot(sc, m, col, lang)}).c_str());
    missingRing(col, s, lang);
}

// The compact legend's one line for the minimum dot and the missing ring; each explained on
// hover.
void dotAndRingRow(const SymbolScale& sc, const Metric& m, Column col, float s, UiLanguage lang) {
    const float h = ImGui::GetTextLineHeight();
    if (hasMinimumDot(sc, m)) {
        ImGui::TextUnformatted(("< " + minimumDot(sc, m, col, lang)).c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(Tx::MinimumDotHover, lang));
        ImGui::SameLine(0, 16 * s);
    }
    const ImVec2 q = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircle(ImVec2(q.x + 3.5f * s, q.y + h / 2), 3.5f * s,
                                          toImU32(theme().markerMissing), 24, 1.2f * s);
    ImGui::Dummy(ImVec2(7 * s, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(Tx::NoFigure, lang));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(Tx::NoFigureHover, lang));
}

// What a grey cluster circle and (for enterprise tables) its ring of sector colours mean.
void clusterKey(float pad, float s, bool compact, UiLanguage lang) {
    const Theme& t = theme();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 c(p.x + pad + h / 2, p.y + h / 2);
    dl->AddCircleFilled(c, h * 0.45f, toImU32(t.clusterFill), 24);
    dl->AddCircle(c, h * 0.45f, toImU32(t.clusterOutline), 24, 1.2f * s);
    ImGui::Dummy(ImVec2(h + 2 * pad, h));
    ImGui::SameLine();
    const char* full = tr(Tx::ClusterKey, lang);
    if (!compact) {
        wrapped(full);
        return;
    }
    ImGui::TextUnformatted(tr(Tx::ClusterKeyShort, lang));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", full);
}

// The sector key: a swatch and a name for each sector of the ring (the sectors summed that occur
// in the data), flowing in lines no wider than `width`. Where that would need more than `room`
// pixels of height (the legend shares the left edge with the control panel), one row of swatches
// named on hover, the names being listed under "Sectors summed" in the panel too.
void sectorKey(const LegendState& st, float width, float room, float s, UiLanguage lang) {
    const Theme& t = theme();
    const unsigned short shown = st.sectorsPresent & st.dataset->sectorFilter;
    if (!shown)
        return;
    const float h = ImGui::GetTextLineHeight();
    const float rowH = ImGui::GetTextLineHeightWithSpacing();
    const float gap = 10 * s;
    struct Item {
        std::size_t sector;
        std::string name;
        bool newLine;
    };
    std::vector<Item> items;
    float x = 0;
    int lines = 0;
    for (std::size_t k = 0; k < kSectorCount; ++k) {
        const auto bitK = static_cast<unsigned short>(1u << k);
        if (!(shown & bitK))
            continue;
        std::string name = sectorNames(bitK, static_cast<int>(st.labels));
        const float w = h * 0.9f + ImGui::CalcTextSize(name.c_str()).x;
        const bool newLine = x == 0 || x + gap + w > width;
        x = newLine ? w : x + gap + w;
        lines += newLine;
        items.push_back({k, std::move(name), newLine});
    }
    // One line costs the same; with a card open (st.compact) the key is always one row.
    const bool compact = lines > 1 && (st.compact || (lines + 1) * rowH > room);
    // With a card open the swatches follow on the same line.
    ImGui::TextUnformatted(tr(st.compact ? Tx::RingShort
                              : compact  ? Tx::RingCompact
                                         : Tx::RingFull,
                              lang));
    if (st.compact && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(Tx::RingHover, lang));
    for (std::size_t i = 0; i < items.size(); ++i) {
        if ((i > 0 || st.compact) && (compact || !items[i].newLine))
            ImGui::SameLine(0, compact ? h * 0.2f : gap);
        const ImVec2 q = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(q.x, q.y + h * 0.15f),
                                                  ImVec2(q.x + h * 0.7f, q.y + h * 0.85f),
                                                  toImU32(t.sectorColours[items[i].sector]));
        ImGui::Dummy(ImVec2(h * 0.8f, h));
        if (compact) {
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", items[i].name.c_str());
            continue;
        }
        ImGui::SameLine(0, h * 0.1f);
        ImGui::TextUnformatted(items[i].name.c_str());
    }
}

// The pilot-zone symbols shown, as on the map: "13 of 18 approved by the end of 2020".
void zoneKey(const LegendState& st, float pad, float s, UiLanguage lang) {
    const Theme& t = theme();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    const float pi = 3.14159265f;
    for (const auto& z : st.zones) {
        const Programme& prog = st.dataset->programmes[z.programme];
        const ZoneShape shape = zoneShape(z.programme);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 c(p.x + pad + h / 2, p.y + h / 2);
        const float r = std::min(static_cast<float>(shape.radiusPx) * s, h * 0.6f);
        ImVec2 pts[8];
        for (int k = 0; k < shape.sides && k < 8; ++k) {
            const float a = static_cast<float>(shape.rotation) + 2 * pi * k / shape.sides;
            pts[k] = ImVec2(c.x + r * std::sin(a), c.y - r * std::cos(a));
        }
        dl->AddPolyline(pts, shape.sides,
                        toImU32(t.zoneColours[std::min<std::size_t>(z.programme, 2)]),
                        ImDrawFlags_Closed, 2.5f * s);
        ImGui::Dummy(ImVec2(h + 2 * pad, h));
        ImGui::SameLine();
        const std::string full =
            tr(z.count.approved < z.count.total ? Tx::ZoneCountFaint : Tx::ZoneCount, lang,
               {programmeShortName(prog), std::to_string(z.count.approved),
                std::to_string(z.count.total), std::to_string(st.year)});
        if (!st.compact) {
            wrapped(full);
            continue;
        }
        // With a card open: "MOST 13 of 18", the rest on hover.
        ImGui::TextUnformatted(tr(Tx::ZoneCountShort, lang,
                                  {programmeShortName(prog), std::to_string(z.count.approved),
                                   std::to_string(z.count.total)})
                                   .c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", full.c_str());
    }
}

} // namespace

void drawLegend(const LegendState& st, PanelFrame& frame) {
    if (!st.scale)
        return;
    const Metric& m = st.dataset->metrics[st.metric];
    const SymbolScale& sc = *st.scale;
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    // Regression (issue 13): circles of "0.25" and "0.05" enterprises for a count whose largest
    // figure is small. Counts are whole: no circle below 1.
    // Regression (issue 14): the legend grew with the zoom (30% of the width at zoom 3). Its
    // circles keep the map's scale but the largest fits in 64 px (at UI scale 1).
    // With a card open (compact) the largest fits in 32 px: same scale, smaller values.
    // Regression (issue 13): circles of "0.25" and "0.05" enterprises; and "2.5" firms in the
    // compact legend: counts are whole.
    const double capPx = (st.compact ? 32.0 : 64.0) * s;
    const auto values = m.unit == "count" ? sc.legendCounts(3, capPx) : sc.legendValues(3, capPx);
    const Column col{values.empty() || st.metricMax <= 0
                         ? 10.0f * s
                         : static_cast<float>(sc.radius(values.front())),
                     6 * s};
    const float labelW = 110 * s;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(12 * s, io.DisplaySize.y - 12 * s), ImGuiCond_Always,
                            ImVec2(0, 1));
    // Never over the control panel (the frame's first window): below it, the legend scrolls.
    if (!frame.rects.empty())
        ImGui::SetNextWindowSizeConstraints(
            ImVec2(0, 0),
            ImVec2(1e6f, std::max(80 * s, io.DisplaySize.y - 12 * s -
                                              static_cast<float>(frame.rects.front().max.y) -
                                              8 * s)));
    ImGui::Begin("Legend##legend", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar);
    const std::string title = tr(
        Tx::MetricYear, lang,
        {labelWithUnit(m.labelIn(lang == UiLanguage::Zh), m.unit, lang), std::to_string(st.year)});
    ImGui::PushTextWrapPos(std::max(2 * col.rMax + labelW, 260 * s));
    wrapped(title);
    coverageLine(st, lang);
    ImGui::PopTextWrapPos();
    const char* proportional = tr(Tx::CircleAreaNote, lang);
    if (st.metricMax > 0 && st.compact) {
        nestedCircles(sc, m, values, col, labelW, s, lang);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s\n%s", proportional, st.scaleNote.c_str());
        dotAndRingRow(sc, m, col, s, lang);
    } else if (st.metricMax > 0) {
        nestedCircles(sc, m, values, col, labelW, s, lang);
        dotAndRing(sc, m, col, s, lang);
        dimWrapped(proportional);
        if (!st.scaleNote.empty())
            dimWrapped(st.scaleNote);
    } else {
        // Regression (issue 13): circles of 1, 0.25 and 0.05 and a "< 0" minimum dot for a
        // metric whose figures are all 0, which the map draws as no circle at all.
        wrapped(tr(Tx::AllZeroNote, lang));
        missingRing(col, s, lang);
    }
    if (st.clustersShown)
        clusterKey(col.pad, s, st.compact, lang);
    if (st.previousRings)
        ImGui::TextDisabled("%s", tr(Tx::LegendPreviousRing, lang));
    zoneKey(st, col.pad, s, lang);
    if (st.choropleth)
        drawChoroplethKey(*st.choropleth, std::max(2 * col.rMax + labelW, 260 * s), s, lang);
    // What the circles sum when some sectors only are chosen, and the sector key. Both share
    // the left edge with the control panel: where the full key and note would run into it, the
    // key is one row of swatches and the note one line, each explained on hover.
    const std::string summed =
        sectorFilterNote(*st.dataset, st.metric, static_cast<int>(st.labels), lang);
    const float width = std::max(2 * col.rMax + labelW + col.pad, 260 * s);
    float above = 0; // the lowest edge of the panels drawn so far above the legend
    for (const Box& r : frame.rects)
        if (r.min.x < 12 * s + width)
            above = std::max(above, static_cast<float>(r.max.y));
    const float room = io.DisplaySize.y - 12 * s - above - 8 * s - ImGui::GetCursorPosY() -
                       ImGui::GetStyle().WindowPadding.y;
    const float noteH =
        summed.empty() ? 0 : ImGui::CalcTextSize(summed.c_str(), nullptr, false, width).y;
    const bool shortNote = noteH > 0 && noteH > room - 2 * ImGui::GetTextLineHeightWithSpacing();
    if (st.clustersShown && st.sectorRing)
        sectorKey(st, width, room - (shortNote ? ImGui::GetTextLineHeightWithSpacing() : noteH), s,
                  lang);
    if (summed.empty()) {
    } else if (!shortNote) {
        dimWrapped(summed);
    } else {
        ImGui::TextDisabled("%s", tr(Tx::WhatCirclesShow, lang));
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(420 * s);
            ImGui::TextUnformatted(summed.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    frame.recordWindow();
    ImGui::End();
}

} // namespace aimap
