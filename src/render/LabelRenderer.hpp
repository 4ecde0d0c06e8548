#pragma once

#include <algorithm>

#include "core/Theme.hpp"
#include "core/display/AudienceFrame.hpp"
#include "core/labels/LabelLayout.hpp"
#include "core/labels/LabelPlacer.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Text.hpp>

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// A label to place: UTF-8 text next to a marker.
struct LabelRequest {
    std::string text;          ///< UTF-8, one line (line breaks are shown as spaces)
    Vec2 anchor;               ///< marker centre, screen pixels
    double markerRadiusPx = 0; ///< the label goes beside the circle, at a gap from its edge
    double priority = 0;       ///< stable across years (e.g. the city's maximum value)
    std::size_t item = 0;      ///< stable identity: ties in priority go to the smaller
    std::size_t owner = 0;     ///< its marker (SceneFrame::items index): never an obstacle to it
    /// 0: selected (always labelled, highlighted); 1: has a figure; 2: has none (quiet: placed
    /// last, drawn lighter, never with a leader line)
    int tier = 1;
    bool leaders = true; ///< may sit away from its marker with a leader line
    std::string subtext; ///< a second, smaller line (a cluster's sum and count), may be empty
    /// The city labelled, or a cluster's member cities (largest first); empty for an enterprise.
    std::vector<std::uint32_t> cities;

    bool operator==(const LabelRequest& o) const {
        return item == o.item && anchor.x == o.anchor.x && anchor.y == o.anchor.y &&
               markerRadiusPx == o.markerRadiusPx && priority == o.priority && text == o.text &&
               owner == o.owner && tier == o.tier && leaders == o.leaders && subtext == o.subtext &&
               cities == o.cities;
    }
};

/// A label as drawn in the last layout (window pixels).
struct DrawnLabel {
    std::size_t request = 0; ///< index into the requests given to layout()
    Box rect;
    bool leader = false;
    Vec2 from, to; ///< the leader line, when there is one
};

/// Places labels without overlap (core layoutLabels: positions around each marker, leader lines
/// where none is free, priority order, markers and panels as obstacles) and draws them with a
/// light halo so they stay readable over markers and borders; the selected item's label on a
/// framed plate.
class LabelRenderer {
public:
    bool loadFont(const std::string& path);
    bool hasFont() const { return m_fontOk; }
    const sf::Font& font() const { return m_font; }
    /// The file font() was loaded from (exports read its glyph outlines).
    const std::string& fontPath() const { return m_fontPath; }

    /// Character size in pixels; the caller scales it with the window (projectors).
    void setCharacterSize(unsigned px) { m_charSize = px; }
    /// The halo around label text, in pixels.
    float outlineThickness() const { return std::max(1.5f, static_cast<float>(m_charSize) / 9.0f); }

    /// Returns the items that got a label. Recomputed only when an input changed (camera, data,
    /// panels, size): unchanged frames reuse the last layout. Only the kMaxCandidates requests of
    /// highest priority are considered: more labels than that never fit on a screen anyway.
    std::vector<std::size_t> layout(const std::vector<LabelRequest>& requests,
                                    const std::vector<MarkerCircle>& markers,
                                    const std::vector<Box>& obstacles, Vec2 viewport);
    /// The labels of the last layout, in drawing order.
    const std::vector<DrawnLabel>& drawn() const { return m_drawn; }
    /// The labels of the last layout as the display list takes them (exports): box, tier,
    /// leader line, and each line of text where draw() puts it.
    std::vector<AudienceLabel> audienceLabels() const;
    /// `opacity` in [0, 1] fades all labels (they fade in after a cluster transition).
    void draw(sf::RenderTarget& target, const Theme& theme, float opacity = 1.0f) const;
    /// Renders the glyphs (plain and outlined, at the current size) of `chars` that labels may
    /// need, for about `budgetMs` per call, going on where the last call stopped; true once all
    /// are rendered. For idle frames (a file loading): the first frame of the new labels then
    /// finds its glyphs ready instead of rendering a few hundred at once. Call it before the
    /// frame draws anything (the font's texture changes).
    bool prewarm(const std::u32string& chars, double budgetMs);

    static constexpr std::size_t kMaxCandidates = 200;

private:
    sf::Font m_font;
    std::string m_fontPath;
    std::vector<LabelRequest> m_lastRequests;
    std::vector<Box> m_lastObstacles;
    std::vector<MarkerCircle> m_lastMarkers;
    Vec2 m_lastViewport{-1, -1};
    unsigned m_lastCharSize = 0;
    std::vector<std::size_t> m_lastItems;
    bool m_fontOk = false;
    unsigned m_charSize = 16;
    /// Per drawn label: its text (and second line), tier.
    struct Placed {
        sf::Text text;
        std::optional<sf::Text> sub;
        int tier = 1;
    };
    std::vector<Placed> m_placed;
    std::vector<DrawnLabel> m_drawn;
    std::size_t m_prewarmed = 0;      ///< chars of the last prewarm() rendered so far
    std::u32string m_prewarmChars;    ///< ... of this list
    unsigned m_prewarmSize = 0;       ///< ... at this size
};

} // namespace aimap
