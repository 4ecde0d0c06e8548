#pragma once

#include "core/camera/Camera.hpp"
#include "core/data/Dataset.hpp"
#include "core/view/RankLayer.hpp"
#include "core/view/ViewState.hpp"
#include "core/view/ZoneLayer.hpp"
#include "render/RankBadges.hpp"
#include "render/ZoneMarkers.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <optional>
#include <vector>

namespace aimap {

/// The map's overlay layers of one frame: the pilot-zone symbols (ZoneLayer) and the rank badges
/// (RankLayer), built from the view and the camera and drawn over the markers. Status and order,
/// never sizes: neither is a circle area.
class LayerScene {
public:
    /// `font` null: no badges (no label font).
    void build(const Dataset& ds, const ViewState& view, const Camera& camera, const sf::Font* font,
               float uiScale);
    /// The data was replaced: rank again at the next build (a new dataset may even have the old
    /// one's address).
    void dataChanged() { m_rankedData = nullptr; }
    void drawZones(sf::RenderTarget& target) const { m_zoneMarkers.draw(target); }
    void drawRanks(sf::RenderTarget& target, const Theme& theme) const {
        m_badges.draw(target, theme);
    }

    /// The zone marks of the frame and their symbols (same order).
    const std::vector<ZoneMark>& zoneMarks() const { return m_zoneMarks; }
    const std::vector<ScreenZone>& screenZones() const { return m_screenZones; }
    /// The badges in ranking order, and where each is drawn (pixels).
    const std::vector<RankBadge>& rankBadges() const { return m_rankBadges; }
    const std::vector<Box>& rankBadgeRects() const { return m_badges.rects(); }

private:
    std::vector<ZoneMark> m_zoneMarks;
    std::vector<ScreenZone> m_screenZones;
    std::vector<RankBadge> m_rankBadges;
    const Dataset* m_rankedData = nullptr;   ///< what m_rankBadges were ranked from
    std::optional<RankLayerChoice> m_ranked;
    ZoneMarkers m_zoneMarkers;
    RankBadges m_badges;
};

} // namespace aimap
