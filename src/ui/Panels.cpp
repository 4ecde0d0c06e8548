// Panels of aimap, drawn with Dear ImGui 1.86.
//
// [SECTION] helpers
// [SECTION] controls (dataset, metric, year, labels)
// [SECTION] legend (nested circles on the map's own scale)
// [SECTION] tooltip
// [SECTION] city card
// [SECTION] cluster card (sum, sectors, largest members, sources)
// [SECTION] about
// [SECTION] open a data file
// [SECTION] error banner
//
// User text (names, sources, notes) is always drawn with TextUnformatted / "%s"; widget ids come
// from stable ids (PushID), never from display names.

#include "ui/Panels.hpp"

#include "core/data/Sectors.hpp"

#include "core/Theme.hpp"
#include "core/data/Format.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>

namespace aimap {
namespace {

// [SECTION] helpers

ImU32 col(Rgba c) {
    return IM_COL32(c.r, c.g, c.b, c.a);
}

void wrapped(const std::string& s) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopTextWrapPos();
}

void dimWrapped(const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped(s);
    ImGui::PopStyleColor();
}

std::string cityTitle(const std::string& zh, const std::string& en) {
    if (zh.empty())
        return en;
    if (en.empty())
        return zh;
    return zh + "  " + en;
}

void sourceList(const std::vector<CardSource>& sources) {
    if (sources.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.15f, 0.1f, 1.0f));
        ImGui::TextUnformatted("unsourced");
        ImGui::PopStyleColor();
        return;
    }
    for (const auto& s : sources) {
        std::string line = "[" + s.id + "] " + s.title;
        for (const std::string* part : {&s.publisher, &s.date})
            if (!part->empty())
                line += ", " + *part;
        if (!s.quality.empty())
            line += " (quality " + s.quality + ")";
        dimWrapped(line);
    }
}

// Remember the current window's rectangle (call before End).
void recordWindow(UiIntents& out) {
    const ImVec2 p = ImGui::GetWindowPos();
    const ImVec2 sz = ImGui::GetWindowSize();
    out.panelRects.push_back(Box{{p.x, p.y}, {p.x + sz.x, p.y + sz.y}});
}

// [SECTION] controls

