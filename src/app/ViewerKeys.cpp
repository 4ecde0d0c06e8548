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

void Viewer::copyFigure() {
    const UiLanguage lang = panelLanguage();
    std::optional<std::pair<std::size_t, std::size_t>> at = m_hoveredFigure;
    // Without a figure under the mouse: the selected city's figure of the metric and year shown.
    if (!at && m_card)
        for (std::size_t k = 0; k < m_card->metrics.size() && !at; ++k)
            if (m_card->metrics[k].id == data().metrics[m_view.metric].id)
                for (std::size_t f = 0; f < m_card->metrics[k].figures.size(); ++f)
                    if (m_card->metrics[k].figures[f].year == m_view.year &&
                        !m_card->metrics[k].figures[f].target)
                        at = std::make_pair(k, f);
    if (!m_card || !at || at->first >= m_card->metrics.size() ||
        at->second >= m_card->metrics[at->first].figures.size()) {
        toast(tr(Tx::NothingToCopy, lang), 4);
        return;
    }
    const CardMetric& metric = m_card->metrics[at->first];
    const CardFigure& figure = metric.figures[at->second];
    m_copied = figureCitation(*m_card, metric, figure, lang);
    ImGui::SetClipboardText(m_copied.c_str());
    toast(tr(Tx::Copied, lang, {m_copied.substr(0, m_copied.find('\n'))}), 4);
}

} // namespace aimap
