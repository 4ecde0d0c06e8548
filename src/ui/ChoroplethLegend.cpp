#include "ui/ChoroplethLegend.hpp"

#include "core/i18n/ProvinceText.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

namespace aimap {

namespace {

// A swatch: a filled square with a thin outline; hatched when `hatch` (no data).
void swatch(Rgba fill, std::optional<Rgba> hatch, float size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float y = a.y + (ImGui::GetTextLineHeight() - size) / 2;
    const ImVec2 lo(a.x, y), hi(a.x + size, y + size);
    dl->AddRectFilled(lo, hi, toImU32(fill));
    if (hatch) {
        dl->PushClipRect(lo, hi, true);
        for (float d = -size; d < size; d += size / 3)
            dl->AddLine(ImVec2(lo.x + d, hi.y), ImVec2(lo.x + d + size, lo.y), toImU32(*hatch),
                        1.2f);
        dl->PopClipRect();
    }
    dl->AddRect(lo, hi, toImU32(theme().panelText), 0, 0, 1.0f);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
}

} // namespace

void drawChoroplethKey(const ChoroplethKey& key, float width, float s, UiLanguage lang) {
    (void)lang;
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    colouredWrapped(theme().panelHeading, key.text.title);
    if (!key.text.method.empty())
        dimWrapped(key.text.method);
    const float size = 14 * s;
    for (std::size_t i = key.text.classes.size(); i-- > 0;) { // darkest (highest) first
        swatch(i < key.colours.size() ? key.colours[i] : key.noData, std::nullopt, size);
        ImGui::TextUnformatted(key.text.classes[i].c_str());
    }
    swatch(key.noData, key.hatch, size);
    ImGui::TextUnformatted(key.text.noData.c_str());
    // The source first, beside "no data" when it is ids only: in a 720p window the legend has
    // room for little more (regression: the source was scrolled out of sight in Chinese).
    if (key.compact && !key.text.source.empty())
        ImGui::SameLine(0, 16 * s);
    if (key.text.source.empty()) {
    } else if (!key.compact) {
        dimWrapped(key.text.source);
    } else {
        // One source is named in full (its title after the id): the id here, the title on
        // hover; several are ids already.
        const std::string& src = key.text.source;
        const bool one = src.find('[') == src.rfind('[');
        dimWrapped(one ? src.substr(0, src.find(']') + 1) : src);
        if (one && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(420 * s);
            ImGui::TextUnformatted(src.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    if (!key.text.note.empty())
        dimWrapped(key.text.note);
    ImGui::PopTextWrapPos();
}

std::optional<std::optional<std::size_t>> choroplethCombo(const std::vector<std::string>& names,
                                                          std::optional<std::size_t> shown,
                                                          UiLanguage lang) {
    std::optional<std::optional<std::size_t>> out;
    ImGui::TextUnformatted(provinceText(PTx::ChoroplethLabel, lang));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    const std::string preview = shown && *shown < names.size()
                                    ? names[*shown]
                                    : std::string(provinceText(PTx::ChoroplethOff, lang));
    if (ImGui::BeginCombo("##choropleth", labelText(preview).c_str())) {
        if (ImGui::Selectable(
                (std::string(provinceText(PTx::ChoroplethOff, lang)) + "###off").c_str(), !shown))
            out = std::optional<std::size_t>();
        for (std::size_t i = 0; i < names.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(labelText(names[i]).c_str(), shown && *shown == i))
                out = std::optional<std::size_t>(i);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return out;
}

} // namespace aimap
