#include "app/modes/UiDump.hpp"

#include "app/Viewer.hpp"
#include "app/data/LiveData.hpp"
#include "core/data/Sectors.hpp"
#include "core/io/AtomicFile.hpp"
#include "core/view/SectorBars.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace aimap {
namespace {

nlohmann::json sectorBarsJson(const std::vector<SectorChartModel>& charts) {
    auto bars = nlohmann::json::array();
    for (const auto& chart : charts) {
        const nlohmann::json j = toJson(chart);
        for (auto bar : j["bars"]) {
            bar["chart"] = chart.id;
            bar["title"] = chart.title;
            bar["year"] = chart.year;
            bars.push_back(std::move(bar));
        }
    }
    return bars;
}

} // namespace

void UiDump::write(const Viewer& viewer, const LiveData& data) {
    if (m_path.empty() || !data.dataset())
        return;
    const Dataset& ds = *data.dataset();
    const auto& card = viewer.cityCard();
    const auto& clusterCard = viewer.clusterCard();
    nlohmann::json j;
    j["metric"] = ds.metrics[viewer.view().metric].id;
    j["year"] = viewer.view().year;
    j["selected"] = card ? nlohmann::json(card->cityId) : nlohmann::json(nullptr);
    j["dataset_title"] = ds.title;
    j["data_file"] = viewer.view().dataset;
    j["values"] = ds.values.size();
    std::size_t errors = 0;
    for (const auto& d : data.errors())
        errors += d.severity == Severity::Error;
    j["load_errors"] = errors;
    j["load_warnings"] = data.errors().size() - errors;
    j["loaded_at"] = data.loadedAt();
    j["card"] = card ? toJson(*card) : nlohmann::json(nullptr);
    // The card's sector charts, one entry per bar (tests of issue 14), the sectors summed and the
    // value of the largest symbol.
    j["sector_bars"] = card ? sectorBarsJson(card->sectorCharts) : nlohmann::json::array();
    j["sector_filter"] = nlohmann::json::array();
    for (std::size_t k = 0; k < kSectorCount; ++k)
        if (viewer.view().sectors & (1u << k))
            j["sector_filter"].push_back(sectorInfo(static_cast<Sector>(k)).id);
    j["v_max"] = viewer.lastSummary().vMax;
    // Clusters on screen, largest first (position in window pixels, members), the cluster zoom
    // and the open cluster card: the display tests click through these.
    std::vector<std::pair<double, nlohmann::json>> clusters;
    const SceneFrame& frame = viewer.frame();
    const ClusterLayer* layer = viewer.clusterLayer();
    for (const auto& m : frame.order) {
        const MapItem& d = frame.items[m.item];
        if (d.kind != MapItem::Kind::Cluster || !layer)
            continue;
        const ClusterItem it = layer->index.clusterItem(d.id);
        clusters.push_back({it.weight, nlohmann::json{{"x", std::lround(m.centre.x)},
                                                      {"y", std::lround(m.centre.y)},
                                                      {"r", m.radiusPx},
                                                      {"count", it.count}}});
    }
    std::stable_sort(clusters.begin(), clusters.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    j["clusters_on_screen"] = clusters.size();
    j["clusters"] = nlohmann::json::array();
    for (std::size_t i = 0; i < clusters.size() && i < 5; ++i)
        j["clusters"].push_back(clusters[i].second);
    j["cluster_zoom"] = viewer.clusterZoom();
    j["cluster_card"] =
        clusterCard ? nlohmann::json{{"title", clusterCard->title},
                                     {"count", clusterCard->count},
                                     {"sum", clusterCard->sum},
                                     {"sectors", clusterCard->sectors.size()},
                                     {"top", clusterCard->topMembers.size()},
                                     {"sources", clusterCard->sourceIds},
                                     {"sector_bars", sectorBarsJson(clusterCard->sectorCharts)}}
                    : nlohmann::json(nullptr);
    // The South China Sea inset, [x, y, w, h] in window pixels (null when not drawn).
    const auto inset = viewer.inset().placement;
    j["inset_rect"] = inset ? nlohmann::json{inset->rect.min.x, inset->rect.min.y,
                                             inset->rect.width(), inset->rect.height()}
                            : nlohmann::json(nullptr);
    // The pilot-zone layer: each symbol with its city, programme and window position.
    j["zones"] = nlohmann::json::array();
    for (std::size_t i = 0; i < viewer.zoneMarks().size() && i < viewer.screenZones().size(); ++i) {
        const ZoneMark& z = viewer.zoneMarks()[i];
        const ScreenZone& sz = viewer.screenZones()[i];
        j["zones"].push_back({{"city", ds.cities[z.city].id},
                              {"programme", ds.programmes[z.programme].id},
                              {"zone", ds.programmes[z.programme].zones[z.zone].zone},
                              {"approved", z.approved},
                              {"x", std::lround(sz.centre.x)},
                              {"y", std::lround(sz.centre.y)}});
    }
    // The rank layer: each badge in ranking order, with where it is drawn.
    j["ranks"] = nlohmann::json::array();
    for (std::size_t i = 0; i < viewer.rankBadges().size(); ++i) {
        const RankBadge& b = viewer.rankBadges()[i];
        nlohmann::json e{{"city", ds.cities[b.city].id}, {"text", b.text}};
        if (i < viewer.rankBadgeRects().size()) {
            const Box& r = viewer.rankBadgeRects()[i];
            e["rect"] = {r.min.x, r.min.y, r.max.x - r.min.x, r.max.y - r.min.y};
        }
        j["ranks"].push_back(e);
    }
    // A data path need not be UTF-8 (Linux file names are bytes): replace what is not.
    const std::string text = j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text == m_last)
        return;
    std::string error;
    if (writeFileAtomically(m_path, text, error))
        m_last = text;
}

} // namespace aimap
