// The rankings table (issue 16): Viewer's methods for the table of one metric and year
// (core/rank/RankingTable), its keys, a row flying to its city, and its CSV export
// (core/export/RankCsv). The panel is ui/RankingsPanel.

#include "app/Viewer.hpp"

#include "core/export/RankCsv.hpp"
#include "ui/PanelStyle.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace aimap {

void Viewer::toggleRankings() {
    RankingsUi& r = m_rankings;
    if (r.open) {
        r.open = false;
        r.focused = false;
        return;
    }
    if (!m_data.dataset())
        return;
    const Dataset& ds = data();
    const auto metrics = rankableMetrics(ds);
    if (metrics.empty())
        return;
    // The metric and year the map shows, when they have figures; else the first metric's latest.
    const bool shown = std::find(metrics.begin(), metrics.end(), m_view.metric) != metrics.end();
    r.metric = shown ? m_view.metric : metrics.front();
    const auto years = ds.years(r.metric);
    r.year = shown && std::find(years.begin(), years.end(), m_view.year) != years.end()
                 ? m_view.year
                 : years.back();
    const auto earlier = earlierYears(ds, r.metric, r.year);
    r.earlier = earlier.empty() ? std::nullopt : std::optional<int>(earlier.front());
    r.sortColumn = RankColumn::Rank;
    r.ascending = true;
    r.selected.reset();
    r.open = true;
    r.focusNow = true; // the keyboard goes to the table
    r.focused = true;
    r.builtFor = nullptr;
}

void Viewer::openRankings(const std::string& spec) {
    m_rankings.open = false;
    toggleRankings();
    if (spec == "shown" || !m_rankings.open)
        return;
    const Dataset& ds = data();
    const auto colon = spec.find(':');
    const auto metric = ds.metricIndex(spec.substr(0, colon));
    const auto metrics = rankableMetrics(ds);
    std::vector<int> years;
    if (metric && std::find(metrics.begin(), metrics.end(), *metric) != metrics.end())
        years = ds.years(*metric);
    int year = years.empty() ? 0 : years.back();
    if (colon != std::string::npos)
        year = std::atoi(spec.c_str() + colon + 1);
    if (std::find(years.begin(), years.end(), year) == years.end()) {
        std::fprintf(stderr,
                     "aimap: --rankings %s: no such metric or year with figures (aimap "
                     "rank --metric ? lists them); the table of the metric shown opens\n",
                     spec.c_str());
        return;
    }
    RankingsIntents choose;
    choose.metric = *metric;
    applyRankings(choose);
    choose = {};
    choose.year = year;
    applyRankings(choose);
}

void Viewer::rebuildRankings() {
    RankingsUi& r = m_rankings;
    const Dataset& ds = data();
    const auto metrics = rankableMetrics(ds);
    if (std::find(metrics.begin(), metrics.end(), r.metric) == metrics.end()) {
        // New data without the metric: close rather than show another one unasked.
        r.open = false;
        return;
    }
    const auto years = ds.years(r.metric);
    if (std::find(years.begin(), years.end(), r.year) == years.end())
        r.year = years.back();
    const auto earlier = earlierYears(ds, r.metric, r.year);
    if (r.earlier && std::find(earlier.begin(), earlier.end(), *r.earlier) == earlier.end())
        r.earlier = earlier.empty() ? std::nullopt : std::optional<int>(earlier.front());
    r.table = buildRankingTable(ds, r.metric, r.year, r.earlier);
    sortRankingTable(r.table, ds, r.sortColumn, r.ascending);
    if (r.selected && *r.selected >= r.table.rows.size())
        r.selected.reset();
    r.builtFor = &ds;
}

void Viewer::rankingsPanel(PanelInputs& in) {
    RankingsUi& r = m_rankings;
    if (!r.open || m_presenting || !m_data.dataset())
        return;
    if (r.builtFor != &data())
        rebuildRankings();
    if (!r.open)
        return;
    const Dataset& ds = data();
    RankingsPanelState& st = in.rankings;
    st.dataset = &ds;
    st.table = &r.table;
    st.metrics = rankableMetrics(ds);
    st.years = ds.years(r.metric);
    st.earlier = earlierYears(ds, r.metric, r.year);
    st.selected = r.selected;
    st.focused = r.focused;
    st.focusNow = std::exchange(r.focusNow, false);
    st.scrollToSelected = std::exchange(r.scrollToSelected, false);
}

