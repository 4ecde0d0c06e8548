#include "app/modes/UiDump.hpp"

#include "app/Viewer.hpp"
#include "app/data/LiveData.hpp"
#include "app/modes/ProvinceDump.hpp"
#include "core/data/Sectors.hpp"
#include "core/io/AtomicFile.hpp"
#include "core/view/Palette.hpp"
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

namespace {

/// The search box (issue 16): open, the text typed, the results listed, the highlighted one, and
/// the place last gone to with where it is on screen now (window pixels).
nlohmann::json searchJson(const Viewer& viewer) {
    const Viewer::SearchView s = viewer.searchView();
    const auto place = [](const SearchPlace& p) {
        return nlohmann::json{
            {"kind", p.kind == SearchKind::Province ? "province" : "city"},
            {"code", p.code},
            {"city", p.cityId.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.cityId)},
            {"name_zh", p.nameZh},
            {"name_en", p.nameEn},
            {"pinyin", p.pinyin}};
    };
    nlohmann::json results = nlohmann::json::array();
    if (s.index)
        for (const SearchResult& r : *s.results)
            results.push_back(place(s.index->places()[r.place]));
    nlohmann::json went(nullptr);
    if (*s.went) {
        went = place(**s.went);
        const Vec2 p = viewer.camera().worldToScreen(s.wentWorld);
        went["screen"] = {p.x, p.y};
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const Vec2& c : *s.rowCentres)
        rows.push_back({c.x, c.y});
    return {{"open", s.open},
            {"typing", s.typing},
            {"query", s.query},
            {"rows", rows},
            {"results", results},
            {"chosen", s.chosen ? nlohmann::json(*s.chosen) : nlohmann::json(nullptr)},
            {"went", went}};
}

nlohmann::json rectJson(const Box& b) {
    return nlohmann::json::array({b.min.x, b.min.y, b.max.x - b.min.x, b.max.y - b.min.y});
}

nlohmann::json cityIds(const Dataset& ds, const std::vector<std::uint32_t>& cities) {
    nlohmann::json out = nlohmann::json::array();
    for (const std::uint32_t c : cities)
        if (c < ds.cities.size())
            out.push_back(ds.cities[c].id);
    return out;
}

/// Every marker drawn (window pixels, as drawn in that frame): cities with `filled` (a figure
/// for the year), clusters with their member cities, enterprises standing alone.
nlohmann::json markersJson(const Viewer& viewer, const Dataset& ds) {
    const SceneFrame& frame = viewer.frame();
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 0; i < frame.order.size(); ++i) {
        const ScreenMarker& m = frame.order[i];
        const MapItem& d = frame.items[m.item];
        nlohmann::json j{{"x", m.centre.x}, {"y", m.centre.y}, {"r", m.radiusPx}};
        const auto& cities = frame.memberCities[m.item];
        if (d.kind == MapItem::Kind::Cluster) {
            j["cluster"] = true;
            j["members"] = cityIds(ds, cities);
        } else if (!cities.empty() && cities[0] < ds.cities.size()) {
            j["city"] = ds.cities[cities[0]].id;
            j["filled"] = !(i < frame.styles.size() && frame.styles[i].hollow);
        } else {
            j["enterprise"] = d.id;
        }
        if (i < frame.styles.size() && frame.styles[i].selected)
            j["selected"] = true;
        // Under a talk's spotlight: dimmed or lit (the selected item is always lit).
        if (viewer.spotlight().active)
            j["dimmed"] = !j.contains("selected") &&
                          !markerLit(frame, i, viewer.spotlight(), viewer.camera());
        out.push_back(std::move(j));
    }
    return out;
}

