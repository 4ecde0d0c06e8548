#include "ui/ControlsPanel.hpp"

#include "core/data/SectorFilter.hpp"
#include "core/data/Sectors.hpp"
#include "ui/ChoroplethLegend.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"
#include "ui/YearSlider.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

void metricCombo(const ControlsState& st, float s, UiLanguage lang, ControlsIntents& out) {
    const Dataset& ds = *st.dataset;
    const Metric& current = ds.metrics[st.metric];
    ImGui::TextUnformatted(tr(Tx::Metric, lang));
    ImGui::SetNextItemWidth(-1);
    const std::string preview =
        labelWithUnit(current.labelIn(lang == UiLanguage::Zh), current.unit, lang);
    // Regression (issue 14): long metric names were cut in the list, which was only as wide as
    // the box. It is as wide as its longest name, up to the window's width; the box's own text
    // is cut, so hovering it shows the whole name.
    const ImGuiStyle& style = ImGui::GetStyle();
    // Measured when the data or the font size change, not every frame (a table may have
    // thousands of metrics).
    static struct {
        const Dataset* dataset = nullptr;
        std::size_t metrics = 0;
        float fontSize = 0;
        float widest = 0;
    } cache;
    if (cache.dataset != &ds || cache.metrics != st.metrics.size() ||
        cache.fontSize != ImGui::GetFontSize()) {
        cache = {&ds, st.metrics.size(), ImGui::GetFontSize(), 0.0f};
        for (std::size_t m : st.metrics)
            cache.widest =
                std::max(cache.widest,
                         ImGui::CalcTextSize(
                             labelText(labelWithUnit(ds.metrics[m].labelIn(lang == UiLanguage::Zh),
                                                     ds.metrics[m].unit, lang))
                                 .c_str())
                             .x);
    }
    const float widest = cache.widest;
    const float listW = std::max(std::min(widest + 2 * style.WindowPadding.x + style.ScrollbarSize,
                                          ImGui::GetIO().DisplaySize.x - 24 * s),
                                 ImGui::GetContentRegionAvail().x); // the box's own width
    const float listH = ImGui::GetTextLineHeightWithSpacing() * 12 + 2 * style.WindowPadding.y;
    ImGui::SetNextWindowSizeConstraints(ImVec2(listW, 0), ImVec2(listW, listH));
    const bool open = ImGui::BeginCombo("##metric", labelText(preview).c_str());
    if (!open && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(420 * s);
        wrapped(preview);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (open) {
        for (std::size_t m : st.metrics) {
            ImGui::PushID(ds.metrics[m].id.c_str());
            const std::string item = labelWithUnit(ds.metrics[m].labelIn(lang == UiLanguage::Zh),
                                                   ds.metrics[m].unit, lang);
            if (ImGui::Selectable(labelText(item).c_str(), m == st.metric))
                out.metric = m;
            if (ImGui::IsItemHovered() && !ds.metrics[m].definition.empty()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(420 * s);
                wrapped(ds.metrics[m].definition);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    // In a hall (the room setting) the definition is on the box's tooltip: at 24 px it would take
    // half the panel.
    if (!current.definition.empty()) {
        if (!st.roomText)
            dimWrapped(current.definition);
        else if (!open && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(420 * s);
            dimWrapped(current.definition);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
}

void labelChoice(const ControlsState& st, UiLanguage lang, ControlsIntents& out) {
    ImGui::TextUnformatted(tr(Tx::Labels, lang));
    ImGui::SameLine();
    int mode = static_cast<int>(st.labels);
    if (ImGui::RadioButton("\xE4\xB8\xAD\xE6\x96\x87", &mode, 0)) // 中文
        out.labels = LabelMode::Chinese;
    ImGui::SameLine();
    // Each language is named in itself, so that it can be found in either.
    if (ImGui::RadioButton("English", &mode, 1))
        out.labels = LabelMode::English;
    ImGui::SameLine();
    if (ImGui::RadioButton((std::string(tr(Tx::LabelsBoth, lang)) + "###both").c_str(), &mode, 2))
        out.labels = LabelMode::Both;
}

// The sector filter: a checkbox per sector of the data (with its colour), and "All", folded
// under a header that says what is summed (the panel stays small on a projector).
void sectorFilter(const ControlsState& st, UiLanguage lang, ControlsIntents& out) {
    if (!st.sectorsPresent)
        return;
    ImGui::Separator();
    const auto chosen = static_cast<unsigned short>(st.sectors & st.sectorsPresent);
    const bool all = chosen == st.sectorsPresent;
    // A count, not the names: the header does not wrap (the names are in the metric's label).
    const std::string summary = all ? std::string(tr(Tx::SectorsAll, lang))
                                    : tr(Tx::SectorsCount, lang,
                                         {std::to_string(__builtin_popcount(chosen)),
                                          std::to_string(__builtin_popcount(st.sectorsPresent))});
    // The header's id stays while its text changes with the choice.
    const std::string header =
        labelText(tr(Tx::SectorsSummedHeader, lang, {summary})) + "###sectorfilter";
    if (!ImGui::CollapsingHeader(header.c_str()))
        return;
    if (!st.sectorMetric)
        ImGui::TextDisabled("%s", tr(Tx::SectorsEnterpriseOnly, lang));
    if (!all &&
        ImGui::SmallButton((std::string(tr(Tx::AllSectors, lang)) + "###allsectors").c_str()))
        out.sectors = static_cast<unsigned short>(0x1FF);
    const Theme& t = theme();
    const float h = ImGui::GetTextLineHeight();
    // Both names are long: one to a row; one language fits two to a row.
    const int columns = st.labels == LabelMode::Both ? 1 : 2;
    int shown = 0;
    if (!ImGui::BeginTable("sectorfilter", columns, ImGuiTableFlags_SizingStretchSame))
        return;
    for (std::size_t k = 0; k < kSectorCount; ++k) {
        const auto bitK = static_cast<unsigned short>(1u << k);
        if (!(st.sectorsPresent & bitK))
            continue;
        if (shown++ % columns == 0)
            ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(k));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float y = p.y + ImGui::GetStyle().FramePadding.y;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, y + h * 0.15f),
                                                  ImVec2(p.x + h * 0.6f, y + h * 0.85f),
                                                  toImU32(t.sectorColours[k]));
        ImGui::Dummy(ImVec2(h * 0.7f, h));
        ImGui::SameLine();
        bool on = (st.sectors & bitK) != 0;
        if (ImGui::Checkbox(sectorNames(bitK, static_cast<int>(st.labels)).c_str(), &on))
            out.sectors =
                static_cast<unsigned short>(on ? (st.sectors | bitK) : (st.sectors & ~bitK));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// With cited figures only (no enterprises to sum): the sector filter picks one sector metric,
// and the map is sized by it alone (a metric is one definition and one scale: sector figures
// are never added up across metrics).
void sectorMetricChoice(const ControlsState& st, UiLanguage lang, ControlsIntents& out) {
    if (st.sectorsPresent || st.sectorMetrics.empty())
        return;
    const Dataset& ds = *st.dataset;
    const bool chosen = ds.metrics[st.metric].sector.has_value();
    const int mode = static_cast<int>(st.labels);
    ImGui::Separator();
    // The header does not wrap: the metric's name is in the box above.
    const std::string header = tr(chosen ? Tx::SectorFigureOneShown : Tx::SectorFigureNone, lang,
                                  {std::to_string(st.sectorMetrics.size())}) +
                               "###sectormetric";
    if (!ImGui::CollapsingHeader(header.c_str()))
        return;
    ImGui::TextDisabled("%s", tr(Tx::SectorFigureSizes, lang));
    const Theme& t = theme();
    const float h = ImGui::GetTextLineHeight();
    for (std::size_t m : st.sectorMetrics) {
        ImGui::PushID(ds.metrics[m].id.c_str());
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float y = p.y + ImGui::GetStyle().FramePadding.y;
        ImGui::GetWindowDrawList()->AddRectFilled(
            ImVec2(p.x, y + h * 0.15f), ImVec2(p.x + h * 0.6f, y + h * 0.85f),
            toImU32(t.sectorColours[static_cast<std::size_t>(*ds.metrics[m].sector) % 9]));
        ImGui::Dummy(ImVec2(h * 0.7f, h));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        if (ImGui::RadioButton(labelText(sectorMetricLabel(ds, m, mode)).c_str(), m == st.metric))
            out.metric = m;
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}

// One check box per pilot-zone programme of the data, with its symbol's name in the tooltip.
void zoneChoice(const ControlsState& st, float s, UiLanguage lang, ControlsIntents& out) {
    const Dataset& ds = *st.dataset;
    if (ds.programmes.empty())
        return;
    ImGui::TextUnformatted(tr(Tx::PilotZones, lang));
    for (std::size_t p = 0; p < ds.programmes.size() && p < 32; ++p) {
        const Programme& prog = ds.programmes[p];
        ImGui::PushID(prog.id.c_str());
        ImGui::SameLine();
        bool on = st.zones & (ProgrammeMask{1} << p);
        if (ImGui::Checkbox(labelText(programmeShortName(prog)).c_str(), &on))
            out.zones = on ? st.zones | (ProgrammeMask{1} << p) : st.zones & ~(ProgrammeMask{1} << p);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(420 * s);
            wrapped(prog.nameEn);
            if (!prog.nameZh.empty())
                wrapped(prog.nameZh);
            dimWrapped(tr(Tx::ZoneSymbolHelp, lang,
                          {tr(p == 0   ? Tx::ShapeDiamond
                              : p == 1 ? Tx::ShapeSquare
                                       : Tx::ShapeTriangle,
                              lang)}));
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::PopID();
    }
}

// The rank layer: a ranking or index as badges on its cities (never circle areas).
void rankChoice(const ControlsState& st, float s, UiLanguage lang, ControlsIntents& out) {
    if (st.rankChoices.empty())
        return;
    const Dataset& ds = *st.dataset;
    const auto name = [&](const RankLayerChoice& c) {
        return tr(c.cities == 1 ? Tx::RankChoiceCity : Tx::RankChoiceCities, lang,
                  {ds.metrics[c.metric].labelIn(lang == UiLanguage::Zh), std::to_string(c.year),
                   std::to_string(c.cities)});
    };
    ImGui::TextUnformatted(tr(Tx::Ranks, lang));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    const std::string preview = st.ranks ? name(*st.ranks) : std::string(tr(Tx::RankNone, lang));
    if (ImGui::BeginCombo("##ranks", labelText(preview).c_str())) {
        if (ImGui::Selectable((std::string(tr(Tx::RankNone, lang)) + "###none").c_str(), !st.ranks))
            out.ranks = std::optional<RankLayerChoice>();
        for (const auto& c : st.rankChoices) {
            ImGui::PushID(ds.metrics[c.metric].id.c_str());
            ImGui::PushID(c.year);
            if (ImGui::Selectable(labelText(name(c)).c_str(), st.ranks && *st.ranks == c))
                out.ranks = std::optional<RankLayerChoice>(c);
            if (ImGui::IsItemHovered() && !ds.metrics[c.metric].definition.empty()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(420 * s);
                wrapped(ds.metrics[c.metric].definition);
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
}

void optionBoxes(const ControlsState& st, UiLanguage lang, ControlsIntents& out) {
    bool grouping = st.clustering;
    if (ImGui::Checkbox((std::string(tr(Tx::GroupNearby, lang)) + "###grouping").c_str(),
                        &grouping))
        out.clustering = grouping;
    if (!st.clusterStatus.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", st.clusterStatus.c_str());
    }
    bool room = st.roomText;
    if (ImGui::Checkbox((std::string(tr(Tx::LargeText, lang)) + "###room").c_str(), &room))
        out.roomText = room;
    // Beside it: both are for a hall (and the panel keeps its height).
    ImGui::SameLine();
    bool high = st.highContrast;
    if (ImGui::Checkbox((std::string(tr(Tx::HighContrast, lang)) + "###contrast").c_str(), &high))
        out.highContrast = high;
}

// "SYNTHETIC DATA - not real figures" (or EXAMPLE DATA) for data that is not real.
void dataKindWarning(const Dataset& ds, UiLanguage lang) {
    if (ds.isSynthetic())
        colouredText(
            theme().panelWarning,
            tr(ds.kind == "example" ? Tx::ExampleDataBanner : Tx::SyntheticDataBanner, lang));
}

} // namespace

ControlsIntents drawControls(const ControlsState& st, PanelFrame& frame) {
    ControlsIntents out;
    const Dataset& ds = *st.dataset;
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    ImGui::SetNextWindowPos(ImVec2(12 * s, 12 * s), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(300 * s, 0), ImVec2(440 * s, 1e6f));
    ImGui::Begin("aimap##controls", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar);
    // With a card open the panel folds to one line, what the map shows; the arrow unfolds it.
    if (st.cardOpen) {
        if (ImGui::ArrowButton("##fold", st.folded ? ImGuiDir_Right : ImGuiDir_Down))
            out.fold = !st.folded;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(st.folded ? Tx::ShowControls : Tx::FoldControls, lang));
        ImGui::SameLine();
    }
    if (st.folded) {
        const Metric& m = ds.metrics[st.metric];
        std::string shown =
            labelText(labelWithUnit(m.labelIn(lang == UiLanguage::Zh), m.unit, lang));
        if (st.year != 0)
            shown += " \xC2\xB7 " + std::to_string(st.year);
        ImGui::TextUnformatted(shown.c_str());
        if (st.years.size() > 1) { // the timeline plays folded too (a talk's card is open)
            ImGui::SameLine();
            out.timelineToggle = timelinePlayButton(st.timelinePlaying, lang);
        }
        dataKindWarning(ds, lang); // said on screen, folded or not
        frame.recordWindow();
        ImGui::End();
        return out;
    }
    wrapped(ds.title);
    dataKindWarning(ds, lang);
    ImGui::Separator();
    metricCombo(st, s, lang, out);
    const YearSliderIntents year =
        yearSlider({st.years, st.year, st.timelinePlaying, st.timelinePosition}, lang);
    if (year.year)
        out.year = year.year;
    out.timelineSeek = year.seek;
    out.timelineToggle = year.toggle;
    // Layers and options fold away: folded at first in the room setting and in windows under
    // 800 px high (a 720p projector), where the legend needs the space below.
    ImGui::SetNextItemOpen(!st.roomText && ImGui::GetIO().DisplaySize.y >= 800, ImGuiCond_Once);
    if (ImGui::CollapsingHeader(
            (std::string(tr(Tx::LayersAndOptions, lang)) + "###layers").c_str())) {
        labelChoice(st, lang, out);
        zoneChoice(st, s, lang, out);
        rankChoice(st, s, lang, out);
        if (!st.choroplethNames.empty())
            out.choropleth = choroplethCombo(st.choroplethNames, st.choropleth, lang);
        optionBoxes(st, lang, out);
    } else if (!st.clusterStatus.empty()) {
        ImGui::TextDisabled("%s", st.clusterStatus.c_str());
    }
    sectorFilter(st, lang, out);
    sectorMetricChoice(st, lang, out);
    if (ImGui::Button((std::string(tr(Tx::FitChina, lang)) + "###fit").c_str()))
        out.fitView = true;
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr(Tx::OpenData, lang)) + "###open").c_str()))
        out.showOpen = !st.showOpen;
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr(Tx::AboutSources, lang)) + "###about").c_str()))
        out.showAbout = !st.showAbout;
    if (!st.dataset->national.figures.empty()) {
        if (ImGui::Button((std::string(tr(Tx::NationalFigures, lang)) + "###national").c_str()))
            out.showNational = !st.showNational;
        ImGui::SameLine();
    }
    // The rankings table (issue 16; key T).
    if (ImGui::Button((std::string(tr(Tx::RankingsToggle, lang)) + "###rankings").c_str()))
        out.rankingsToggle = true;
    if (st.loading)
        ImGui::TextDisabled("%s", tr(Tx::Loading, lang));
    frame.recordWindow();
    ImGui::End();
    return out;
}

} // namespace aimap
