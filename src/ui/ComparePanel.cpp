#include "ui/ComparePanel.hpp"

#include "core/data/Format.hpp"
#include "core/view/SectorBars.hpp"
#include "ui/BarShape.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

std::string sourceIds(const std::vector<std::string>& ids) {
    std::string s;
    for (const std::string& id : ids)
        s += (s.empty() ? "[" : ", ") + id;
    return s.empty() ? s : s + "]";
}

// A pin's number in a disc of its colour, `d` pixels wide, at `p` (top left).
void badgeAt(ImDrawList* dl, ImVec2 p, float d, std::size_t slot) {
    const ImVec2 c(p.x + d / 2, p.y + d / 2);
    dl->AddCircleFilled(c, d / 2, toImU32(pinColour(slot)), 24);
    const std::string n = std::to_string(slot + 1);
    const ImVec2 t = ImGui::CalcTextSize(n.c_str());
    dl->AddText(ImVec2(std::round(c.x - t.x / 2), std::round(c.y - t.y / 2)), IM_COL32_WHITE,
                n.c_str());
}

void badge(std::size_t slot) {
    const float d = ImGui::GetTextLineHeight();
    badgeAt(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), d, slot);
    ImGui::Dummy(ImVec2(d, d));
}

void figureTooltip(const ComparePin& pin, const CompareFigure& f, UiLanguage lang, float s) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(420 * s);
    ImGui::TextUnformatted(pin.name.c_str());
    if (!f.present) {
        ImGui::TextUnformatted(tr(Tx::NoFigureAbsent, lang));
    } else {
        ImGui::TextUnformatted(f.text.c_str());
        if (f.qualifier == ">")
            dimWrapped(tr(Tx::LowerBound, lang));
        else if (f.qualifier == "<")
            dimWrapped(tr(Tx::UpperBound, lang));
        else if (f.qualifier == "~")
            dimWrapped(tr(Tx::Approximate, lang));
        if (!f.period.empty())
            dimWrapped(tr(Tx::ComparePeriod, lang, {f.period}));
        if (!f.asPublished.empty())
            dimWrapped(tr(Tx::CompareAsPublished, lang, {f.asPublished}));
        if (f.sources.empty())
            colouredWrapped(theme().panelUnsourced, tr(Tx::Unsourced, lang));
        else
            dimWrapped(sourceIds(f.sources));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// Bars: a group per year (or sector), a row per pin in its colour, one axis for the chart; the
// value as published and its sources after each bar; "n/a" where a city has no figure.
void barChart(const CompareModel& model, const CompareChart& c, float s, UiLanguage lang,
              std::optional<CompareHover>& hover) {
    const Theme& t = theme();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float lineH = ImGui::GetTextLineHeight();
    const float rowH = lineH + 4 * s;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = 6 * s;
    float groupW = 0, valueW = 0;
    for (const CompareGroup& g : c.groups) {
        groupW = std::max(groupW, ImGui::CalcTextSize(g.label.c_str()).x);
        for (const CompareFigure& f : g.figures) {
            const std::string v = f.present ? f.text + " " + sourceIds(f.sources)
                                            : std::string(tr(Tx::NotAvailable, lang));
            valueW = std::max(valueW, ImGui::CalcTextSize(v.c_str()).x);
        }
    }
    groupW = std::min(groupW, 0.3f * avail);
    const float markerW = lineH / 2 + 2 * s;
    const float x0off = groupW + gap + lineH + gap; // group label, badge
    const float barW =
        std::max(0.3f * avail, avail - x0off - std::min(valueW, 0.45f * avail) - markerW - gap);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    for (std::size_t gi = 0; gi < c.groups.size(); ++gi) {
        const CompareGroup& g = c.groups[gi];
        ImGui::PushID(static_cast<int>(gi));
        // A row per city with a figure; those without share one row: their numbers and "n/a".
        std::vector<std::size_t> rows, absent;
        for (const std::size_t p : g.order)
            (g.figures[p].present ? rows : absent).push_back(p);
        for (std::size_t k = 0; k <= rows.size(); ++k) {
            if (k == rows.size() && absent.empty())
                break;
            const bool naRow = k == rows.size();
            const std::size_t p = naRow ? absent.front() : rows[k];
            const CompareFigure& f = g.figures[p];
            const ComparePin& pin = model.pins[p];
            ImGui::PushID(naRow ? -1 : static_cast<int>(p));
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::InvisibleButton("row", ImVec2(avail, rowH));
            const bool hovered = ImGui::IsItemHovered();
            if (hovered)
                dl->AddRectFilled(at, ImVec2(at.x + avail, at.y + rowH), toImU32(t.panelFrame));
            const float ty = at.y + (rowH - lineH) / 2;
            if (k == 0) {
                dl->PushClipRect(at, ImVec2(at.x + groupW, at.y + rowH), true);
                dl->AddText(ImVec2(at.x, ty), toImU32(t.panelText), g.label.c_str());
                dl->PopClipRect();
            }
            const float x0 = at.x + x0off;
            if (naRow) {
                float x = at.x + groupW + gap;
                for (const std::size_t q : absent) {
                    badgeAt(dl, ImVec2(x, ty), lineH, model.pins[q].slot);
                    x += lineH + 2 * s;
                }
                dl->AddText(ImVec2(std::max(x0, x + gap / 2), ty), toImU32(t.panelTextDim),
                            tr(Tx::NotAvailable, lang));
                if (hovered) {
                    ImGui::BeginTooltip();
                    for (const std::size_t q : absent)
                        ImGui::TextUnformatted(model.pins[q].name.c_str());
                    ImGui::TextUnformatted(tr(Tx::NoFigureAbsent, lang));
                    ImGui::EndTooltip();
                }
                ImGui::PopID();
                continue;
            }
            badgeAt(dl, ImVec2(at.x + groupW + gap, ty), lineH, pin.slot);
            float textX = x0;
            ChartBar bar;
            bar.value = f.value;
            bar.qualifier = f.qualifier;
            const BarGeometry geo = barGeometry(bar, c.axisMax, x0, barW);
            if (geo.drawn)
                textX = drawBarShape(dl, geo, at.y + 3 * s, at.y + rowH - 3 * s,
                                     pinColour(pin.slot), t.panelText, s, markerW);
            dl->AddText(ImVec2(textX + gap / 2, ty), toImU32(t.panelText), f.text.c_str());
            const float w = ImGui::CalcTextSize(f.text.c_str()).x;
            const std::string ids = sourceIds(f.sources);
            dl->AddText(ImVec2(textX + gap / 2 + w + gap, ty),
                        toImU32(ids.empty() ? t.panelUnsourced : t.panelTextDim),
                        ids.empty() ? tr(Tx::Unsourced, lang) : ids.c_str());
            if (hovered) {
                figureTooltip(pin, f, lang, s);
                hover = CompareHover{pin.city, c.id, g.year}; // Ctrl+C copies it
            }
            ImGui::PopID();
        }
        ImGui::PopID();
        if (gi + 1 < c.groups.size())
            ImGui::Dummy(ImVec2(1, 3 * s));
    }
    // The axis: one baseline at zero for every bar of the chart.
    const float bottom = ImGui::GetCursorScreenPos().y;
    dl->AddLine(ImVec2(top.x + x0off - 1, top.y), ImVec2(top.x + x0off - 1, bottom),
                toImU32(t.panelTextDim), 1.0f * s);
    dimWrapped(tr(Tx::CompareOneAxis, lang, {c.axisText}));
}

// Ranks and index scores: a list per year in order (rank 1, or the highest score, at the top),
// the value as published, never a length.
void orderedList(const CompareModel& model, const CompareChart& c, float s, UiLanguage lang,
                 std::optional<CompareHover>& hover) {
    for (std::size_t gi = 0; gi < c.groups.size(); ++gi) {
        const CompareGroup& g = c.groups[gi];
        ImGui::PushID(static_cast<int>(gi));
        if (ImGui::BeginTable("list", 4, ImGuiTableFlags_SizingFixedFit)) {
            for (std::size_t k = 0; k < g.order.size(); ++k) {
                const std::size_t p = g.order[k];
                const CompareFigure& f = g.figures[p];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(k == 0 ? g.label.c_str() : "");
                ImGui::TableNextColumn();
                badge(model.pins[p].slot);
                ImGui::TableNextColumn();
                if (f.present)
                    ImGui::TextUnformatted(f.text.c_str());
                else
                    ImGui::TextDisabled("%s", tr(Tx::NotAvailable, lang));
                if (ImGui::IsItemHovered()) {
                    figureTooltip(model.pins[p], f, lang, s);
                    if (f.present)
                        hover = CompareHover{model.pins[p].city, c.id, g.year};
                }
                ImGui::TableNextColumn();
                const std::string ids = sourceIds(f.sources);
                ImGui::TextDisabled("%s", (model.pins[p].name + "  " + ids).c_str());
            }
            ImGui::EndTable();
        }
        ImGui::PopID();
    }
    dimWrapped(
        tr(c.kind == CompareKind::Ranks ? Tx::CompareRanksNote : Tx::CompareScoresNote, lang));
}

void targets(const CompareModel& model, const CompareChart& c, UiLanguage lang) {
    if (c.targets.empty())
        return;
    dimWrapped(tr(Tx::CompareTargetsHead, lang));
    for (const CompareTarget& t : c.targets) {
        badge(model.pins[t.pin].slot);
        ImGui::SameLine();
        dimWrapped(model.pins[t.pin].name + "  " + t.text + "  " + sourceIds(t.sources));
    }
}

void chart(const CompareModel& model, const CompareChart& c, float s, UiLanguage lang,
           std::optional<CompareHover>& hover) {
    ImGui::PushID(c.id.c_str());
    ImGui::Separator();
    colouredWrapped(theme().panelHeading, c.title);
    if (c.kind == CompareKind::Bars && !c.groups.empty())
        barChart(model, c, s, lang, hover);
    else if (!c.groups.empty())
        orderedList(model, c, s, lang, hover);
    targets(model, c, lang);
    ImGui::PopID();
}

// The pinned cities: number, name, "Unpin"; then "Clear".
void pinRow(const ComparePanelState& st, ComparePanelIntents& out, UiLanguage lang) {
    const CompareModel& m = *st.model;
    for (const ComparePin& p : m.pins) {
        ImGui::PushID(p.id.c_str());
        badge(p.slot);
        ImGui::SameLine();
        ImGui::TextUnformatted(p.name.c_str());
        if (st.controls) {
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(Tx::CompareUnpinButton, lang)))
                out.unpin = p.id;
        }
        ImGui::PopID();
    }
    if (st.controls && ImGui::Button(tr(Tx::CompareClear, lang)))
        out.clear = true;
}

} // namespace