void Viewer::applyRankings(const RankingsIntents& in) {
    RankingsUi& r = m_rankings;
    if (!r.open)
        return;
    r.rowRects = in.rowRects;
    r.window = in.window;
    if (in.clickedInside)
        r.focused = true;
    if (in.clickedOutside)
        r.focused = false;
    const Dataset* before = r.builtFor;
    if (in.metric && *in.metric != r.metric) {
        r.metric = *in.metric;
        const auto years = data().years(r.metric);
        r.year = years.empty() ? 0 : years.back();
        const auto earlier = earlierYears(data(), r.metric, r.year);
        r.earlier = earlier.empty() ? std::nullopt : std::optional<int>(earlier.front());
        r.selected.reset();
        r.builtFor = nullptr;
    }
    if (in.year && *in.year != r.year) {
        r.year = *in.year;
        const auto earlier = earlierYears(data(), r.metric, r.year);
        if (!r.earlier || *r.earlier >= r.year)
            r.earlier = earlier.empty() ? std::nullopt : std::optional<int>(earlier.front());
        r.selected.reset();
        r.builtFor = nullptr;
    }
    if (in.earlier) {
        r.earlier = *in.earlier;
        r.builtFor = nullptr;
    }
    if (in.sortBy) {
        r.ascending = r.sortColumn == *in.sortBy ? !r.ascending : defaultAscending(*in.sortBy);
        r.sortColumn = *in.sortBy;
        // The selection follows its city.
        const auto city =
            r.selected ? std::optional<std::size_t>(r.table.rows[*r.selected].city) : std::nullopt;
        sortRankingTable(r.table, data(), r.sortColumn, r.ascending);
        if (city)
            for (std::size_t i = 0; i < r.table.rows.size(); ++i)
                if (r.table.rows[i].city == *city)
                    r.selected = i;
    }
    if (r.builtFor != before && m_data.dataset())
        rebuildRankings();
    if (in.row && *in.row < r.table.rows.size())
        rankingsOpenRow(*in.row);
    if (in.exportCsv)
        exportRankings();
}

void Viewer::rankingsOpenRow(std::size_t row) {
    RankingsUi& r = m_rankings;
    r.selected = row;
    const std::size_t city = r.table.rows[row].city;
    selectCity(city, true);
    // Fly to it: the city in the middle of the map left of the card and below the table, at
    // least at 2.5 times the "fit China" scale.
    const Vec2 size = m_camera.viewport();
    const double cardLeft =
        size.x - cityCardWidth(static_cast<float>(size.x), uiScale()) - 2 * panelMargin(uiScale());
    const double top = std::min(r.window.empty() ? 0.0 : r.window.max.y, size.y * 0.6);
    const Vec2 target{cardLeft / 2, (top + size.y) / 2};
    Camera to = m_camera;
    to.setScale(std::max(m_camera.scale(), m_camera.fitScale() * 2.5));
    const Vec2 world = data().cities[city].world;
    to.setCentre(world);
    const Vec2 at = to.worldToScreen(world);
    to.panPixels({target.x - at.x, target.y - at.y});
    flyTo({to.centre(), to.scale()});
}

void Viewer::exportRankings() {
    const RankingsUi& r = m_rankings;
    const Dataset& ds = data();
    const UiLanguage lang = uiLanguage(m_view.labels);
    // Into the folder the program was started from, named after the table.
    std::error_code ec;
    const std::filesystem::path dir = std::filesystem::current_path(ec);
    const std::string path =
        (dir / ("rankings-" + ds.metrics[r.metric].id + "-" + std::to_string(r.year) + ".csv"))
            .string();
    std::string error;
    if (writeRankingCsv(path, ds, r.table, error))
        toast(tr(Tx::RankingsExported, lang, {path}), 6);
    else
        toast(tr(Tx::RankingsExportFailed, lang, {error}), 8);
}

bool Viewer::rankingsKey(const sf::Event& e) {
    if (e.type != sf::Event::KeyPressed || uiWantsKeyboard() || m_presenting || e.key.control ||
        e.key.alt || e.key.system)
        return false;
    RankingsUi& r = m_rankings;
    if (e.key.code == sf::Keyboard::T) {
        toggleRankings();
        return true;
    }
    if (!r.open || !r.focused || r.table.rows.empty())
        return false;
    const std::size_t n = r.table.rows.size();
    switch (e.key.code) {
    case sf::Keyboard::Down:
        r.selected = r.selected ? std::min(*r.selected + 1, n - 1) : 0;
        r.scrollToSelected = true;
        return true;
    case sf::Keyboard::Up:
        r.selected = r.selected && *r.selected > 0 ? *r.selected - 1 : 0;
        r.scrollToSelected = true;
        return true;
    case sf::Keyboard::Enter:
        if (r.selected)
            rankingsOpenRow(*r.selected);
        return true;
    case sf::Keyboard::Left:
    case sf::Keyboard::Right:
    case sf::Keyboard::S: {
        RankingsIntents sort;
        int c = static_cast<int>(r.sortColumn);
        if (e.key.code != sf::Keyboard::S)
            c = (c + (e.key.code == sf::Keyboard::Right ? 1 : kRankColumnCount - 1)) %
                kRankColumnCount;
        sort.sortBy = static_cast<RankColumn>(c);
        sort.rowRects = r.rowRects;
        sort.window = r.window;
        if (e.key.code != sf::Keyboard::S) // a new column starts in its natural direction
            r.sortColumn = static_cast<RankColumn>((c + 1) % kRankColumnCount);
        applyRankings(sort);
        return true;
    }
    default:
        return false;
    }
}

} // namespace aimap
