#include "ui/CityCardPanel.hpp"

#include "core/data/Format.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/SectorChart.hpp"
#include "ui/Widgets.hpp"

#include <cstdio>

namespace aimap {
namespace {

void positionLine(const CityCardModel& c) {
    char pos[96];
    std::snprintf(pos, sizeof pos,
                  "%.3f\xC2\xB0N %.3f\xC2\xB0"
                  "E",
                  c.position.lat, c.position.lon);
    std::string line = std::string(pos);
    if (!c.code.empty())
        line += "  code " + c.code;
    if (!c.coordSource.empty())
        line += "  (position: " + c.coordSource + ")";
    dimWrapped(line);
}

// One metric: its figures by period, each with the text as published and its sources. Stacked
// (period and value on a line, the rest indented below), so that the card reads at any width.
// Regression (issue 14): a three-column table left "defined in the source as" a column one word
// wide in a narrow card (1280x720 with large text).
void metricFigures(const CardMetric& m, float s) {
    ImGui::PushID(m.id.c_str());
    ImGui::Separator();
    colouredWrapped(theme().panelHeading, labelWithUnit(m.label, m.unit));
    for (std::size_t i = 0; i < m.figures.size(); ++i) {
        const auto& f = m.figures[i];
        ImGui::PushID(static_cast<int>(i));
        if (i > 0)
            ImGui::Spacing();
        wrapped(f.period + ":  " + f.text);
        ImGui::Indent(14 * s);
        if (!f.asPublished.empty())
            wrapped("\"" + f.asPublished + "\"");
        if (!f.labelAsPublished.empty() && f.labelAsPublished != m.label)
            dimWrapped("published as: " + f.labelAsPublished);
        if (!f.definitionInSource.empty())
            dimWrapped("defined in the source as: " + f.definitionInSource);
        if (f.yoyGrowthPct)
            dimWrapped(formatGrowth(*f.yoyGrowthPct) + " year on year, as published");
        sourceList(f.sources);
        if (!f.notes.empty())
            dimWrapped("note: " + f.notes);
        ImGui::Unindent(14 * s);
        ImGui::PopID();
    }
    ImGui::PopID();
}

void pilotZones(const std::vector<CardZone>& zones) {
    if (zones.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted("Pilot zones");
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const auto& z = zones[i];
        ImGui::PushID(static_cast<int>(1000 + i));
        wrapped("\xE2\x80\xA2 " + z.programme);
        std::string detail = z.zone + ", approved " + z.date;
        if (!z.precision.empty())
            detail += " (precision: " + z.precision + ")";
        if (!z.doc.empty())
            detail += ", " + z.doc;
        wrapped("  " + detail);
        if (!z.note.empty())
            dimWrapped("  " + z.note);
        sourceList(z.sources);
        ImGui::PopID();
    }
}

// Quotations that name the city, in the source's words with the cities they name: beside each
// other city named, not a closed list (issue 14: S01 and S02 on the 2020 AI industrial map).
void quotations(const std::vector<CardQuotation>& quotes) {
    if (quotes.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted("Named in (as published)");
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        const auto& q = quotes[i];
        ImGui::PushID(static_cast<int>(3000 + i));
        wrapped("\xE2\x80\x9C" + q.text + "\xE2\x80\x9D"); // “ ”
        std::string named = "names:";
        for (std::size_t c = 0; c < q.named.size(); ++c)
            named += (c ? "; " : " ") + cityTitle(q.named[c].zh, q.named[c].en);
        dimWrapped(named);
        if (!q.note.empty())
            dimWrapped("note: " + q.note);
        sourceList(q.sources);
        ImGui::PopID();
    }
}

void specialisations(const std::vector<CardSpecialisation>& specs) {
    if (specs.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted("Specialisations");
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const auto& sp = specs[i];
        ImGui::PushID(static_cast<int>(2000 + i));
        if (!sp.place.empty())
            dimWrapped("in " + sp.place + ":");
        for (const auto& item : sp.items)
            wrapped("\xE2\x80\xA2 " + item);
        sourceList(sp.sources);
        ImGui::PopID();
    }
}

} // namespace

CityCardIntents drawCityCard(const CityCardState& st, PanelFrame& frame) {
    CityCardIntents out;
    if (!st.card)
        return out;
    const CityCardModel& c = *st.card;
    const float s = frame.uiScale;
    bool open = true;
    beginCard(labelText(cityTitle(c.nameZh, c.nameEn)) + "###card", frame, open);
    if (c.synthetic)
        colouredText(theme().panelWarning, c.example ? "EXAMPLE DATA - not real figures"
                                                     : "SYNTHETIC DATA - not real figures");
    positionLine(c);
    // The sector breakdown first (issue 14: it was below the fold), then every figure as text.
    for (const auto& chart : c.sectorCharts) {
        ImGui::Separator();
        drawSectorChart(chart, static_cast<int>(st.labels), s);
    }
    if (c.metrics.empty())
        ImGui::TextUnformatted("No figures for this city in this dataset.");
    for (const auto& m : c.metrics)
        metricFigures(m, s);
    pilotZones(c.zones);
    quotations(c.quotations);
    specialisations(c.specialisations);
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