/// Every label drawn: its text, what it names, its rect [x, y, w, h], whether a leader line
/// joins it to its marker, its marker (index into "markers") and its tier (0 selected, 1 with a
/// figure, 2 without).
nlohmann::json labelsJson(const Viewer& viewer, const Dataset& ds) {
    const SceneFrame& frame = viewer.frame();
    std::vector<long> markerOf(frame.items.size(), -1); // item -> its entry in "markers"
    for (std::size_t i = 0; i < frame.order.size(); ++i)
        if (frame.order[i].item < markerOf.size())
            markerOf[frame.order[i].item] = static_cast<long>(i);
    nlohmann::json out = nlohmann::json::array();
    for (const DrawnLabel& d : viewer.drawnLabels()) {
        if (d.request >= frame.labels.size())
            continue;
        const LabelRequest& r = frame.labels[d.request];
        nlohmann::json j{{"text", r.subtext.empty() ? r.text
                                  : r.text.empty()  ? r.subtext
                                                    : r.text + "\n" + r.subtext},
                         {"rect", rectJson(d.rect)},
                         {"leader", d.leader},
                         {"tier", r.tier},
                         {"marker", r.owner < markerOf.size() ? markerOf[r.owner] : -1}};
        const bool cluster =
            r.owner < frame.items.size() && frame.items[r.owner].kind == MapItem::Kind::Cluster;
        if (cluster)
            j["members"] = cityIds(ds, r.cities);
        else if (!r.cities.empty() && r.cities[0] < ds.cities.size())
            j["city"] = ds.cities[r.cities[0]].id;
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace

void UiDump::write(const Viewer& viewer, const LiveData& data) {
    write(viewer, data, nlohmann::json::object());
}

void UiDump::write(const Viewer& viewer, const LiveData& data, const nlohmann::json& extra) {
    if (m_path.empty() || !data.dataset())
        return;
    nlohmann::json j = snapshot(viewer, data);
    if (extra.is_object())
        j.update(extra);
    const std::string text = j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text == m_last)
        return;
    std::string error;
    if (writeFileAtomically(m_path, text, error))
        m_last = text;
}

namespace {

// The rankings table (issue 16): open, its metric and year, its rows in their order (city id,
// value, rank or place as shown, rectangle in window pixels or null when scrolled out), the
// selected row's city and whether it has the keyboard.
nlohmann::json rankingsJson(const Viewer& viewer, const Dataset& ds) {
    const Viewer::RankingsUi& r = viewer.rankings();
    if (!r.open || r.builtFor != &ds)
        return {{"open", false}};
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < r.table.rows.size(); ++i) {
        const RankingRow& row = r.table.rows[i];
        const Box* b = i < r.rowRects.size() && !r.rowRects[i].empty() ? &r.rowRects[i] : nullptr;
        rows.push_back(
            {{"city", ds.cities[row.city].id},
             {"value", row.value->value},
             {"rank", rankPlaceText(r.table, row)},
             {"change", row.change ? nlohmann::json(*row.change) : nlohmann::json(nullptr)},
             {"rect", b ? nlohmann::json::array({b->min.x, b->min.y, b->max.x, b->max.y})
                        : nlohmann::json(nullptr)}});
    }
    // Where the selected row's city is on screen now (window pixels): the row flew there.
    nlohmann::json selectedAt = nullptr;
    if (r.selected) {
        const Vec2 p =
            viewer.camera().worldToScreen(ds.cities[r.table.rows[*r.selected].city].world);
        selectedAt = {p.x, p.y};
    }
    const char* columns[] = {"city", "value", "rank", "change", "change_pct", "sources", "grade"};
    return {{"open", true},
            {"metric", ds.metrics[r.metric].id},
            {"year", r.year},
            {"earlier", r.earlier ? nlohmann::json(*r.earlier) : nlohmann::json(nullptr)},
            {"sort", columns[static_cast<int>(r.sortColumn)]},
            {"ascending", r.ascending},
            {"focused", r.focused},
            {"rows", rows},
            {"selected", r.selected ? nlohmann::json(ds.cities[r.table.rows[*r.selected].city].id)
                                    : nlohmann::json(nullptr)},
            {"selected_at", selectedAt}};
}

} // namespace

