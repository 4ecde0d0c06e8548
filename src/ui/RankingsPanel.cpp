#include "ui/RankingsPanel.hpp"

#include "core/data/CardText.hpp"
#include "core/data/CityCard.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

namespace aimap {
namespace {

std::string yearText(int y) {
    return std::to_string(y);
}

// The metric, year and "change since" choices, and the export button, on one line each.
void choices(const RankingsPanelState& st, UiLanguage lang, float s, RankingsIntents& out) {
    const Dataset& ds = *st.dataset;
    const RankingTable& t = *st.table;
    const bool zh = lang == UiLanguage::Zh;
    // The metric and the export button on one line, the years on the next: all of it fits the
    // narrowest table (beside a card at 1280x720).
    const std::string exportLabel = std::string(tr(Tx::RankingsExport, lang)) + "###rankexport";
    const float exportW =
        ImGui::CalcTextSize(tr(Tx::RankingsExport, lang)).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SetNextItemWidth(std::max(120 * s, ImGui::GetContentRegionAvail().x - exportW -
                                                  ImGui::GetStyle().ItemSpacing.x));
    if (ImGui::BeginCombo("##rankmetric", labelWithUnit(ds.metrics[t.metric].labelIn(zh),
                                                        ds.metrics[t.metric].unit, lang)
                                              .c_str())) {
        for (std::size_t m : st.metrics) {
            ImGui::PushID(static_cast<int>(m));
            const std::string label =
                labelWithUnit(ds.metrics[m].labelIn(zh), ds.metrics[m].unit, lang);
            if (ImGui::Selectable(label.c_str(), m == t.metric))
                out.metric = m;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::Button(exportLabel.c_str()))
        out.exportCsv = true;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Tx::RankingsYear, lang));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(80 * s);
    if (ImGui::BeginCombo("##rankyear", yearText(t.year).c_str())) {
        for (int y : st.years)
            if (ImGui::Selectable(yearText(y).c_str(), y == t.year))
                out.year = y;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(Tx::RankingsSince, lang));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(120 * s);
    const std::string since =
        t.earlierYear ? yearText(*t.earlierYear) : std::string(tr(Tx::RankingsNoChange, lang));
    if (ImGui::BeginCombo("##ranksince", since.c_str())) {
        for (int y : st.earlier)
            if (ImGui::Selectable(yearText(y).c_str(), t.earlierYear == y))
                out.earlier = std::optional<int>(y);
        if (ImGui::Selectable(tr(Tx::RankingsNoChange, lang), !t.earlierYear))
            out.earlier = std::optional<int>();
        ImGui::EndCombo();
    }
}

const char* columnLabel(RankColumn c, bool published, UiLanguage lang) {
    switch (c) {
    case RankColumn::City:
        return tr(Tx::RankColCity, lang);
    case RankColumn::Value:
        return tr(Tx::RankColValue, lang);
    case RankColumn::Rank:
        return tr(published ? Tx::RankColRank : Tx::RankColPlace, lang);
    case RankColumn::Change:
        return tr(Tx::RankColChange, lang);
    case RankColumn::ChangePct:
        return tr(Tx::RankColChangePct, lang);
    case RankColumn::Sources:
        return tr(Tx::RankColSources, lang);
    case RankColumn::Grade:
        return tr(Tx::RankColGrade, lang);
    }
    return "";
}

} // namespace