void controls(const UiState& st, UiIntents& out) {
    const Dataset& ds = *st.dataset;
    const float s = st.uiScale;
    ImGui::SetNextWindowPos(ImVec2(12 * s, 12 * s), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(300 * s, 0), ImVec2(440 * s, 1e6f));
    ImGui::Begin("aimap##controls", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar);
    wrapped(ds.title);
    if (ds.isSynthetic()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1.0f));
        ImGui::TextUnformatted(ds.kind == "example" ? "EXAMPLE DATA - not real figures"
                                                    : "SYNTHETIC DATA - not real figures");
        ImGui::PopStyleColor();
    }
    ImGui::Separator();

    const Metric& current = ds.metrics[st.metric];
    ImGui::TextUnformatted("Metric");
    ImGui::SetNextItemWidth(-1);
    const std::string preview = current.label + " (" + current.unit + ")";
    if (ImGui::BeginCombo("##metric", preview.c_str())) {
        for (std::size_t m : st.metrics) {
            ImGui::PushID(ds.metrics[m].id.c_str());
            const std::string item = ds.metrics[m].label + " (" + ds.metrics[m].unit + ")";
            if (ImGui::Selectable(item.c_str(), m == st.metric))
                out.metric = m;
            if (ImGui::IsItemHovered() && !ds.metrics[m].definition.empty()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(420 * s);
                ImGui::TextUnformatted(ds.metrics[m].definition.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (!current.definition.empty())
        dimWrapped(current.definition);

    ImGui::TextUnformatted("Year");
    for (std::size_t i = 0; i < st.years.size(); ++i) {
        const int y = st.years[i];
        ImGui::PushID(y);
        if (i > 0)
            ImGui::SameLine();
        const bool active = y == st.year;
        if (active)
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(std::to_string(y).c_str()))
            out.year = y;
        if (active)
            ImGui::PopStyleColor();
        ImGui::PopID();
    }

    ImGui::TextUnformatted("Labels");
    ImGui::SameLine();
    int mode = static_cast<int>(st.labels);
    if (ImGui::RadioButton("\xE4\xB8\xAD\xE6\x96\x87", &mode, 0)) // 中文
        out.labels = LabelMode::Chinese;
    ImGui::SameLine();
    if (ImGui::RadioButton("English", &mode, 1))
        out.labels = LabelMode::English;
    ImGui::SameLine();
    if (ImGui::RadioButton("Both", &mode, 2))
        out.labels = LabelMode::Both;

    bool grouping = st.clustering;
    if (ImGui::Checkbox("Group nearby (clusters)", &grouping))
        out.clustering = grouping;
    if (!st.clusterStatus.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", st.clusterStatus.c_str());
    }
    if (ImGui::Button("Fit China"))
        out.fitView = true;
    ImGui::SameLine();
    if (ImGui::Button("Open data..."))
        out.showOpen = !st.showOpen;
    ImGui::SameLine();
    if (ImGui::Button("About / sources"))
        out.showAbout = !st.showAbout;
    if (st.loading)
        ImGui::TextDisabled("loading...");
    recordWindow(out);
    ImGui::End();
}

// [SECTION] legend

void legend(const UiState& st, UiIntents& out) {
    if (!st.scale)
        return;
    const Dataset& ds = *st.dataset;
    const Metric& m = ds.metrics[st.metric];
    const SymbolScale& sc = *st.scale;
    const float s = st.uiScale;
    const auto values = sc.legendValues(3);
    const float rMax = values.empty() ? 10.0f : static_cast<float>(sc.radius(values.front()));
    const float labelW = 110 * s;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(12 * s, io.DisplaySize.y - 12 * s), ImGuiCond_Always,
                            ImVec2(0, 1));
    ImGui::Begin("Legend##legend", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar);
    const std::string title = m.label + " (" + m.unit + "), " + std::to_string(st.year);
    ImGui::PushTextWrapPos(std::max(2 * rMax + labelW, 260 * s));
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
    // Nested circles sharing a bottom point, each labelled at its top with a leader line.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float pad = 6 * s;
    const ImVec2 bottom(origin.x + pad + rMax, origin.y + pad + 2 * rMax);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = theme();
    for (double v : values) {
        const float r = static_cast<float>(sc.radius(v));
        const ImVec2 c(bottom.x, bottom.y - r);
        dl->AddCircleFilled(c, r, col(t.markerFill), 64);
        dl->AddCircle(c, r, col(t.markerOutline), 64, 1.2f * s);
        const float ty = bottom.y - 2 * r;
        dl->AddLine(ImVec2(c.x, ty), ImVec2(bottom.x + rMax + 6 * s, ty), IM_COL32(60, 60, 60, 200),
                    1.0f);
        const std::string label = formatValue(v, m.unit);
        dl->AddText(ImVec2(bottom.x + rMax + 9 * s, ty - ImGui::GetTextLineHeight() / 2),
                    IM_COL32(20, 20, 20, 255), label.c_str());
    }
    ImGui::Dummy(ImVec2(2 * rMax + labelW + pad, 2 * rMax + 2 * pad));
    // Minimum dot and the hollow ring for missing values.
    {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float r = static_cast<float>(sc.minDotPx());
        const float h = ImGui::GetTextLineHeight();
        dl->AddCircleFilled(ImVec2(p.x + pad + rMax, p.y + h / 2), r, col(t.markerFill), 16);
        dl->AddCircle(ImVec2(p.x + pad + rMax, p.y + h / 2), r, col(t.markerOutline), 16, 1.0f);
        ImGui::Dummy(ImVec2(2 * rMax + 2 * pad, h));
        ImGui::SameLine();
        // Rounded up to two significant digits: the legend states a bound, not a measurement.
        const double minDot = sc.minDotValue();
        const double step = minDot > 0 ? std::pow(10.0, std::floor(std::log10(minDot)) - 1) : 1;
        const std::string dot =
            "< " + formatValue(std::ceil(minDot / step) * step, m.unit) + " (minimum dot)";
        ImGui::TextUnformatted(dot.c_str());
        const ImVec2 q = ImGui::GetCursorScreenPos();
        dl->AddCircle(ImVec2(q.x + pad + rMax, q.y + h / 2), h * 0.35f, col(t.markerMissing), 24,
                      1.5f * s);
        ImGui::Dummy(ImVec2(2 * rMax + 2 * pad, h));
        ImGui::SameLine();
        ImGui::TextUnformatted("no figure for this year");
    }
    dimWrapped("Circle area is proportional to the value; one scale for all years.");
    if (st.clustersShown) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        dl->AddCircleFilled(ImVec2(p.x + pad + h / 2, p.y + h / 2), h * 0.45f, col(t.clusterFill), 24);
        dl->AddCircle(ImVec2(p.x + pad + h / 2, p.y + h / 2), h * 0.45f, col(t.clusterOutline), 24, 1.2f * s);
        ImGui::Dummy(ImVec2(h + 2 * pad, h));
        ImGui::SameLine();
        wrapped("grey circle = cluster: the sum of its members, on the same scale; the label "
                "gives the sum and the number of members");
        if (st.sectorRing) {
            const ImVec2 q = ImGui::GetCursorScreenPos();
            for (std::size_t k = 0; k < kSectorCount; ++k) {
                const float x = q.x + pad + static_cast<float>(k) * (h * 0.9f);
                dl->AddRectFilled(ImVec2(x, q.y + h * 0.2f), ImVec2(x + h * 0.8f, q.y + h * 0.8f),
                                  col(t.sectorColours[k]));
            }
            ImGui::Dummy(ImVec2(static_cast<float>(kSectorCount) * h * 0.9f + pad, h));
            ImGui::SameLine();
            ImGui::TextUnformatted("ring: sector shares");
        }
    }
    recordWindow(out);
    ImGui::End();
}