nlohmann::json UiDump::snapshot(const Viewer& viewer, const LiveData& data) {
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
    j["ui_scale"] = viewer.uiScale();
    j["contrast"] = paletteName(theme().palette); // "normal" or "high"

    j["panel_text_px"] = std::lround(kPanelTextPx * viewer.uiScale());
    j["label_text_px"] = std::lround(kLabelTextPx * viewer.uiScale());
    j["card"] = card ? toJson(*card) : nlohmann::json(nullptr);
    // The radius tool: its km and the cities within it, nearest first (metres to 1 mm).
    if (const auto km = viewer.radiusKm(); km && card) {
        nlohmann::json within = nlohmann::json::array();
        for (const NearbyCity& n : viewer.nearby())
            within.push_back(
                {{"city", ds.cities[n.city].id},
                 {"metres", std::round(n.metres * 1000) / 1000},
                 {"value", n.value ? nlohmann::json(n.value->value) : nlohmann::json(nullptr)}});
        j["radius"] = {{"km", *km}, {"city", card->cityId}, {"within", within}};
    } else {
        j["radius"] = nullptr;
    }
    j["search"] = searchJson(viewer);
    const Box& toggle = viewer.radiusToggle();
    j["radius_toggle"] = toggle.empty()
                             ? nlohmann::json(nullptr)
                             : nlohmann::json::array({(toggle.min.x + toggle.max.x) / 2,
                                                      (toggle.min.y + toggle.max.y) / 2});
    // Compare (issue 16): the pinned cities with their slot (1..4) and where their marks are on
    // the map (the marker's centre, window pixels; null when not drawn), the shared metrics'
    // figures by year per city (null: n/a) and the sector breakdowns side by side.
    if (viewer.pins().empty()) {
        j["compare"] = nullptr;
    } else {
        nlohmann::json c = toJson(viewer.compareModel());
        const auto marks = viewer.pinMarks();
        for (auto& p : c["pinned"]) {
            p["marker_centre"] = nullptr;
            for (const PinMarks::Mark& m : marks)
                if (m.slot + 1 == p["slot"].get<std::size_t>())
                    p["marker_centre"] = {m.centre.x, m.centre.y};
        }
        const Box& r = viewer.comparePanelRect();
        c["panel_rect"] = r.empty() ? nlohmann::json(nullptr) : rectJson(r);
        j["compare"] = std::move(c);
    }
    j["rankings"] = rankingsJson(viewer, ds);
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
    j["labels_mode"] = labelModeName(viewer.view().labels);
    j["grouping"] = viewer.view().clustering;
    j["flying"] = viewer.flying(); // a camera flight in progress: positions are changing
    // The camera: centre (projected metres), scale (pixels per metre) and zoom (log2 of the
    // scale over the "fit China" scale).
    const CameraPose pose = viewer.pose();
    j["camera"] = {{"centre", {pose.centre.x, pose.centre.y}},
                   {"scale", pose.scale},
                   {"zoom", std::log2(pose.scale / viewer.fitScale())}};
    // The timeline: the year the figures are of, playing, the transition's progress (linear and
    // eased; 1 when a year is held), the years it plays, and the change badges on the map.
    const TimelineFrame& tf = viewer.timeline().frame();
    j["timeline"] = {{"year", viewer.view().year},
                     {"playing", viewer.timeline().playing()},
                     {"from", tf.from},
                     {"to", tf.to},
                     {"progress", tf.progress},
                     {"eased", tf.eased},
                     {"transitioning", tf.transitioning()},
                     {"reached", viewer.timeline().reached()},
                     {"years", viewer.timeline().years()},
                     {"badges", viewer.timelineBadges()}};
    j["window"] = {viewer.frameSize().x, viewer.frameSize().y};
    j["copied"] = viewer.copied();        // the last Ctrl+C's text (issue 16)
    j["key_help"] = viewer.keyHelpOpen(); // the ? / F1 overlay is open
    // A talk's spotlight: the provinces and cities it lights, the focus cities and the markers
    // pulsing (null when nothing is dimmed).
    const SpotlightLit& lit = viewer.spotlight();
    if (lit.active) {
        nlohmann::json cities = nlohmann::json::array(), focus = nlohmann::json::array();
        for (std::size_t c = 0; c < ds.cities.size(); ++c)
            if (lit.cityLit(c))
                cities.push_back(ds.cities[c].id);
        for (std::size_t c : lit.focus)
            if (c < ds.cities.size())
                focus.push_back(ds.cities[c].id);
        nlohmann::json pulsing = nlohmann::json::array();
        for (const ScreenMarker& m : viewer.pulsing())
            pulsing.push_back({{"x", m.centre.x}, {"y", m.centre.y}, {"r", m.radiusPx}});
        j["spotlight"] = {{"provinces", lit.provinces},
                          {"cities", cities},
                          {"focus", focus},
                          {"pulsing", pulsing}};
    } else {
        j["spotlight"] = nullptr;
    }
    j["markers"] = markersJson(viewer, ds);
    j["labels"] = labelsJson(viewer, ds);
    // The South China Sea inset, [x, y, w, h] in window pixels (null when not drawn).
    const auto inset = viewer.inset().placement;
    j["inset_rect"] = inset ? rectJson(inset->rect) : nlohmann::json(nullptr);
    j["panel_rects"] = nlohmann::json::array();
    for (const Box& b : viewer.panelRects())
        j["panel_rects"].push_back(rectJson(b));
    // The pilot-zone layer: each symbol with its city, programme, window position and reach.
    j["zones"] = nlohmann::json::array();
    for (std::size_t i = 0;
         i < viewer.layers().zoneMarks().size() && i < viewer.layers().screenZones().size(); ++i) {
        const ZoneMark& z = viewer.layers().zoneMarks()[i];
        const ScreenZone& sz = viewer.layers().screenZones()[i];
        j["zones"].push_back({{"city", ds.cities[z.city].id},
                              {"programme", ds.programmes[z.programme].id},
                              {"zone", ds.programmes[z.programme].zones[z.zone].zone},
                              {"approved", z.approved},
                              {"x", std::lround(sz.centre.x)},
                              {"y", std::lround(sz.centre.y)},
                              {"r", zoneSymbolExtentPx(sz.programme, viewer.uiScale())}});
    }
    // The rank layer: each badge in ranking order, with where it is drawn.
    j["ranks"] = nlohmann::json::array();
    for (std::size_t i = 0; i < viewer.layers().rankBadges().size(); ++i) {
        const RankBadge& b = viewer.layers().rankBadges()[i];
        nlohmann::json e{{"city", ds.cities[b.city].id}, {"text", b.text}};
        if (i < viewer.layers().rankBadgeRects().size()) {
            const Box& r = viewer.layers().rankBadgeRects()[i];
            e["rect"] = {r.min.x, r.min.y, r.max.x - r.min.x, r.max.y - r.min.y};
        }
        j["ranks"].push_back(e);
    }
    addProvinceDump(viewer, j); // "province" and "choropleth" (issue 16)
    // A data path need not be UTF-8 (Linux file names are bytes): the caller replaces what is
    // not when dumping.
    return j;
}

} // namespace aimap
