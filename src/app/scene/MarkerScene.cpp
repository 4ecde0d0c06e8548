#include "app/scene/MarkerScene.hpp"

#include "core/cluster/ClusterSpace.hpp"
#include "core/data/Format.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace aimap {

namespace {
LabelRequest makeLabel(std::string text, Vec2 anchor, double radius, double priority,
                       std::size_t item) {
    LabelRequest l;
    l.text = std::move(text);
    l.anchor = anchor;
    l.markerRadiusPx = radius;
    l.priority = priority;
    l.item = item;
    return l;
}
} // namespace

bool SceneFrame::showsClusters() const {
    return std::any_of(items.begin(), items.end(),
                       [](const MapItem& i) { return i.kind == MapItem::Kind::Cluster; });
}

std::optional<MapItem> SceneFrame::pick(Vec2 screenPx) const {
    const auto hit = pickMarker(order, screenPx);
    if (!hit)
        return std::nullopt;
    return items[*hit];
}

SymbolScale MarkerScene::symbolScale(const Camera& camera, double vMax, float uiScale) {
    const double z = std::clamp(camera.zoomLevel(), 0.0, 6.0);
    const double rMax = 0.06 * camera.viewport().y * std::pow(2.0, z / 2);
    return SymbolScale(vMax, rMax, 3.0 * uiScale);
}

MarkerStyle MarkerScene::clusterStyle(const ClusterLayer& layer, std::uint32_t id) {
    MarkerStyle st;
    st.cluster = true;
    if (layer.hasSectors) {
        const auto w = layer.index.categoryWeights(id);
        const double total = layer.index.clusterItem(id).weight;
        st.ring = total > 0;
        for (std::size_t k = 0; k < st.shares.size(); ++k)
            st.shares[k] = total > 0 ? static_cast<float>(w[k] / total) : 0.0f;
    }
    return st;
}

SceneFrame MarkerScene::build(const SceneInput& in) {
    SceneFrame out;
    const Dataset& ds = *in.dataset;
    const ViewState& view = *in.view;
    const SymbolScale scale = symbolScale(*in.camera, in.summary->vMax, in.uiScale);
    if (in.layer) {
        addClusters(in, scale, out);
        addCities(in, scale, true, out); // cities without a figure stay visible as hollow rings
    } else {
        addCities(in, scale, false, out);
    }
    sortForDrawing(out.order);
    out.styles.reserve(out.order.size());
    for (const auto& m : out.order) {
        const MapItem& d = out.items[m.item];
        MarkerStyle st;
        if (d.kind == MapItem::Kind::City) {
            // During a timeline transition a city absent in either year is the "no figure" ring
            // (its circle fades apart: SceneFrame::vanishing, appearing).
            st.hollow = ds.value(d.id, view.metric, view.year) == nullptr ||
                        (in.morph && ds.value(d.id, view.metric, in.morph->from) == nullptr);
            st.selected = view.selectedCity && *view.selectedCity == d.id;
        } else if (d.kind == MapItem::Kind::Cluster) {
            st = clusterStyle(*in.layer, d.id);
            // The open cluster, or the one the selected city is grouped into: its marker is there.
            st.selected = (in.selectedCluster && *in.selectedCluster == d.id) ||
                          holdsSelectedCity(in, out.memberCities[m.item]);
        } else if (in.layer->members == ClusterLayer::Members::Cities) {
            const auto city = in.layer->member[d.id];
            st.selected = view.selectedCity && *view.selectedCity == city;
            st.hollow = in.morph && (ds.value(city, view.metric, in.morph->from) == nullptr ||
                                     ds.value(city, view.metric, view.year) == nullptr);
        }
        out.styles.push_back(st);
    }
    // After a cluster transition the labels fade in rather than pop.
    if (in.layer && !in.settled)
        out.labelOpacity = static_cast<float>(
            std::clamp((in.nowSeconds - m_since - kMoveSeconds) / kLabelFadeSeconds, 0.0, 1.0));
    return out;
}

