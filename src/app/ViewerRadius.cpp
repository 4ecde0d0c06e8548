// The radius tool (issue 16): Viewer's methods for the geodesic circle around the selected city
// and the cities inside it (core/view/Nearby). The card shows the list; the map the ring.

#include "app/Viewer.hpp"

#include "core/geo/Geodesy.hpp"
#include "render/MeshBuilder.hpp"
#include "ui/Widgets.hpp"

#include <algorithm>
#include <cstdio>

namespace aimap {

void Viewer::setRadius(std::optional<double> km) {
    if (!km) {
        m_radius.reset();
        return;
    }
    RadiusChoice r;
    r.km = std::clamp(*km, RadiusChoice::kMinKm, RadiusChoice::kMaxKm);
    m_radius = r;
}

const std::vector<NearbyCity>& Viewer::nearby() const {
    if (!m_radius || !m_view.selectedCity || !m_data.dataset() ||
        *m_view.selectedCity >= data().cities.size()) {
        m_nearby.clear();
        m_nearbyKey.reset();
        return m_nearby;
    }
    const NearbyKey key{&data(), *m_view.selectedCity, m_view.metric, m_view.year, m_radius->km};
    if (!m_nearbyKey || !(*m_nearbyKey == key)) {
        m_nearby = citiesWithin(data(), key.city, key.km * 1000.0, key.metric, key.year);
        m_nearbyKey = key;
    }
    return m_nearby;
}

void Viewer::radiusPanel(PanelInputs& in, UiLanguage lang) {
    const std::vector<NearbyCity>& near = nearby();
    if (!m_nearbyKey)
        return;
    if (!m_nearbyRowsKey || !(m_nearbyRowsKey->first == *m_nearbyKey) ||
        m_nearbyRowsKey->second != lang) {
        const Dataset& ds = data();
        m_nearbyRows = nearbyRows(ds, near, m_view.metric, m_view.year, lang);
        const City& c = ds.cities[m_nearbyKey->city];
        char km[16];
        std::snprintf(km, sizeof km, "%.0f", m_radius->km);
        const std::string name = cityTitle(c.nameZh, c.nameEn);
        std::string figures;
        if (m_view.metric < ds.metrics.size()) {
            const std::string& label = ds.metrics[m_view.metric].labelIn(lang == UiLanguage::Zh);
            figures = " " + (m_view.year
                                 ? tr(Tx::RadiusFigures, lang, {label, std::to_string(m_view.year)})
                                 : label);
        }
        m_nearbyHeading =
            near.empty()
                ? tr(Tx::RadiusNone, lang, {km, name})
                : tr(Tx::RadiusWithin, lang, {std::to_string(near.size()), km, name}) + figures;
        m_nearbyRowsKey = std::make_pair(*m_nearbyKey, lang);
    }
    in.radiusHeading = m_nearbyHeading;
    in.radiusKm = m_radius->km;
    in.nearby = &m_nearbyRows;
}

void Viewer::buildRadiusRing(sf::VertexArray& quads) {
    quads.clear();
    appendSearchMark(quads); // a searched city the data lacks (ViewerSearch.cpp)
    if (!m_radius || !m_view.selectedCity || !m_data.dataset() ||
        *m_view.selectedCity >= data().cities.size())
        return;
    const NearbyKey key{&data(), *m_view.selectedCity, 0, 0, m_radius->km};
    if (!m_ringKey || !(*m_ringKey == key)) {
        m_ringWorld = radiusRing(data().cities[key.city].position, key.km * 1000.0);
        m_ringKey = key;
    }
    const Rgba c = theme().selectionHalo;
    appendLine(quads, m_ringWorld, true, m_camera, 2.0f * uiScale(), sf::Color(c.r, c.g, c.b, 220));
}

} // namespace aimap
