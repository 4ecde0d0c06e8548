#include "support/HeadlessPanels.hpp"

#include "core/cluster/ClusterCard.hpp"
#include "core/cluster/ClusterLayer.hpp"
#include "core/data/CityCard.hpp"
#include "core/rank/RankingTable.hpp"
#include "core/scale/SymbolScale.hpp"
#include "core/view/MetricSummary.hpp"
#include "core/view/Tooltip.hpp"
#include "core/view/ViewState.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdint>

namespace aimap {

HeadlessPanels::HeadlessPanels(std::string fontPath, float uiScale) : m_uiScale(uiScale) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 720);
    io.DeltaTime = 1.0f / 60.0f;
    m_fonts.setFontPath(std::move(fontPath));
    m_attributions.push_back({"Basemap outlines", "CC0", "an attribution text"});
}

HeadlessPanels::~HeadlessPanels() {
    ImGui::DestroyContext();
}

void HeadlessPanels::frame(const PanelInputs& in) {
    ImGui::NewFrame();
    m_host.draw(in);
    ImGui::Render();
}

bool HeadlessPanels::fontCovers(const Dataset& ds, const std::vector<Diagnostic>& errors) const {
    return m_fonts.covers(UiTexts{&ds, nullptr, &errors});
}

std::size_t HeadlessPanels::showAll(std::shared_ptr<const Dataset> ds,
                                    const std::vector<Diagnostic>& errors, std::size_t maxCities,
                                    std::size_t maxMetrics) {
    // The atlas as the viewer builds it: for these texts, then uploaded (here: only rasterised).
    ImGuiIO& io = ImGui::GetIO();
    m_fonts.build(m_uiScale, UiTexts{ds.get(), nullptr, &errors});
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));

    m_recent = {ds->title, "/tmp/a##b/data.json"};
    std::size_t frames = 0;
    PanelInputs in;
    in.dataset = ds.get();
    in.attributions = &m_attributions;
    in.errors = &errors;
    in.recentFiles = &m_recent;
    in.dataPath = ds->title;
    in.uiScale = m_uiScale;
    in.loadedAt = "12:00:00";
    m_host.openAbout();
    m_host.openOpenDialog();

    const std::size_t metrics = std::min(ds->metrics.size(), maxMetrics);
    for (std::size_t m = 0; m < metrics; ++m) {
        ViewState view = withMetric(*ds, defaultView(*ds), m);
        view.labels = m_labels;
        const MetricSummary summary = summariseMetric(*ds, m);
        in.view = &view;
        in.summary = &summary;
        in.scale = SymbolScale(summary.vMax > 0 ? summary.vMax : 1.0, 40.0, 3.0);
        const std::vector<int> years =
            summary.years.empty() ? std::vector<int>{view.year} : summary.years;
        for (const int year : years) {
            view.year = year;
            // The rankings table of the metric and year too (issue 16), its change since the
            // year before.
            const auto earlier = earlierYears(*ds, m, year);
            const RankingTable table = buildRankingTable(
                *ds, m, year, earlier.empty() ? std::nullopt : std::optional<int>(earlier[0]));
            in.rankings.dataset = ds.get();
            in.rankings.table = table.rows.empty() ? nullptr : &table;
            in.rankings.metrics = rankableMetrics(*ds);
            in.rankings.years = summary.years;
            in.rankings.earlier = earlier;
            frame(in);
            in.rankings.table = nullptr;
            ++frames;
        }
        // Every city's card and tooltip, in the latest year.
        const std::size_t cities = std::min(ds->cities.size(), maxCities);
        for (std::size_t c = 0; c < cities; ++c) {
            view.selectedCity = c;
            const CityCardModel card = buildCityCard(*ds, c, uiLanguage(m_labels));
            in.cityCard = &card;
            in.hover = tooltipFor(*ds, view, nullptr,
                                  MapItem{MapItem::Kind::City, static_cast<std::uint32_t>(c)});
            frame(in);
            ++frames;
        }
        in.cityCard = nullptr;
        view.selectedCity.reset();
        // The compare panel (issue 16) with the first four cities pinned.
        if (m == 0 && ds->cities.size() >= 2) {
            PinSet pins;
            for (std::size_t c = 0; c < std::min(ds->cities.size(), kMaxPinned); ++c)
                pins.toggle(ds->cities[c].id);
            const UiLanguage lang = uiLanguage(m_labels);
            const CompareModel model =
                buildCompare(*ds, pinnedIn(*ds, pins, lang), view.year, lang);
            in.compare = &model;
            frame(in);
            ++frames;
            in.compare = nullptr;
        }
        // The cluster that holds everything at zoom 0, when the metric may be clustered.
        if (const auto layer = buildClusterLayer(ds, m, view.year);
            layer && !layer->member.empty()) {
            const ClusterItem top = layer->index.containerAt(0, 0);
            if (top.isCluster) {
                const ClusterCardModel card =
                    buildClusterCard(*layer, top.id, uiLanguage(m_labels));
                in.clusterCard = &card;
                in.clustersShown = true;
                in.sectorRing = layer->hasSectors;
                in.hover = tooltipFor(*ds, view, layer.get(), {MapItem::Kind::Cluster, top.id},
                                      clusterSourcesText(*layer, top.id, uiLanguage(m_labels)));
                frame(in);
                ++frames;
                in.clusterCard = nullptr;
            }
        }
        in.hover.reset();
        in.view = nullptr;
        in.summary = nullptr;
    }
    return frames;
}

} // namespace aimap
