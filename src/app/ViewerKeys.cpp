// The window's command keys beyond the map's own (MapInput) and the stage's (StageKeys): the
// keyboard help overlay (? F1), copy with citation (Ctrl+C), and the panel's controls without the
// mouse (metric, year, grouping, contrast, labels, Open, the radius tool). Issue 16: every action
// reachable without the mouse; the list the overlay shows is core/view/KeyHelp.
#include "app/Viewer.hpp"
#include "core/data/FigureCitation.hpp"
#include "core/i18n/UiText.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace aimap {

namespace {

/// The radius one step smaller or larger: 12 steps per tenfold ([ and ]).
double radiusStep(double km, int direction) {
    const double step = std::pow(10.0, 1.0 / 12);
    return std::clamp(direction > 0 ? km * step : km / step, RadiusChoice::kMinKm,
                      RadiusChoice::kMaxKm);
}

/// The next or previous of `list` after `now` (wrapping); `now` itself when the list is empty.
template <typename T> T cycle(const std::vector<T>& list, T now, int direction) {
    if (list.empty())
        return now;
    const auto it = std::find(list.begin(), list.end(), now);
    const long n = static_cast<long>(list.size());
    const long at = it == list.end() ? (direction > 0 ? -1 : 0) : it - list.begin();
    return list[static_cast<std::size_t>(((at + direction) % n + n) % n)];
}

} // namespace

bool Viewer::commandKey(const sf::Event& e) {
    if (m_gfx && m_gfx->imgui.wantsKeyboard())
        return false; // typing in a field: its own keys (Ctrl+C copies the field's text)
    // ? is a character, not a key, on most layouts.
    if (e.type == sf::Event::TextEntered && e.text.unicode == '?') {
        m_panels.toggleKeyHelp();
        return true;
    }
    if (e.type != sf::Event::KeyPressed)
        return false;
    const sf::Event::KeyEvent& k = e.key;
    if (k.code == sf::Keyboard::F1) {
        m_panels.toggleKeyHelp();
        return true;
    }
    if (k.control && k.code == sf::Keyboard::C) {
        copyFigure();
        return true;
    }
    if (k.alt || k.system || m_presenting)
        return false; // the audience's view changes only through the talk
    const int direction = k.shift ? -1 : 1;
    if (k.control) {
        switch (k.code) {
        case sf::Keyboard::L: // labels: Chinese, English, both
            m_view.labels = cycle<LabelMode>(
                {LabelMode::Chinese, LabelMode::English, LabelMode::Both}, m_view.labels, 1);
            return true;
        case sf::Keyboard::O:
            m_panels.openOpenDialog();
            return true;
        default:
            return false;
        }
    }
    switch (k.code) {
    case sf::Keyboard::M: {
        const auto order = data().metricsByCoverage();
        m_view = withMetric(data(), m_view, cycle(order, m_view.metric, direction));
        m_clusterCard.reset();
        toast(data().metrics[m_view.metric].label);
        return true;
    }
    case sf::Keyboard::Y: {
        const std::vector<int> years = data().years(m_view.metric);
        if (years.size() > 1)
            m_view.year = cycle(years, m_view.year, direction);
        toast(tr(Tx::KeyYear, panelLanguage(), {std::to_string(m_view.year)}));
        return true;
    }
    case sf::Keyboard::G:
        m_view.clustering = !m_view.clustering;
        m_clusterCard.reset();
        return true;
    case sf::Keyboard::H:
        setPalette(theme().palette == Palette::Normal ? Palette::HighContrast : Palette::Normal);
        m_data.savePalette(theme().palette);
        return true;
    case sf::Keyboard::N:
        if (m_view.selectedCity)
            setRadius(m_radius ? std::nullopt : std::optional<double>(RadiusChoice{}.km));
        return true;
    case sf::Keyboard::LBracket:
    case sf::Keyboard::RBracket:
        if (m_radius)
            setRadius(radiusStep(m_radius->km, k.code == sf::Keyboard::RBracket ? 1 : -1));
        return true;
    default:
        return false;
    }
}

namespace {

/// The figure of `metricId` in `year` on `card` (actuals only): its metric and figure indices.
std::optional<std::pair<std::size_t, std::size_t>> figureOf(const CityCardModel& card,
                                                            const std::string& metricId,
                                                            int year) {
    for (std::size_t k = 0; k < card.metrics.size(); ++k)
        if (card.metrics[k].id == metricId)
            for (std::size_t f = 0; f < card.metrics[k].figures.size(); ++f)
                if (card.metrics[k].figures[f].year == year && !card.metrics[k].figures[f].target)
                    return std::make_pair(k, f);
    return std::nullopt;
}

} // namespace

void Viewer::copyFigure() {
    const UiLanguage lang = panelLanguage();
    // A figure of the compare panel under the mouse.
    if (m_compareHover && m_compareHover->city < data().cities.size()) {
        const CityCardModel card = buildCityCard(data(), m_compareHover->city, lang);
        if (const auto at = figureOf(card, m_compareHover->metric, m_compareHover->year)) {
            copyText(figureCitation(card, card.metrics[at->first],
                                    card.metrics[at->first].figures[at->second], lang));
            return;
        }
    }
    // A row of the rankings table: the one under the mouse, else the one chosen with the keys.
    if (m_rankings.open) {
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        std::optional<std::size_t> row;
        for (std::size_t i = 0; i < m_rankings.rowRects.size(); ++i) {
            const Box& b = m_rankings.rowRects[i];
            if (mouse.x >= b.min.x && mouse.x <= b.max.x && mouse.y >= b.min.y &&
                mouse.y <= b.max.y)
                row = i;
        }
        if (!row && m_rankings.focused)
            row = m_rankings.selected;
        if (row && *row < m_rankings.table.rows.size() && m_rankings.builtFor == &data()) {
            const std::size_t city = m_rankings.table.rows[*row].city;
            const CityCardModel card = buildCityCard(data(), city, lang);
            if (const auto at = figureOf(card, data().metrics[m_rankings.table.metric].id,
                                         m_rankings.table.year)) {
                copyText(figureCitation(card, card.metrics[at->first],
                                        card.metrics[at->first].figures[at->second], lang));
                return;
            }
        }
    }
    std::optional<std::pair<std::size_t, std::size_t>> at = m_hoveredFigure;
    // Without a figure under the mouse: the selected city's figure of the metric and year shown.
    if (!at && m_card)
        at = figureOf(*m_card, data().metrics[m_view.metric].id, m_view.year);
    if (!m_card || !at || at->first >= m_card->metrics.size() ||
        at->second >= m_card->metrics[at->first].figures.size()) {
        toast(tr(Tx::NothingToCopy, lang), 4);
        return;
    }
    const CardMetric& metric = m_card->metrics[at->first];
    const CardFigure& figure = metric.figures[at->second];
    copyText(figureCitation(*m_card, metric, figure, lang));
}

void Viewer::copyText(std::string text) {
    m_copied = std::move(text);
    ImGui::SetClipboardText(m_copied.c_str());
    toast(tr(Tx::Copied, panelLanguage(), {m_copied.substr(0, m_copied.find('\n'))}), 4);
}

} // namespace aimap