bool MarkerScene::morphed(const SceneInput& in, const SymbolScale& scale, std::optional<double> a,
                          std::optional<double> b, Vec2 screen, double& radius, SceneFrame& out) {
    const MorphedMarker m = morphMarker(a, b, in.morph->eased, scale);
    out.morphEased = static_cast<float>(in.morph->eased);
    switch (m.state) {
    case MorphedMarker::State::Both:
        radius = m.radiusPx;
        return true;
    case MorphedMarker::State::Vanishing:
        // `item`: the city's own marker (its ring, added next), so that its label may touch it.
        out.vanishing.push_back({screen, m.radiusPx, out.items.size()});
        return false;
    case MorphedMarker::State::Appearing:
        out.appearing.push_back({screen, m.radiusPx, out.items.size()});
        return false;
    case MorphedMarker::State::Absent:
        break;
    }
    return true;
}

double MarkerScene::withRing(const SceneInput& in, const SymbolScale& scale, std::size_t city,
                             double radius) {
    if (!in.previousRings || !in.dataset->value(city, in.view->metric, in.view->year))
        return radius;
    const Value* p = previousFigure(*in.dataset, city, in.view->metric, in.view->year);
    return p ? std::max(radius, scale.radius(p->value)) : radius;
}

bool MarkerScene::isSelected(const SceneInput& in, std::size_t city) {
    return in.view->selectedCity && *in.view->selectedCity == city;
}

bool MarkerScene::holdsSelectedCity(const SceneInput& in,
                                    const std::vector<std::uint32_t>& cities) {
    return in.view->selectedCity &&
           std::find(cities.begin(), cities.end(), *in.view->selectedCity) != cities.end();
}

const ClusterName& MarkerScene::nameOf(const ClusterLayer& layer, std::uint32_t id,
                                       LabelMode mode) {
    // Names are linear in a cluster's members: made once per layer, language and cluster.
    // A layer is told by its address and what it was built for (an address may be reused).
    const NamesKey key{&layer, layer.dataset.get(), layer.metric, layer.year, layer.member.size()};
    if (!(m_namesKey == key) || m_namesMode != mode) {
        m_names.clear();
        m_namesKey = key;
        m_namesMode = mode;
    }
    auto it = m_names.find(id);
    if (it == m_names.end())
        it = m_names.emplace(id, clusterName(layer, id, mode)).first;
    return it->second;
}

void MarkerScene::addCities(const SceneInput& in, const SymbolScale& scale, bool onlyHollow,
                            SceneFrame& out) const {
    const Dataset& ds = *in.dataset;
    const Camera& camera = *in.camera;
    const Box visible = camera.visibleWorld();
    for (std::size_t i = 0; i < ds.cities.size(); ++i) {
        const City& c = ds.cities[i];
        if (!std::isfinite(c.world.x) || !std::isfinite(c.world.y))
            continue;
        const Value* v = ds.value(i, in.view->metric, in.view->year);
        // The cities of the layer shown are its points (the layer may be a timeline
        // transition's year A).
        if (onlyHollow && ds.value(i, in.view->metric, in.layer->year))
            continue;
        const Vec2 s = camera.worldToScreen(c.world);
        // Regression (issue 14): 17 rings as large as data markers looked like data. A city
        // without a figure is a small, light ring: absent, not zero, and quiet.
        double r = v ? scale.radius(v->value) : 3.5 * in.uiScale;
        double labelR = r;
        if (in.morph) {
            const Value* a = ds.value(i, in.view->metric, in.morph->from);
            if (!morphed(in, scale, a ? std::optional<double>(a->value) : std::nullopt,
                         v ? std::optional<double>(v->value) : std::nullopt, s, r, out))
                r = 3.5 * in.uiScale; // absent in one year: the ring, its circle fading apart
            // Labels keep their places through the transition: beside the larger of the two
            // years' circles.
            labelR =
                std::max({r, a ? scale.radius(a->value) : 0.0, v ? scale.radius(v->value) : 0.0});
        }
        // Cull markers fully outside the window.
        const double margin = r / camera.scale();
        if (c.world.x < visible.min.x - margin || c.world.x > visible.max.x + margin ||
            c.world.y < visible.min.y - margin || c.world.y > visible.max.y + margin)
            continue;
        out.order.push_back({s, r, out.items.size()});
        out.items.push_back({MapItem::Kind::City, static_cast<std::uint32_t>(i)});
        out.memberCities.push_back({static_cast<std::uint32_t>(i)});
        // Priority independent of the year so labels do not jump when it changes; the selected
        // city first, what has no figure this year last.
        LabelRequest label =
            makeLabel(cityLabel(c, in.view->labels), s, withRing(in, scale, i, labelR),
                      in.summary->labelPriority[i], i);
        label.owner = out.items.size() - 1;
        label.tier = isSelected(in, i) ? 0 : v ? 1 : 2;
        label.cities = {static_cast<std::uint32_t>(i)};
        out.labels.push_back(std::move(label));
    }
}

