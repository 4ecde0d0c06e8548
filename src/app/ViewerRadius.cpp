// The radius tool (issue 16): Viewer's methods for the geodesic circle around the selected city
// and the cities inside it (core/view/Nearby). The card shows the list; the map the ring.

#include "app/Viewer.hpp"

#include "core/geo/Geodesy.hpp"
#include "render/MeshBuilder.hpp"

#include <algorithm>

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

void Viewer::buildRadiusRing(sf::VertexArray& quads) {
    quads.clear();
    if (!m_radius || !m_view.selectedCity || !m_data.dataset() ||
        *m_view.selectedCity >= data().cities.size())
        return;
    const Rgba c = theme().selectionHalo;
    appendLine(quads,
               radiusRing(data().cities[*m_view.selectedCity].position, m_radius->km * 1000.0),
               true, m_camera, 2.0f * uiScale(), sf::Color(c.r, c.g, c.b, 220));
}

} // namespace aimap
