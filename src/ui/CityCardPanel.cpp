#include "ui/CityCardPanel.hpp"

#include "core/data/Format.hpp"
#include "core/view/Compare.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/SectorChart.hpp"
#include "ui/Widgets.hpp"

#include <cmath>
#include <cstdio>
#include <optional>

namespace aimap {
namespace {

void positionLine(const CityCardModel& c, UiLanguage lang) {
    char lat[32], lon[32];
    std::snprintf(lat, sizeof lat, "%.3f", c.position.lat);
    std::snprintf(lon, sizeof lon, "%.3f", c.position.lon);
    std::string line = tr(Tx::LatLon, lang, {lat, lon});
    if (!c.code.empty())
        line += "  " + tr(Tx::CardCode, lang, {c.code});
    if (!c.coordSource.empty())
        line += "  " + tr(Tx::CardPosition, lang, {c.coordSource});
    dimWrapped(line);
}

// One metric: its figures by period, each with the text as published and its sources. Stacked
// (period and value on a line, the rest indented below), so that the card reads at any width.
// Regression (issue 14): a three-column table left "defined in the source as" a column one word
// wide in a narrow card (1280x720 with large text).
// Returns the figure under the mouse, if any (Ctrl+C copies it).
std::optional<std::size_t> metricFigures(const CardMetric& m, float s, UiLanguage lang) {
    std::optional<std::size_t> hovered;
    ImGui::PushID(m.id.c_str());
    ImGui::Separator();
    colouredWrapped(theme().panelHeading, labelWithUnit(m.label, m.unit, lang));
    for (std::size_t i = 0; i < m.figures.size(); ++i) {
        const auto& f = m.figures[i];
        ImGui::PushID(static_cast<int>(i));
        if (i > 0)
            ImGui::Spacing();
        ImGui::BeginGroup();
        wrapped(tr(Tx::FigureLine, lang, {f.period, f.text}));
        ImGui::Indent(14 * s);
        if (!f.asPublished.empty())
            wrapped("\"" + f.asPublished + "\"");
        if (!f.labelAsPublished.empty() && f.labelAsPublished != m.label)
            dimWrapped(tr(Tx::PublishedAs, lang, {f.labelAsPublished}));
        if (!f.definitionInSource.empty())
            dimWrapped(tr(Tx::DefinedAs, lang, {f.definitionInSource}));
        if (f.yoyGrowthPct)
            dimWrapped(tr(Tx::YearOnYear, lang, {formatGrowth(*f.yoyGrowthPct)}));
        sourceList(f.sources, lang);
        if (!f.notes.empty())
            dimWrapped(tr(Tx::Note, lang, {f.notes}));
        ImGui::Unindent(14 * s);
        ImGui::EndGroup();
        if (ImGui::IsItemHovered())
            hovered = i;
        ImGui::PopID();
    }
    ImGui::PopID();
    return hovered;
}

void pilotZones(const std::vector<CardZone>& zones, UiLanguage lang) {
    if (zones.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Tx::PilotZones, lang));
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const auto& z = zones[i];
        ImGui::PushID(static_cast<int>(1000 + i));
        wrapped("\xE2\x80\xA2 " + z.programme);
        std::string detail = tr(Tx::ZoneApproved, lang, {z.zone, z.date});
        if (!z.precision.empty())
            detail += tr(Tx::ZonePrecision, lang, {z.precision});
        if (!z.doc.empty())
            detail += tr(Tx::ListSeparator, lang) + z.doc;
        wrapped("  " + detail);
        if (!z.note.empty())
            dimWrapped("  " + z.note);
        sourceList(z.sources, lang);
        ImGui::PopID();
    }
}

// Quotations that name the city, in the source's words with the cities they name: beside each
// other city named, not a closed list (issue 14: S01 and S02 on the 2020 AI industrial map).
void quotations(const std::vector<CardQuotation>& quotes, UiLanguage lang) {
    if (quotes.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Tx::NamedIn, lang));
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        const auto& q = quotes[i];
        ImGui::PushID(static_cast<int>(3000 + i));
        wrapped("\xE2\x80\x9C" + q.text + "\xE2\x80\x9D"); // “ ”
        std::string named;
        for (std::size_t c = 0; c < q.named.size(); ++c)
            named +=
                (c ? tr(Tx::NameSeparator, lang) : "") + cityTitle(q.named[c].zh, q.named[c].en);
        dimWrapped(tr(Tx::QuotationNames, lang, {named}));
        if (!q.note.empty())
            dimWrapped(tr(Tx::Note, lang, {q.note}));
        sourceList(q.sources, lang);
        ImGui::PopID();
    }
}

