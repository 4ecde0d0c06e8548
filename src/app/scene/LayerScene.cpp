#include "app/scene/LayerScene.hpp"

#include "core/view/UiScale.hpp"

#include <cmath>

namespace aimap {

void LayerScene::build(const Dataset& ds, const ViewState& view, const Camera& camera,
                       const sf::Font* font, float uiScale) {
    // Pilot zones: a fixed symbol per programme on each zone city, solid when approved by the end
    // of the year shown, faint when approved later.
    m_zoneMarks = aimap::zoneMarks(ds, view.zones, view.year);
    m_screenZones.clear();
    for (const ZoneMark& z : m_zoneMarks)
        m_screenZones.push_back(
            {camera.worldToScreen(ds.cities[z.city].world), z.programme, z.approved});
    m_zoneMarkers.build(m_screenZones, theme(), uiScale);
    // Ranks: a badge per ranked city, above its point. The ranking (a pass over the values) only
    // when the data or the ranking shown change; the positions every frame.
    if (&ds != m_rankedData || !(view.ranks == m_ranked)) {
        m_rankBadges.clear();
        if (view.ranks)
            m_rankBadges = aimap::rankBadges(ds, view.ranks->metric, view.ranks->year);
        m_rankedData = &ds;
        m_ranked = view.ranks;
    }
    std::vector<ScreenBadge> screen;
    for (const RankBadge& b : m_rankBadges)
        screen.push_back({camera.worldToScreen(ds.cities[b.city].world), b.text});
    if (font)
        m_badges.build(screen, *font, static_cast<unsigned>(std::round(14.0f * uiScale)), uiScale);
}

} // namespace aimap
