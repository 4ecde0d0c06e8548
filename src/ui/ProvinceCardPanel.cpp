#include "ui/ProvinceCardPanel.hpp"

#include "core/data/CardText.hpp"
#include "core/data/Format.hpp"
#include "core/i18n/ProvinceText.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace aimap {

namespace {

std::string idList(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "[" : ", ") + id;
    return out.empty() ? out : out + "]";
}

void cityRows(const ProvinceCardModel& c, ProvinceCardIntents& out, UiLanguage lang) {
    ImGui::Separator();
    if (c.cities.empty()) {
        ImGui::TextUnformatted(provinceText(PTx::ProvinceNoCities, lang));
        return;
    }
    ImGui::TextUnformatted(
        provinceText(PTx::ProvinceCities, lang, {std::to_string(c.cities.size())}).c_str());
    dimWrapped(c.metricLine);
    for (std::size_t i = 0; i < c.cities.size(); ++i) {
        const ProvinceCityRow& r = c.cities[i];
        ImGui::PushID(static_cast<int>(5000 + i));
        if (ImGui::Selectable(labelText(r.name).c_str(), false, ImGuiSelectableFlags_None,
                              ImVec2(ImGui::CalcTextSize(r.name.c_str()).x, 0)))
            out.openCity = r.city;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", provinceText(PTx::ProvinceOpenCity, lang));
        ImGui::SameLine();
        if (r.value)
            ImGui::TextUnformatted(r.figure.c_str());
        else
            ImGui::TextDisabled("%s", r.figure.c_str());
        if (!r.sources.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", idList(r.sources).c_str());
        }
        ImGui::PopID();
    }
}

void zoneRows(const ProvinceCardModel& c, UiLanguage lang) {
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Tx::PilotZones, lang));
    if (c.zones.empty())
        dimWrapped(provinceText(PTx::ProvinceNoZones, lang));
    for (std::size_t i = 0; i < c.zones.size(); ++i) {
        const ProvinceZoneRow& z = c.zones[i];
        ImGui::PushID(static_cast<int>(6000 + i));
        wrapped("\xE2\x80\xA2 " + z.programme + ": " + z.zone + " (" + z.date + ")");
        if (!z.sources.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", idList(z.sources).c_str());
        }
        ImGui::PopID();
    }
}

void figureRows(const ProvinceCardModel& c, float s, UiLanguage lang) {
    if (c.figures.empty())
        return;
    ImGui::Separator();
    ImGui::TextUnformatted(provinceText(PTx::ProvinceFigures, lang));
    for (std::size_t i = 0; i < c.figures.size(); ++i) {
        const ProvinceFigureRow& f = c.figures[i];
        ImGui::PushID(static_cast<int>(7000 + i));
        colouredWrapped(theme().panelHeading, f.label);
        wrapped(tr(Tx::FigureLine, lang, {f.period, f.text}));
        ImGui::Indent(14 * s);
        if (!f.asPublished.empty())
            wrapped("\"" + f.asPublished + "\"");
        sourceList(f.sources, lang);
        ImGui::Unindent(14 * s);
        ImGui::PopID();
    }
}

} // namespace

ProvinceCardIntents drawProvinceCard(const ProvinceCardState& st, PanelFrame& frame) {
    ProvinceCardIntents out;
    if (!st.card)
        return out;
    const ProvinceCardModel& c = *st.card;
    const UiLanguage lang = frame.language;
    bool open = true;
    beginCard(labelText(cityTitle(c.nameZh, c.nameEn)) + "###provincecard", frame, open);
    char area[32];
    std::snprintf(area, sizeof area, "%s", formatThousands(std::round(c.areaKm2)).c_str());
    dimWrapped(provinceText(PTx::ProvinceArea, lang, {area}) + "  " +
               tr(Tx::CardCode, lang, {c.code}));
    if (!st.choroplethLine.empty())
        colouredWrapped(theme().selectionHalo, st.choroplethLine);
    cityRows(c, out, lang);
    zoneRows(c, lang);
    figureRows(c, frame.uiScale, lang);
    frame.recordWindow();
    ImGui::End();
    out.close = !open;
    return out;
}

} // namespace aimap
