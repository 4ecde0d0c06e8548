// Compare (issue 16): Viewer's methods for pinning 2-4 cities (core/view/Compare's PinSet), the
// compare panel's model and intents, and the pinned cities' marks on the map (render/PinMarks).

#include "app/Viewer.hpp"

#include "core/data/CardText.hpp"
#include "ui/Panels.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace aimap {

void Viewer::togglePin(std::size_t city) {
    if (!m_data.dataset() || city >= data().cities.size())
        return;
    togglePin(data().cities[city].id);
}

void Viewer::togglePin(const std::string& cityId) {
    if (!m_data.dataset())
        return;
    const auto c = data().cityIndex(cityId);
    if (!c)
        return;
    const UiLanguage lang = uiLanguage(m_view.labels);
    const City& city = data().cities[*c];
    const std::string name = cityTitle(city.nameZh, city.nameEn);
    switch (m_pins.toggle(cityId)) {
    case PinSet::Result::Full:
        toast(tr(Tx::CompareFull, lang, {std::to_string(kMaxPinned)}), 4);
        return;
    case PinSet::Result::Unpinned:
        toast(tr(Tx::CompareUnpinned, lang, {name}));
        return;
    case PinSet::Result::Pinned:
        toast(m_pins.size() == 1
                  ? tr(Tx::CompareNeedOneMore, lang, {name})
                  : tr(Tx::ComparePinned, lang,
                       {name, std::to_string(m_pins.size()), std::to_string(kMaxPinned)}));
        keepPinsInView(true);
        return;
    }
}

std::string Viewer::pinFromCommandLine(const std::string& list) {
    if (list.empty())
        return {};
    std::vector<std::string> names;
    std::stringstream in(list);
    for (std::string name; std::getline(in, name, ',');)
        names.push_back(name);
    if (names.size() < 2 || names.size() > kMaxPinned)
        return "--compare takes 2 to " + std::to_string(kMaxPinned) +
               " cities separated by commas (got " + std::to_string(names.size()) + ")\n";
    m_pins.clear();
    for (const std::string& name : names) {
        const auto c = data().findCity(name);
        if (!c)
            return "unknown city '" + name + "' (--compare)\n";
        if (m_pins.toggle(data().cities[*c].id) != PinSet::Result::Pinned)
            return "city '" + name + "' is named twice (--compare)\n";
    }
    return {};
}

void Viewer::keepPinsInView(bool animate) {
    if (m_pins.size() < 2 || !m_data.dataset())
        return;
    const Vec2 size = m_camera.viewport();
    const float s = uiScale();
    const bool cardOpen = m_card || m_clusterCard;
    double left =
        size.x - 2 * panelMargin(s) - comparePanelWidth(static_cast<float>(size.x), s, cardOpen);
    if (cardOpen)
        left -= cityCardWidth(static_cast<float>(size.x), s) + panelMargin(s);
    const double margin = 40.0 * s;
    double minX = size.x, maxX = 0;
    for (const ComparePin& p : pinnedIn(data(), m_pins, UiLanguage::En)) {
        const Vec2 q = m_camera.worldToScreen(data().cities[p.city].world);
        minX = std::min(minX, q.x);
        maxX = std::max(maxX, q.x);
    }
    // Left just enough to bring the easternmost clear of the panel, never so far that the
    // westernmost leaves the window.
    const double dx = std::min(maxX - (left - margin), minX - margin);
    if (dx <= 0)
        return;
    Camera moved = m_camera;
    moved.panPixels({-dx, 0});
    if (!animate)
        m_camera.setCentre(moved.centre());
    else
        flyTo({moved.centre(), m_camera.scale()});
}

const CompareModel& Viewer::compareModel() const {
    if (!m_data.dataset()) {
        m_compare = {};
        return m_compare;
    }
    const CompareKey key{&data(), m_pins, m_view.year, uiLanguage(m_view.labels)};
    if (!m_compareKey || !(*m_compareKey == key)) {
        m_compare =
            buildCompare(data(), pinnedIn(data(), m_pins, key.language), key.year, key.language);
        m_compareKey = key;
    }
    return m_compare;
}

std::vector<PinMarks::Mark> Viewer::pinMarks() const {
    return m_gfx ? m_gfx->pinMarks.marks() : std::vector<PinMarks::Mark>{};
}

void Viewer::pinAt(Vec2 point) {
    const auto item = overInset(point) ? std::nullopt : m_frame.pick(point);
    if (!item)
        return;
    const ClusterLayer* layer = m_frameLayer.get();
    if (item->kind == MapItem::Kind::City)
        togglePin(static_cast<std::size_t>(item->id));
    else if (item->kind == MapItem::Kind::Point && layer &&
             layer->members == ClusterLayer::Members::Cities && item->id < layer->member.size())
        togglePin(static_cast<std::size_t>(layer->member[item->id]));
}

void Viewer::pinSelected() {
    if (m_view.selectedCity)
        togglePin(*m_view.selectedCity);
    else
        toast(tr(Tx::CompareHint, uiLanguage(m_view.labels)), 4);
}

bool Viewer::unpinLast() {
    const auto id = m_pins.unpinLast();
    if (!id)
        return false;
    const UiLanguage lang = uiLanguage(m_view.labels);
    if (const auto c = data().cityIndex(*id))
        toast(tr(Tx::CompareUnpinned, lang,
                 {cityTitle(data().cities[*c].nameZh, data().cities[*c].nameEn)}));
    return true;
}

void Viewer::comparePanel(PanelInputs& in) const {
    if (!m_pins.empty())
        in.compare = &compareModel();
    if (m_card)
        in.cardPinnedSlot = m_pins.slotOf(m_card->cityId);
}

void Viewer::applyCompareIntents(const PanelIntents& in) {
    m_compareRect = in.compare.rect;
    m_compareHover = in.compare.hovered;
    if (in.cityCard.togglePin && m_card)
        togglePin(m_card->cityId);
    if (in.compare.unpin)
        togglePin(*in.compare.unpin);
    if (in.compare.clear) {
        m_pins.clear();
        toast(tr(Tx::CompareCleared, uiLanguage(m_view.labels)));
    }
}

void Viewer::buildPinMarks(std::vector<Box>& obstacles) {
    Graphics& g = *m_gfx;
    std::vector<PinMarks::Mark> marks;
    if (m_data.dataset() && !m_presenting)
        for (const ComparePin& p : pinnedIn(data(), m_pins, UiLanguage::En)) {
            // The city's own marker; inside a cluster, the city's point (a small ring).
            if (const auto m = markerOfCity(p.city))
                marks.push_back({m->centre, m->radiusPx, p.slot, pinColour(p.slot)});
            else
                marks.push_back({m_camera.worldToScreen(data().cities[p.city].world), 0.0, p.slot,
                                 pinColour(p.slot)});
        }
    const float px = uiScale();
    g.pinMarks.build(std::move(marks), g.labels.hasFont() ? &g.labels.font() : nullptr,
                     static_cast<unsigned>(std::round(13.0f * px)), px);
    for (const Box& b : g.pinMarks.badgeRects())
        obstacles.push_back(b);
}

} // namespace aimap
