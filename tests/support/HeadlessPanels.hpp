#pragma once

#include "app/PanelHost.hpp"
#include "app/gfx/FontAtlas.hpp"
#include "core/data/Attribution.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/view/ViewState.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace aimap {

/// Every panel of the viewer drawn for a dataset with no window and no GL: an ImGui context of its
/// own, the panels' font atlas built for the data's texts as the viewer builds it (CPU side only),
/// and the viewer's PanelHost. What a dataset's texts can do to the panels (ImGui's asserts, its
/// label syntax, the font's glyph ranges) shows up here as it would in the window, only faster.
class HeadlessPanels {
public:
    /// `fontPath` empty: ImGui's built-in font.
    explicit HeadlessPanels(std::string fontPath, float uiScale = 1.0f);
    ~HeadlessPanels();
    HeadlessPanels(const HeadlessPanels&) = delete;
    HeadlessPanels& operator=(const HeadlessPanels&) = delete;

    /// Frames that show every text of the dataset: for each metric (at most `maxMetrics`) the
    /// controls and the legend in each year; for each city (at most `maxCities`) its card and its
    /// tooltip; the cluster card and tooltip of the cluster at zoom 0; the compare panel with
    /// the first four cities pinned (once, with the first metric); About and Open with the
    /// dataset's file as a recent file; the error banner with `errors`. Returns the frames drawn.
    std::size_t showAll(std::shared_ptr<const Dataset> ds, const std::vector<Diagnostic>& errors,
                        std::size_t maxCities = 1000, std::size_t maxMetrics = 100);

    /// The label setting the panels are drawn with (and so their language); both by default.
    void setLabels(LabelMode labels) { m_labels = labels; }
    /// True when the atlas has a glyph for every character the panels were given.
    bool fontCovers(const Dataset& ds, const std::vector<Diagnostic>& errors) const;

private:
    void frame(const PanelInputs& in);

    float m_uiScale;
    FontAtlas m_fonts;
    PanelHost m_host;
    std::vector<Attribution> m_attributions;
    std::vector<std::string> m_recent;
    LabelMode m_labels = LabelMode::Both;
};

} // namespace aimap
