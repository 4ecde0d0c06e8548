// Search (issue 16): Viewer's methods for the search box (Ctrl+F or /): the index of every city
// and province (core/search), the keys, the list, and going to a result: a city's card, a city
// the data lacks, a province framed. The panel (ui/SearchPanel) only draws.

#include "app/Viewer.hpp"

#include "core/Theme.hpp"
#include "core/data/CardText.hpp"
#include "core/geo/Projection.hpp"
#include "core/search/SearchPlaces.hpp"
#include "render/MeshBuilder.hpp"
#include "ui/PanelStyle.hpp"
#include "ui/SearchPanel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace aimap {

void Viewer::openSearch(const std::string& text) {
    m_search.open = true;
    m_search.focus = true;
    if (!text.empty()) {
        std::snprintf(m_search.text.data(), m_search.text.size(), "%s", text.c_str());
        m_search.query.clear(); // found again at the next frame
    }
}

void Viewer::closeSearch() {
    m_search.open = false;
    m_search.typing = false;
    m_search.rowCentres.clear();
    m_search.swallowSlash = false;
}

bool Viewer::searchKey(const sf::Event& e) {
    if (e.type == sf::Event::TextEntered) {
        // The / that opened the box arrives after its key: it is not typed into it.
        const bool slash = m_search.swallowSlash && e.text.unicode == '/';
        m_search.swallowSlash = false;
        // Enter is the list's, not a character of the box.
        return slash || (m_search.open && (e.text.unicode == '\r' || e.text.unicode == '\n'));
    }
    if (e.type != sf::Event::KeyPressed || m_presenting)
        return false;
    const bool typing = uiWantsKeyboard();
    if (e.key.control && !e.key.alt && e.key.code == sf::Keyboard::F) {
        openSearch();
        return true;
    }
    // Shift+/ is ?, the keyboard help's (ViewerKeys.cpp): regression, it opened the search too
    // and the help's second ? was typed into the box.
    if (e.key.code == sf::Keyboard::Slash && !e.key.shift && !e.key.control && !e.key.alt &&
        !typing) {
        openSearch();
        m_search.swallowSlash = true;
        return true;
    }
    if (!m_search.open)
        return false;
    const std::size_t n = m_search.results.size();
    switch (e.key.code) {
    case sf::Keyboard::Escape:
        closeSearch();
        return true;
    case sf::Keyboard::Down:
        if (n)
            m_search.chosen = m_search.chosen ? std::min(*m_search.chosen + 1, n - 1) : 0;
        return true;
    case sf::Keyboard::Up:
        if (n)
            m_search.chosen = m_search.chosen && *m_search.chosen > 0 ? *m_search.chosen - 1 : 0;
        return true;
    case sf::Keyboard::Enter:
        if (n)
            searchGo(m_search.chosen.value_or(0));
        return true;
    default:
        return false;
    }
}

const SearchIndex& Viewer::searchIndex() {
    const Dataset* ds = m_data.dataset().get();
    const Gazetteer* gazetteer = m_data.gazetteer().get();
    if (!m_search.index || m_search.indexedData != ds || m_search.indexedGazetteer != gazetteer) {
        m_search.index = std::make_unique<SearchIndex>(searchPlaces(
            ds, gazetteer, m_map.provinces().features.empty() ? nullptr : &m_map.provinces()));
        m_search.indexedData = ds;
        m_search.indexedGazetteer = gazetteer;
        m_search.query = std::string(1, '\0'); // not a query anyone types: found again
        if (m_gfx) // the list shows names and pinyin the atlas may lack (provinces, tones)
            m_gfx->fonts.check(uiTexts());
    }
    return *m_search.index;
}

void Viewer::updateSearchResults(UiLanguage lang) {
    const SearchIndex& index = searchIndex();
    const std::string query = m_search.text.data();
    if (query != m_search.query) {
        m_search.query = query;
        m_search.results = index.find(query);
        m_search.chosen = m_search.results.empty() ? std::nullopt : std::optional<std::size_t>(0);
        m_search.rowsLanguage.reset();
    }
    if (m_search.rowsLanguage == lang)
        return;
    m_search.rows.clear();
    for (const SearchResult& r : m_search.results) {
        const SearchPlace& p = index.places()[r.place];
        SearchRow row;
        row.name = cityTitle(p.nameZh, p.nameEn);
        row.pinyin = p.pinyin;
        row.kind = tr(p.kind == SearchKind::Province ? Tx::SearchProvince
                      : p.cityId.empty()             ? Tx::SearchCity
                                                     : Tx::SearchCityData,
                      lang);
        row.dim = p.kind == SearchKind::City && p.cityId.empty();
        m_search.rows.push_back(std::move(row));
    }
    m_search.rowsLanguage = lang;
}