float comparePanelWidth(float displayWidth, float uiScale, bool cardOpen) {
    return cardOpen ? std::min(440.0f * uiScale, displayWidth * 0.30f)
                    : std::min(560.0f * uiScale, displayWidth * 0.40f);
}

ComparePanelIntents drawComparePanel(const ComparePanelState& st, PanelFrame& frame) {
    ComparePanelIntents out;
    if (!st.model || st.model->pins.size() < 2)
        return out;
    const CompareModel& m = *st.model;
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    const float margin = panelMargin(s);
    const float width = comparePanelWidth(io.DisplaySize.x, s, st.cardOpen);
    const float right =
        st.cardOpen ? io.DisplaySize.x - margin - cityCardWidth(io.DisplaySize.x, s) - margin
                    : io.DisplaySize.x - margin;
    ImGui::SetNextWindowPos(ImVec2(right, margin), ImGuiCond_Always, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(1e6f, io.DisplaySize.y - 2 * margin));
    const std::string title =
        tr(Tx::CompareTitle, lang, {std::to_string(m.pins.size())}) + "###compare";
    ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse);
    pinRow(st, out, lang);
    if (m.metrics.empty() && m.sectors.empty())
        wrapped(tr(Tx::CompareNoShared, lang));
    for (const CompareChart& c : m.metrics)
        chart(m, c, s, lang, out.hovered);
    if (!m.sectors.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted(tr(Tx::CompareSectorsHead, lang));
        for (const CompareChart& c : m.sectors)
            chart(m, c, s, lang, out.hovered);
    }
    std::string only;
    for (std::size_t p = 0; p < m.pins.size() && p < m.onlyHere.size(); ++p)
        if (m.onlyHere[p] > 0)
            only += (only.empty() ? "" : tr(Tx::NameSeparator, lang)) + m.pins[p].name + " " +
                    std::to_string(m.onlyHere[p]);
    ImGui::Separator();
    if (!only.empty())
        dimWrapped(tr(Tx::CompareOnlyHere, lang, {only}));
    if (st.controls)
        dimWrapped(tr(Tx::CompareHint, lang));
    const ImVec2 a = ImGui::GetWindowPos(), b = ImGui::GetWindowSize();
    out.rect = {{a.x, a.y}, {a.x + b.x, a.y + b.y}};
    frame.recordWindow();
    ImGui::End();
    return out;
}

} // namespace aimap