void MarkerScene::addClusters(const SceneInput& in, const SymbolScale& scale, SceneFrame& out) {
    const ClusterLayer& layer = *in.layer;
    const ClusterIndex& index = layer.index;
    const Camera& camera = *in.camera;
    const int zoom = clusterZoomFor(camera.scale(), kClusterRadiusPx * in.uiScale, index.options());
    if (zoom != m_zoom) {
        // A new level: members fly out of (zooming in) or into (zooming out) their cluster.
        m_fromZoom = m_zoom < 0 ? zoom : m_zoom;
        m_zoom = zoom;
        m_since = in.nowSeconds;
    }
    const double t = in.settled ? 1.0 : std::min(1.0, (in.nowSeconds - m_since) / kMoveSeconds);
    const double ease = t * t * (3 - 2 * t);
    const bool collapsing = t < 1 && m_fromZoom > m_zoom;
    const bool expanding = t < 1 && m_fromZoom < m_zoom;
    const int shownZoom = collapsing ? m_fromZoom : m_zoom;

    // The visible box in the index's unit square, widened so large circles at the edge show.
    const Box visible = camera.visibleWorld();
    const double padM = 0.25 * (visible.max.x - visible.min.x);
    const Vec2 a = albersToUnit({visible.min.x - padM, visible.max.y + padM});
    const Vec2 b = albersToUnit({visible.max.x + padM, visible.min.y - padM});
    const auto items = index.getClusters(a.x, a.y, b.x, b.y, shownZoom);
    const Dataset& ds = *in.dataset;
    const Metric& metric = ds.metrics[in.view->metric];
    auto lerp = [](Vec2 p, Vec2 q, double f) {
        return Vec2{p.x + (q.x - p.x) * f, p.y + (q.y - p.y) * f};
    };
    for (const auto& it : items) {
        Vec2 world = layer.world(it);
        if (expanding || collapsing) {
            const int other = expanding ? m_fromZoom : m_zoom;
            const ClusterItem c = it.isCluster ? index.clusterContainerAt(it.id, other)
                                               : index.containerAt(it.id, other);
            const Vec2 cw = layer.world(c);
            world = expanding ? lerp(cw, world, ease) : lerp(world, cw, ease);
        }
        const Vec2 s = camera.worldToScreen(world);
        double r = scale.radius(std::max(0.0, it.weight));
        double labelR = r;
        double labelSum = it.weight; // what the cluster's label says it sums
        if (in.morph && layer.members == ClusterLayer::Members::Cities) {
            // A timeline transition (over year A's layer, or year B's once built): a city
            // standing alone morphs between its two years' figures (or fades), a cluster between
            // the sums of its members' figures of each year; the layer of year B is shown alone
            // when the transition ends.
            auto figure = [&](std::uint32_t city, int year) -> std::optional<double> {
                if (const Value* v = ds.value(city, in.view->metric, year))
                    return v->value;
                return std::nullopt;
            };
            auto sum = [&](int year) -> std::optional<double> {
                if (!it.isCluster)
                    return figure(static_cast<std::uint32_t>(layer.member[it.id]), year);
                std::optional<double> total;
                for (const std::uint32_t c : nameOf(layer, it.id, in.view->labels).cities)
                    if (const auto v = figure(c, year))
                        total = total.value_or(0) + *v;
                return total;
            };
            const auto a = sum(in.morph->from), b = sum(in.morph->to);
            // The label speaks of the year the figures are of (the view's), whichever layer.
            labelSum = b.value_or(0);
            if (!morphed(in, scale, a, b, s, r, out)) {
                if (it.isCluster)
                    continue;         // members without figures in one year: the circle fades alone
                r = 3.5 * in.uiScale; // absent in one year: the ring, as a city's
            }
            // Labels keep their places: beside the larger of the two years' circles.
            labelR = std::max({r, a ? scale.radius(*a) : 0.0, b ? scale.radius(*b) : 0.0});
        }
        out.order.push_back({s, r, out.items.size()});
        out.items.push_back({it.isCluster ? MapItem::Kind::Cluster : MapItem::Kind::Point, it.id});
        out.memberCities.emplace_back();
        const std::size_t owner = out.items.size() - 1;
        // Its cities even while it moves (regression: a city moving out of a cluster after a
        // zoom had none, so the UI dump showed no Jinan under a talk's "fit Jinan" camera).
        if (it.isCluster)
            out.memberCities.back() = nameOf(layer, it.id, in.view->labels).cities;
        else if (layer.members == ClusterLayer::Members::Cities)
            out.memberCities.back() = {static_cast<std::uint32_t>(layer.member[it.id])};
        if (expanding || collapsing)
            continue; // labels come back when the members have settled
        const std::size_t labelItem = ds.cities.size() + out.items.size();
        if (it.isCluster) {
            // Named by its largest members, then the sum and member count; a count of the
            // members themselves is said once.
            const ClusterName& name = nameOf(layer, it.id, in.view->labels);
            const bool sumIsCount = metric.unit == "count" &&
                                    it.weight == static_cast<double>(it.count) &&
                                    layer.members == ClusterLayer::Members::Enterprises;
            std::string sum = formatCompact(labelSum, metric.unit, uiLanguage(in.view->labels));
            if (!sumIsCount)
                sum += " \xC2\xB7 " + formatThousands(it.count);
            // Its largest member's priority: stable across years like a city's.
            double priority = -1;
            for (const std::uint32_t c : name.cities)
                priority = std::max(priority, in.summary->labelPriority[c]);
            LabelRequest label =
                makeLabel(name.text, s, labelR, priority < 0 ? it.weight : priority, labelItem);
            label.owner = owner;
            const bool selected = (in.selectedCluster && *in.selectedCluster == it.id) ||
                                  holdsSelectedCity(in, name.cities);
            label.tier = selected ? 0 : 1;
            label.subtext = std::move(sum);
            label.cities = name.cities;
            out.labels.push_back(std::move(label));
        } else if (layer.members == ClusterLayer::Members::Cities) {
            const auto city = layer.member[it.id];
            LabelRequest label =
                makeLabel(cityLabel(ds.cities[city], in.view->labels), s,
                          withRing(in, scale, city, labelR), in.summary->labelPriority[city], city);
            label.owner = owner;
            label.tier = isSelected(in, city) ? 0 : 1;
            label.cities = {city};
            out.labels.push_back(std::move(label));
        } else {
            // An enterprise standing alone: named where there is room, never with a leader.
            LabelRequest label = makeLabel(layer.memberName(it.id), s, r, it.weight, labelItem);
            label.owner = owner;
            label.leaders = false;
            out.labels.push_back(std::move(label));
        }
    }
    if (!expanding && !collapsing)
        return;
    // The clusters of the level left (zooming in) fade out under their members as these move
    // out, those of the level reached (zooming out) fade in as their members move in: a circle
    // never gives way at once to the smaller ones of its members. One standing at both levels
    // is among the items already.
    out.ghostOpacity = static_cast<float>(expanding ? 1.0 - ease : ease);
    std::unordered_set<std::uint32_t> shown;
    for (const auto& it : items)
        if (it.isCluster)
            shown.insert(it.id);
    std::vector<std::uint32_t> ghostIds; // ScreenMarker::item indexes this
    for (const auto& g : index.getClusters(a.x, a.y, b.x, b.y, expanding ? m_fromZoom : m_zoom))
        if (g.isCluster && !shown.count(g.id)) {
            out.ghostOrder.push_back({camera.worldToScreen(layer.world(g)),
                                      scale.radius(std::max(0.0, g.weight)), ghostIds.size()});
            ghostIds.push_back(g.id);
        }
    sortForDrawing(out.ghostOrder);
    for (const auto& m : out.ghostOrder)
        out.ghostStyles.push_back(clusterStyle(layer, ghostIds[m.item]));
}

} // namespace aimap