void Viewer::drawSearch(UiLanguage lang) {
    if (!m_search.open || m_presenting)
        return;
    updateSearchResults(lang);
    PanelFrame frame{uiScale(), lang, {}};
    SearchPanelState st;
    st.text = m_search.text.data();
    st.capacity = m_search.text.size();
    st.focus = std::exchange(m_search.focus, false);
    st.rows = &m_search.rows;
    st.chosen = m_search.chosen;
    SearchPanelIntents out = drawSearchPanel(st, frame);
    m_search.typing = out.typing;
    m_search.rowCentres = std::move(out.rowCentres);
    if (out.edited) // the list follows the text in the frame it changed (the UI dump shows both)
        updateSearchResults(lang);
    m_panelRects.insert(m_panelRects.end(), frame.rects.begin(), frame.rects.end());
    if (out.picked)
        searchGo(*out.picked);
}

// A pose showing `world` at zoom 2 (or closer, if the map is closer) in the middle of the map,
// left of where the city card docks when one opens.
CameraPose Viewer::searchPoseFor(Vec2 world, bool card) const {
    Camera c = m_camera;
    c.setScale(std::max(m_camera.scale(), m_camera.fitScale() * 4));
    c.setCentre(world);
    const Vec2 size = m_camera.viewport();
    const double cardLeft =
        size.x - cityCardWidth(static_cast<float>(size.x), uiScale()) - 2 * panelMargin(uiScale());
    if (card)
        c.panPixels({cardLeft / 2 - size.x / 2, 0});
    return {c.centre(), c.scale()};
}

void Viewer::searchGo(std::size_t i) {
    if (i >= m_search.results.size() || !m_search.index)
        return;
    const SearchPlace& p = m_search.index->places()[m_search.results[i].place];
    m_search.chosen = i;
    m_search.went = p;
    closeSearch();
    const UiLanguage lang = uiLanguage(m_view.labels);
    if (p.kind == SearchKind::Province) {
        // Its card (ViewerProvinces.cpp), the province framed left of it.
        openProvince(p.code, false);
        frameProvince(p.code);
        return;
    }
    m_clusterCard.reset();
    if (const auto city = p.cityId.empty() ? std::nullopt : data().cityIndex(p.cityId)) {
        m_view.selectedCity = *city;
        m_card = buildCityCard(data(), *city, lang);
        m_search.wentWorld = data().cities[*city].world;
        flyTo(searchPoseFor(m_search.wentWorld, true));
        return;
    }
    // A city the data has no figures for: the map goes there and says so.
    selectCity(std::nullopt);
    if (const Gazetteer* g = m_data.gazetteer().get())
        if (const GazetteerEntry* e = g->find(p.code, false).entry) {
            m_search.wentWorld = Projection::china().forward(e->position);
            flyTo(searchPoseFor(m_search.wentWorld, false));
        }
    toast(tr(Tx::SearchNoFigures, lang, {cityTitle(p.nameZh, p.nameEn)}), 4);
}

void Viewer::appendSearchMark(sf::VertexArray& quads) const {
    const std::optional<SearchPlace>& p = m_search.went;
    if (!p || p->kind != SearchKind::City || !p->cityId.empty() || m_card || m_clusterCard)
        return;
    const double r = 9.0 * uiScale() / m_camera.scale(); // metres: 9 px on screen
    std::vector<Vec2> ring;
    for (int i = 0; i < 32; ++i) {
        const double a = 2 * M_PI * i / 32;
        ring.push_back(
            {m_search.wentWorld.x + r * std::cos(a), m_search.wentWorld.y + r * std::sin(a)});
    }
    const Rgba c = theme().selectionHalo;
    appendLine(quads, ring, true, m_camera, 2.5f * uiScale(), sf::Color(c.r, c.g, c.b, 235));
}

bool Viewer::frameProvince(const std::string& code) {
    const auto& features = m_map.provinces().features;
    const auto f = std::find_if(features.begin(), features.end(),
                                [&](const BasemapFeature& x) { return x.code == code; });
    if (f == features.end() || f->bounds.empty())
        return false;
    selectCity(std::nullopt);
    m_clusterCard.reset();
    // Framed in the map right of the panels at the left edge (controls, legend), then shown so.
    double left = 0;
    for (const Box& b : m_panelRects)
        if (b.min.x < 0.1 * m_camera.viewport().x)
            left = std::max(left, b.max.x);
    // ...and left of the province card, which docks at the right edge.
    const double card = cityCardWidth(static_cast<float>(m_camera.viewport().x), uiScale()) +
                        2 * panelMargin(uiScale());
    Camera c = m_camera;
    c.setViewport({m_camera.viewport().x - left - card, m_camera.viewport().y});
    c.fit(f->bounds, 40.0 * uiScale());
    c.setViewport(m_camera.viewport());
    c.panPixels({left / 2, 0});
    m_search.wentWorld = {(f->bounds.min.x + f->bounds.max.x) / 2,
                          (f->bounds.min.y + f->bounds.max.y) / 2};
    flyTo({c.centre(), c.scale()});
    return true;
}

} // namespace aimap