void specialisations(const std::vector<CardSpecialisation>& specs, UiLanguage lang) {
    if (specs.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Tx::Specialisations, lang));
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const auto& sp = specs[i];
        ImGui::PushID(static_cast<int>(2000 + i));
        if (!sp.place.empty())
            dimWrapped(tr(Tx::SpecialisationsIn, lang, {sp.place}));
        for (const auto& item : sp.items)
            wrapped("\xE2\x80\xA2 " + item);
        sourceList(sp.sources, lang);
        ImGui::PopID();
    }
}

// "Cities within [300] km": a checkbox and the radius; when on, the cities inside it with their
// distance and figure (and its sources).
void radiusTool(const CityCardState& st, CityCardIntents& out, float s, UiLanguage lang) {
    ImGui::Separator();
    bool on = st.radiusKm.has_value();
    if (ImGui::Checkbox(tr(Tx::RadiusToggle, lang), &on))
        out.radius = on ? std::optional<double>(300.0) : std::nullopt;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    out.radiusToggle = {{a.x, a.y}, {b.x, b.y}};
    ImGui::SameLine();
    float km = static_cast<float>(st.radiusKm.value_or(300.0));
    ImGui::SetNextItemWidth(160 * s);
    if (ImGui::SliderFloat("##radius", &km, static_cast<float>(RadiusChoice::kMinKm),
                           static_cast<float>(RadiusChoice::kMaxKm),
                           (std::string("%.0f ") + tr(Tx::Kilometres, lang)).c_str(),
                           ImGuiSliderFlags_Logarithmic))
        out.radius = std::optional<double>(std::round(km));
    if (!st.radiusKm || !st.nearby)
        return;
    dimWrapped(st.radiusHeading);
    for (std::size_t i = 0; i < st.nearby->size(); ++i) {
        const NearbyRow& r = (*st.nearby)[i];
        ImGui::PushID(static_cast<int>(4000 + i));
        ImGui::TextUnformatted(r.name.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", r.distance.c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(r.figure.c_str());
        if (!r.sources.empty()) {
            ImGui::SameLine();
            std::string ids;
            for (const std::string& id : r.sources)
                ids += (ids.empty() ? "[" : ", ") + id;
            ImGui::TextDisabled("%s", (ids + "]").c_str());
        }
        ImGui::PopID();
    }
}

// Compare (issue 16): pins the city (its number in its colour once pinned) or unpins it.
void pinButton(const CityCardState& st, CityCardIntents& out, UiLanguage lang) {
    if (st.pinnedSlot) {
        const Rgba c = pinColour(*st.pinnedSlot);
        const float d = ImGui::GetTextLineHeight();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled(ImVec2(p.x + d / 2, p.y + d / 2 + ImGui::GetStyle().FramePadding.y),
                            d / 2, toImU32(c), 24);
        const std::string n = std::to_string(*st.pinnedSlot + 1);
        const ImVec2 t = ImGui::CalcTextSize(n.c_str());
        dl->AddText(
            ImVec2(p.x + (d - t.x) / 2, p.y + ImGui::GetStyle().FramePadding.y + (d - t.y) / 2),
            IM_COL32_WHITE, n.c_str());
        ImGui::Dummy(ImVec2(d, d));
        if (!st.pinControls)
            return;
        ImGui::SameLine();
    }
    if (ImGui::SmallButton(tr(st.pinnedSlot ? Tx::CompareUnpinButton : Tx::ComparePinButton, lang)))
        out.togglePin = true;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    out.pinToggle = {{a.x, a.y}, {b.x, b.y}};
}

} // namespace

CityCardIntents drawCityCard(const CityCardState& st, PanelFrame& frame) {
    CityCardIntents out;
    if (!st.card)
        return out;
    const CityCardModel& c = *st.card;
    const float s = frame.uiScale;
    const UiLanguage lang = frame.language;
    bool open = true;
    beginCard(labelText(cityTitle(c.nameZh, c.nameEn)) + "###card", frame, open);
    if (c.synthetic)
        colouredText(theme().panelWarning,
                     tr(c.example ? Tx::ExampleDataBanner : Tx::SyntheticDataBanner, lang));
    positionLine(c, lang);
    if (st.pinControls || st.pinnedSlot)
        pinButton(st, out, lang);
    if (!st.changeBadge.empty())
        colouredText(theme().selectionHalo, st.changeBadge.c_str());
    if (st.radiusControls || st.radiusKm)
        radiusTool(st, out, s, lang);
    // The sector breakdown first (issue 14: it was below the fold), then every figure as text.
    for (const auto& chart : c.sectorCharts) {
        ImGui::Separator();
        drawSectorChart(chart, static_cast<int>(st.labels), s, lang);
    }
    if (c.metrics.empty())
        ImGui::TextUnformatted(tr(Tx::NoFiguresForCity, lang));
    for (std::size_t k = 0; k < c.metrics.size(); ++k)
        if (const auto f = metricFigures(c.metrics[k], s, lang))
            out.hoveredFigure = std::make_pair(k, *f);
    pilotZones(c.zones, lang);
    quotations(c.quotations, lang);
    specialisations(c.specialisations, lang);
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