RankingsIntents drawRankings(const RankingsPanelState& st, PanelFrame& frame) {
    RankingsIntents out;
    if (!st.dataset || !st.table || st.table->metric >= st.dataset->metrics.size())
        return out;
    const Dataset& ds = *st.dataset;
    const RankingTable& t = *st.table;
    const Metric& m = ds.metrics[t.metric];
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    const ImGuiIO& io = ImGui::GetIO();
    // Right of the panels at the top (the controls, the rank list), over the west of the map.
    float x = 12 * s;
    for (const Box& b : frame.rects)
        if (b.min.y < 40 * s)
            x = std::max(x, static_cast<float>(b.max.x) + 8 * s);
    const float right = st.rightLimit > 0 ? st.rightLimit : io.DisplaySize.x - 12 * s;
    const float w = std::max(320 * s, std::min(820 * s, right - x));
    if (x + w > io.DisplaySize.x - 4 * s) // too narrow beside the panels: below them instead
        x = std::max(4 * s, io.DisplaySize.x - 4 * s - w);
    ImGui::SetNextWindowPos(ImVec2(x, 12 * s), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always); // height 0: fits the content
    if (st.focusNow)
        ImGui::SetNextWindowFocus();
    ImGui::Begin("Rankings##rankings", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoScrollbar |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar |
                     ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        const bool inside = ImGui::IsWindowHovered(ImGuiHoveredFlags_RootAndChildWindows |
                                                   ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
        out.clickedInside = inside;
        out.clickedOutside = !inside;
    }
    colouredWrapped(
        theme().panelHeading,
        tr(Tx::RankingsTitle, lang) + std::string(tr(Tx::ListSeparator, lang)) +
            tr(Tx::MetricYear, lang, {m.labelIn(lang == UiLanguage::Zh), yearText(t.year)}));
    choices(st, lang, s, out);
    dimWrapped(tr(t.ranksPublished ? Tx::RankPublishedNote : Tx::RankPlaceNote, lang,
                  {std::to_string(t.rows.size())}));
    if (!m.definition.empty())
        dimWrapped(m.definition);
    if (t.rows.empty())
        dimWrapped(tr(Tx::RankingsEmpty, lang, {yearText(t.year)}));

    // At most 12 rows in view, the rest scrolls; the header stays.
    const float rowH = ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().CellPadding.y;
    const float tableH =
        rowH * (static_cast<float>(std::min<std::size_t>(t.rows.size(), 12)) + 1.0f) + 2 * s +
        ImGui::GetStyle().ScrollbarSize; // room for the sideways scrollbar
    out.rowRects.assign(t.rows.size(), Box{});
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_NoSavedSettings;
    if (!t.rows.empty() &&
        ImGui::BeginTable("##ranktable", kRankColumnCount, flags, ImVec2(0, tableH))) {
        // Narrow (beside a card) it scrolls sideways rather than cut the last columns off; the
        // header row and the city column stay.
        ImGui::TableSetupScrollFreeze(1, 1);
        for (int c = 0; c < kRankColumnCount; ++c)
            // Every column as wide as its widest cell or header (a stretched name column
            // squeezed the others' headers to "Valu", "Gra").
            ImGui::TableSetupColumn(columnLabel(static_cast<RankColumn>(c), t.ranksPublished, lang),
                                    ImGuiTableColumnFlags_WidthFixed);
        // Headers: a click sorts by the column, a second click reverses it.
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int c = 0; c < kRankColumnCount; ++c) {
            ImGui::TableSetColumnIndex(c);
            const auto col = static_cast<RankColumn>(c);
            std::string label = columnLabel(col, t.ranksPublished, lang);
            if (t.sortColumn == col)
                label += t.ascending ? " \xE2\x96\xB2"
                                     : " \xE2\x96\xBC"; // ▲ ▼ (RankingsKeys: in the atlas)
            // TableHeader: its label counts in the column's width (a Selectable's did not: the
            // headers were cut to "Valu", "Grac"); a click on it sorts.
            ImGui::PushID(c);
            ImGui::TableHeader(label.c_str());
            if (ImGui::IsItemClicked())
                out.sortBy = col;
            ImGui::PopID();
        }
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            const RankingRow& r = t.rows[i];
            const City& c = ds.cities[r.city];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushID(static_cast<int>(i));
            const bool selected = st.selected == i;
            // The city's name is data: shown through "##" so that its "##" never becomes an id.
            if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns))
                out.row = i;
            if (ImGui::IsItemVisible()) {
                const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
                out.rowRects[i] = Box{{a.x, a.y}, {b.x, b.y}};
            }
            if (selected && st.scrollToSelected)
                ImGui::SetScrollHereY(0.5f);
            ImGui::SameLine();
            ImGui::TextUnformatted(cityTitle(c.nameZh, c.nameEn).c_str());
            const std::string cells[] = {rankValueText(ds, t, r, lang),
                                         rankPlaceText(t, r),
                                         rankChangeText(ds, t, r, lang),
                                         rankChangePctText(r, lang),
                                         "",
                                         r.grade.empty() ? "-" : r.grade};
            for (int col = 1; col < kRankColumnCount; ++col) {
                ImGui::TableSetColumnIndex(col);
                if (col == static_cast<int>(RankColumn::Sources)) {
                    std::string ids;
                    for (const auto& id : r.sources)
                        ids += (ids.empty() ? "" : " ") + id;
                    if (ids.empty())
                        colouredText(theme().panelUnsourced, tr(Tx::Unsourced, lang));
                    else
                        ImGui::TextUnformatted(ids.c_str());
                } else {
                    ImGui::TextUnformatted(cells[col - 1].c_str());
                }
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    dimWrapped(tr(Tx::RankingsKeys, lang));
    // Every figure names its source: the sources of the table's figures.
    std::set<std::string> ids;
    for (const RankingRow& r : t.rows)
        ids.insert(r.sources.begin(), r.sources.end());
    // Folded when there are many (the rows name their ids): the table keeps to the top.
    ImGui::SetNextItemOpen(ids.size() <= 3, ImGuiCond_Appearing);
    if (ImGui::TreeNode("##ranksources", "%s (%zu)", tr(Tx::RankColSources, lang), ids.size())) {
        sourceList(cardSources(ds, std::vector<std::string>(ids.begin(), ids.end())), lang);
        ImGui::TreePop();
    }
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    out.window = Box{{pos.x, pos.y}, {pos.x + size.x, pos.y + size.y}};
    frame.recordWindow();
    ImGui::End();
    return out;
}

} // namespace aimap