// [SECTION] tooltip

void tooltip(const UiState& st) {
    if (!st.hover)
        return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(st.hover->title.c_str());
    ImGui::TextUnformatted(st.hover->valueLine.c_str());
    if (!st.hover->sourceLine.empty()) {
        ImGui::PushTextWrapPos(420 * st.uiScale);
        dimWrapped(st.hover->sourceLine);
        ImGui::PopTextWrapPos();
    }
    ImGui::TextDisabled("click for details");
    ImGui::EndTooltip();
}

// [SECTION] city card

// Cards dock at the right edge, below the margin; full height or as tall as their contents.
void placeCard(float s, bool fullHeight) {
    const ImGuiIO& io = ImGui::GetIO();
    const float margin = panelMargin(s);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - margin, margin), ImGuiCond_Always,
                            ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(cityCardWidth(io.DisplaySize.x, s),
                                    fullHeight ? io.DisplaySize.y - 2 * margin : 0),
                             ImGuiCond_Always);
    if (!fullHeight)
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(1e6f, io.DisplaySize.y - 2 * margin));
}

void cityCard(const UiState& st, UiIntents& out) {
    if (!st.card)
        return;
    const CityCardModel& c = *st.card;
    const float s = st.uiScale;
    placeCard(s, true);
    bool open = true;
    const std::string title = cityTitle(c.nameZh, c.nameEn) + "###card";
    ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse);
    if (c.synthetic) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1.0f));
        ImGui::TextUnformatted("SYNTHETIC DATA - not real figures");
        ImGui::PopStyleColor();
    }
    {
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
    if (c.metrics.empty())
        ImGui::TextUnformatted("No figures for this city in this dataset.");
    for (const auto& m : c.metrics) {
        ImGui::PushID(m.id.c_str());
        ImGui::Separator();
        const std::string head = m.label + " (" + m.unit + ")";
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.1f, 0.25f, 0.5f, 1.0f));
        wrapped(head);
        ImGui::PopStyleColor();
        if (ImGui::BeginTable("figures", 3,
                              ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("Period", ImGuiTableColumnFlags_WidthFixed, 110 * s);
            ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, 130 * s);
            ImGui::TableSetupColumn("As published / source", ImGuiTableColumnFlags_WidthStretch);
            for (std::size_t i = 0; i < m.figures.size(); ++i) {
                const auto& f = m.figures[i];
                ImGui::PushID(static_cast<int>(i));
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                wrapped(f.period);
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(f.text.c_str());
                ImGui::TableSetColumnIndex(2);
                if (!f.asPublished.empty())
                    wrapped("\"" + f.asPublished + "\"");
                if (!f.labelAsPublished.empty() && f.labelAsPublished != m.label)
                    dimWrapped("published as: " + f.labelAsPublished);
                sourceList(f.sources);
                if (!f.notes.empty())
                    dimWrapped("note: " + f.notes);
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::PopID();
    }
    for (std::size_t i = 0; i < c.sectors.size(); ++i) {
        const auto& cs = c.sectors[i];
        ImGui::PushID(static_cast<int>(3000 + i));
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.1f, 0.25f, 0.5f, 1.0f));
        wrapped("Enterprises by sector, " + std::to_string(cs.year) + " (" +
                formatThousands(static_cast<double>(cs.total)) + " in the table)");
        ImGui::PopStyleColor();
        const bool weighted = !cs.weightUnit.empty() && cs.totalWeight > 0;
        if (ImGui::BeginTable("sectors", weighted ? 3 : 2,
                              ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("Sector", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("Enterprises", ImGuiTableColumnFlags_WidthFixed, 100 * s);
            if (weighted)
                ImGui::TableSetupColumn("Share", ImGuiTableColumnFlags_WidthFixed, 150 * s);
            ImGui::TableHeadersRow();
            for (const auto& r : cs.rows) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                wrapped(r.sectorZh + " " + r.sector);
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(formatThousands(static_cast<double>(r.count)).c_str());
                if (weighted) {
                    ImGui::TableSetColumnIndex(2);
                    char share[32];
                    std::snprintf(share, sizeof share, "%.1f%%", 100.0 * r.weight / cs.totalWeight);
                    ImGui::TextUnformatted(share);
                }
            }
            ImGui::EndTable();
        }
        if (weighted)
            dimWrapped("Share: of the total " + formatValue(cs.totalWeight, cs.weightUnit) +
                       "; an enterprise in two sectors counts in both and splits its weight.");
        ImGui::PopID();
    }
    if (!c.zones.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted("Pilot zones");
        for (std::size_t i = 0; i < c.zones.size(); ++i) {
            const auto& z = c.zones[i];
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
    if (!c.specialisations.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted("Specialisations");
        for (std::size_t i = 0; i < c.specialisations.size(); ++i) {
            const auto& sp = c.specialisations[i];
            ImGui::PushID(static_cast<int>(2000 + i));
            if (!sp.place.empty())
                dimWrapped("in " + sp.place + ":");
            for (const auto& item : sp.items)
                wrapped("\xE2\x80\xA2 " + item);
            sourceList(sp.sources);
            ImGui::PopID();
        }
    }
    recordWindow(out);
    ImGui::End();
    if (!open)
        out.closeCard = true;
}

// [SECTION] cluster card

void clusterCard(const UiState& st, UiIntents& out) {
    if (!st.clusterCard)
        return;
    const ClusterCardModel& c = *st.clusterCard;
    placeCard(st.uiScale, false);
    bool open = true;
    const std::string title = "Cluster: " + c.title + "###clustercard";
    ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse);
    if (!open)
        out.closeClusterCard = true;
    wrapped(c.metricLabel + ", " + std::to_string(c.year) + ": " + c.sumText);
    dimWrapped("The sum of the figures of its " + c.title + " (" + c.unit +
               "); the circle has the area of that sum on the map's scale.");
    if (c.expansionZoom >= 0 && ImGui::Button("Zoom in to split it"))
        out.expandCluster = true;
    ImGui::SameLine();
    ImGui::TextDisabled("(or double-click it)");
    if (!c.sectors.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted("By sector (weight split evenly for members in two sectors)");
        const Theme& t = theme();
        if (ImGui::BeginTable("clustersectors", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            for (const auto& r : c.sectors) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                const ImVec2 p = ImGui::GetCursorScreenPos();
                const float h = ImGui::GetTextLineHeight();
                ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.15f),
                                                          ImVec2(p.x + h * 0.7f, p.y + h * 0.85f),
                                                          col(t.sectorColours[r.sector]));
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
            dimWrapped("no sector given: " + std::to_string(static_cast<int>(std::round(1000 * c.unassignedShare)) / 10.0).substr(0, 4) + "%");
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Largest members");
    if (ImGui::BeginTable("clustermembers", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
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
    ImGui::Separator();
    ImGui::TextUnformatted("Sources of the members' figures");
    const Dataset& ds = *st.dataset;
    for (const auto& id : c.sourceIds) {
        const Source* src = ds.source(id);
        dimWrapped("[" + id + "] " + (src ? src->publisher + ", " + src->title + ", " + src->date : ""));
    }
    if (c.unsourcedMembers > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1.0f));
        wrapped(formatThousands(static_cast<double>(c.unsourcedMembers)) + " member(s) unsourced");
        ImGui::PopStyleColor();
    }
    recordWindow(out);
    ImGui::End();
}

// [SECTION] about

void about(const UiState& st, UiIntents& out) {
    if (!st.showAbout)
        return;
    const Dataset& ds = *st.dataset;
    const float s = st.uiScale;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(720 * s, 560 * s), ImGuiCond_Appearing);
    bool open = true;
    ImGui::Begin("About aimap and its sources###about", &open, ImGuiWindowFlags_NoCollapse);
    ImGui::TextUnformatted("Dataset");
    wrapped(ds.title + " (" + ds.kind + ")");
    if (!ds.description.empty())
        dimWrapped(ds.description);
    for (const auto& c : ds.caveats)
        dimWrapped("\xE2\x80\xA2 " + c);
    if (!ds.qualityScale.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted("Source quality grades");
        for (const auto& [grade, meaning] : ds.qualityScale)
            wrapped(grade + ": " + meaning);
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Map data");
    for (const auto& a : st.attributions) {
        wrapped("\xE2\x80\xA2 " + a.title + " (" + a.licence + ")");
        dimWrapped("  " + a.text);
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Sources of the figures");
    for (const auto& src : ds.sources) {
        ImGui::PushID(src.id.c_str());
        wrapped("[" + src.id + "] " + src.title);
        dimWrapped("  " + src.publisher + ", " + src.date + ", quality " + src.quality + "  " +
                   src.url);
        ImGui::PopID();
    }
    recordWindow(out);
    ImGui::End();
    if (!open)
        out.showAbout = false;
}

// [SECTION] open a data file

void openDialog(const UiState& st, UiIntents& out) {
    if (!st.showOpen)
        return;
    // The text being typed is editing state of this widget, kept across frames.
    static std::string path;
    const float s = st.uiScale;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 3), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(640 * s, 0), ImGuiCond_Appearing);
    bool open = true;
    ImGui::Begin("Open a data file###open", &open, ImGuiWindowFlags_NoCollapse);
    dimWrapped("A dataset (.json), a city table or an enterprise table (.csv, .tsv, .txt). The file "
               "is watched: saving it again updates the map.");
    if (ImGui::IsWindowAppearing()) {
        path = st.dataPath;
        ImGui::SetKeyboardFocusHere(); // type the path straight away
    }
    ImGui::SetNextItemWidth(-80 * s);
    const bool enter = ImGui::InputText("##path", &path, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button("Load") || enter) && !path.empty())
        out.openFile = path;
    if (!st.recentFiles.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted("Recent files");
        for (std::size_t i = 0; i < st.recentFiles.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(st.recentFiles[i].c_str(), st.recentFiles[i] == st.dataPath)) {
                path = st.recentFiles[i];
                out.openFile = path;
            }
            ImGui::PopID();
        }
    }
    recordWindow(out);
    ImGui::End();
    if (!open)
        out.showOpen = false;
}

// [SECTION] error banner

void errorBanner(const UiState& st, UiIntents& out) {
    if (st.loadErrors.empty())
        return;
    const float s = st.uiScale;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, 12 * s), ImGuiCond_Always,
                            ImVec2(0.5f, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(400 * s, 0), ImVec2(io.DisplaySize.x * 0.5f, 1e6f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1.0f, 0.92f, 0.9f, 0.97f));
    ImGui::Begin("Data problem###errors", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse);
    for (const auto& d : st.loadErrors)
        wrapped(d.format());
    if (!st.loadErrorsSince.empty())
        dimWrapped(st.loadErrorsSince);
    if (ImGui::Button("Dismiss"))
        out.dismissErrors = true;
    recordWindow(out);
    ImGui::End();
    ImGui::PopStyleColor();
}

} // namespace

float cityCardWidth(float displayWidth, float uiScale) {
    return std::min(500.0f * uiScale, displayWidth * 0.4f);
}

float panelMargin(float uiScale) {
    return 12.0f * uiScale;
}

void applyStyle(float uiScale) {
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.WindowBorderSize = 1.0f;
    style.Colors[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.94f);
    style.Colors[ImGuiCol_Text] = ImVec4(0.08f, 0.08f, 0.08f, 1.0f);
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.38f, 1.0f);
    // The light style's white frames vanish on a white window: give radio buttons and combos a
    // visible grey frame.
    style.Colors[ImGuiCol_FrameBg] = ImVec4(0.85f, 0.87f, 0.91f, 1.0f);
    style.Colors[ImGuiCol_FrameBgHovered] = ImVec4(0.76f, 0.82f, 0.92f, 1.0f);
    style.FrameBorderSize = 1.0f;
    style.ScaleAllSizes(uiScale);
}

UiIntents drawPanels(const UiState& st) {
    UiIntents out;
    if (st.dataset && !st.dataset->metrics.empty()) {
        controls(st, out);
        legend(st, out);
        cityCard(st, out);
        clusterCard(st, out);
        about(st, out);
        openDialog(st, out);
        tooltip(st);
    }
    errorBanner(st, out);
    return out;
}

} // namespace aimap
