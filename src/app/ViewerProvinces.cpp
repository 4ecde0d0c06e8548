// Provinces (issue 16): Viewer's methods for hovering and opening provinces (core/pick/
// ProvincePick), the province card (core/view/ProvinceCard, ui/ProvinceCardPanel) and the
// choropleth (core/view/Choropleth, render/ProvinceLayer, ui/ChoroplethLegend).

#include "app/Viewer.hpp"

#include "core/Theme.hpp"
#include "core/data/CardText.hpp"
#include "core/data/RegionArea.hpp"
#include "core/geo/Projection.hpp"
#include "core/i18n/ProvinceText.hpp"
#include "core/view/ZoneLayer.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace aimap {

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// A province's name as the labels are set: Chinese, English or both.
std::string provinceName(const BasemapFeature& f, LabelMode labels) {
    if (labels == LabelMode::Chinese && !f.nameZh.empty())
        return f.nameZh;
    if (labels == LabelMode::English && !f.nameEn.empty())
        return f.nameEn;
    return cityTitle(f.nameZh, f.nameEn);
}

// Province i's area in km² on the ellipsoid, computed once.
double km2Of(std::vector<double>& cache, const BasemapLayer& layer, std::size_t i) {
    if (i >= cache.size() || i >= layer.features.size())
        return 0;
    if (cache[i] < 0)
        cache[i] = featureArea(layer.features[i]) / 1e6;
    return cache[i];
}

// Points inside province i, best first, computed once.
const std::vector<Vec2>& interiorOf(std::vector<std::vector<Vec2>>& cache,
                                    const BasemapLayer& layer, std::size_t i) {
    static const std::vector<Vec2> none;
    if (i >= cache.size() || i >= layer.features.size())
        return none;
    if (cache[i].empty())
        cache[i] = interiorPoints(layer.features[i], 15);
    return cache[i];
}

bool inside(const Box& b, Vec2 p) {
    return p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y;
}

} // namespace

const ProvinceIndex& Viewer::provinces() const {
    // Built on first use, once the basemap is loaded (it never changes while aimap runs).
    if (!m_provinceIndex && m_map.ready()) {
        // The boxes only: areas and interior points are computed when first asked for (the
        // second frame took a few hundred ms more with all of them; regression: the radius
        // tool's test clicked the card's checkbox where the first frame had put it).
        m_provinceIndex.emplace(m_map.provinces());
        m_provinceKm2.assign(m_map.provinces().features.size(), -1.0);
        m_provinceInterior.assign(m_map.provinces().features.size(), {});
    }
    static const ProvinceIndex none;
    return m_provinceIndex ? *m_provinceIndex : none;
}

const ProvinceFigures& Viewer::provinceFigures() const {
    if (m_provinceFiguresOf != shown().get()) {
        std::vector<std::string> problems;
        m_provinceFigures = loadProvinceFigures(m_data.path(), data(), problems);
        m_provinceFiguresOf = shown().get();
        for (const std::string& p : problems) // said once per load, with the load's warnings
            std::fprintf(stderr, "aimap: %s: %s\n", m_data.path().c_str(), p.c_str());
    }
    return m_provinceFigures;
}

const std::vector<std::string>& Viewer::cityProvinces() const {
    if (m_cityProvincesOf != shown().get()) {
        m_cityProvinces.clear();
        const ProvinceIndex& index = provinces();
        for (const City& c : data().cities) {
            const auto p = index.ofCity(c);
            m_cityProvinces.push_back(p ? index.layer()->features[*p].code : std::string());
        }
        m_cityProvincesOf = shown().get();
    }
    return m_cityProvinces;
}

std::vector<std::pair<std::string, double>> Viewer::provinceAreas() const {
    std::vector<std::pair<std::string, double>> out;
    const ProvinceIndex& index = provinces();
    for (std::size_t i = 0; i < index.size(); ++i)
        out.push_back({index.layer()->features[i].code, km2Of(m_provinceKm2, *index.layer(), i)});
    return out;
}

bool Viewer::openProvince(const std::string& code, bool animate) {
    const ProvinceIndex& index = provinces();
    for (std::size_t i = 0; i < index.size(); ++i) {
        const BasemapFeature& f = index.layer()->features[i];
        if (f.code == code || f.nameZh == code || lower(f.nameEn) == lower(code)) {
            selectCity(std::nullopt);
            selectCluster(std::nullopt);
            m_openProvince = i;
            m_provinceCardKey.clear(); // built by the next frame's panels
            // Beside the card: the province's label centre (its capital) in view.
            const auto& interior = interiorOf(m_provinceInterior, *index.layer(), i);
            if (f.centre || !interior.empty())
                keepClearOfCard(
                    f.centre ? Projection::china().forward(*f.centre) : interior.front(), animate);
            return true;
        }
    }
    return false;
}

void Viewer::closeProvince() {
    m_openProvince.reset();
    m_provinceCard.reset();
    m_provinceCardKey.clear();
}

void Viewer::clickProvince(Vec2 point) {
    selectCity(std::nullopt);
    selectCluster(std::nullopt);
    const auto p = overInset(point) || m_presenting ? std::nullopt
                                                    : provinces().at(m_camera.screenToWorld(point));
    if (p)
        openProvince(provinces().layer()->features[*p].code, true);
    else
        closeProvince();
}

void Viewer::escapeCards() {
    if (m_card || m_clusterCard) {
        selectCity(std::nullopt);
        selectCluster(std::nullopt);
    } else {
        closeProvince();
    }
}

std::string Viewer::setChoropleth(const std::string& id) {
    if (id.empty() || id == "off") {
        m_choroplethChoice.reset();
        return {};
    }
    std::string error;
    m_choroplethChoice = parseChoropleth(data(), provinceFigures(), id, error);
    return error;
}

void Viewer::drawProvinces(sf::RenderTarget& target) {
    const ProvinceIndex& index = provinces();
    if (!index.size())
        return;
    Graphics& g = *m_gfx;
    if (!g.provinces.built())
        g.provinces.build(*index.layer());
    // The province under the mouse where no marker is (and no panel, nor the inset).
    m_hoveredProvince.reset();
    const auto hover = m_input.hoverPoint();
    // (Not while presenting: the audience sees no outline follow the mouse.)
    if (hover && !m_hovered && !m_presenting && !ImGui::GetIO().WantCaptureMouse &&
        !overInset(*hover))
        m_hoveredProvince = index.at(m_camera.screenToWorld(*hover));
    const float px = uiScale();
    if (m_choroplethChoice) {
        const std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(shown().get())) +
                                "|" + m_choroplethChoice->id(data()) + "|" +
                                std::to_string(m_view.metric) + "|" + std::to_string(m_view.year) +
                                "|" + std::to_string(static_cast<int>(theme().palette));
        if (key != m_choroplethKey) {
            m_choropleth =
                makeChoropleth(data(), provinceFigures(), *m_choroplethChoice, cityProvinces(),
                               provinceAreas(), m_view.metric, m_view.year);
            std::vector<std::optional<Rgba>> fills;
            const std::size_t k = m_choropleth->classes.count();
            for (const BasemapFeature& f : index.layer()->features) {
                const auto c = m_choropleth->classOf(f.code);
                fills.push_back(c ? std::optional<Rgba>(choroplethColour(*c, k, theme().palette))
                                  : std::nullopt);
            }
            g.provinces.setFills(fills, choroplethNoDataFill(theme().palette),
                                 choroplethHatch(theme().palette));
            m_choroplethKey = key;
        }
        g.provinces.drawChoropleth(target, m_camera, theme().provinceBorder, 1.0f * px);
    } else {
        m_choropleth.reset();
        m_choroplethKey.clear();
    }
    if (m_openProvince && !m_card && !m_clusterCard)
        g.provinces.drawOutline(target, m_camera, *m_openProvince, theme().selectionHalo,
                                3.0f * px);
    if (m_hoveredProvince && m_hoveredProvince != m_openProvince)
        g.provinces.drawOutline(target, m_camera, *m_hoveredProvince, theme().nationalBorder,
                                2.0f * px);
}

void Viewer::provincePanels(PanelInputs& in, UiLanguage lang) {
    const ProvinceIndex& index = provinces();
    const Dataset& ds = data();
    // The choropleth's choices for the controls, and its key for the legend.
    m_choroplethChoices = choroplethChoices(provinceFigures());
    in.choroplethNames.clear();
    in.choropleth.reset();
    for (std::size_t i = 0; i < m_choroplethChoices.size(); ++i) {
        const ChoroplethChoice& c = m_choroplethChoices[i];
        in.choroplethNames.push_back(
            c.kind == ChoroplethChoice::Kind::Density
                ? std::string(provinceText(PTx::ChoroplethDensityShown, lang))
                : tr(Tx::RadiusFigures, lang,
                     {ds.metrics[c.metric].labelIn(lang == UiLanguage::Zh),
                      std::to_string(c.year)}));
        if (m_choroplethChoice && *m_choroplethChoice == c)
            in.choropleth = i;
    }
    const Choropleth* cp = choropleth();
    if (cp) {
        m_choroplethLegend.text = choroplethLegend(ds, *cp, m_view.metric, m_view.year, lang);
        m_choroplethLegend.text.noData = provinceText(
            PTx::ChoroplethNoData, lang,
            {std::to_string(index.size() > cp->values.size() ? index.size() - cp->values.size()
                                                             : 0)});
        m_choroplethLegend.colours.clear();
        for (std::size_t i = 0; i < cp->classes.count(); ++i)
            m_choroplethLegend.colours.push_back(
                choroplethColour(i, cp->classes.count(), theme().palette));
        m_choroplethLegend.noData = choroplethNoDataFill(theme().palette);
        m_choroplethLegend.hatch = choroplethHatch(theme().palette);
        m_choroplethLegend.compact = true; // the legend is short of room beside the circles
        in.choroplethKey = &m_choroplethLegend;
    }
    // The value of a province in the choropleth shown: "title: value [ids]" or n/a.
    const auto valueLine = [&](const BasemapFeature& f) -> std::string {
        if (!cp)
            return {};
        const ProvinceValue* v = cp->valueOf(f.code);
        std::string text =
            v ? choroplethValueText(ds, *cp, v->value, v->qualifier, m_view.metric, lang)
              : std::string(tr(Tx::NotAvailable, lang));
        if (v && !v->sources.empty()) {
            std::string ids;
            for (const std::string& id : v->sources)
                ids += (ids.empty() ? "[" : ", ") + id;
            text += "  " + ids + "]";
        }
        return provinceText(PTx::ChoroplethValue, lang, {m_choroplethLegend.text.title, text});
    };
    // The tooltip of the hovered province (a marker's has priority).
    if (!in.hover && m_hoveredProvince && *m_hoveredProvince < index.size()) {
        const BasemapFeature& f = index.layer()->features[*m_hoveredProvince];
        HoverInfo h;
        h.title = provinceName(f, m_view.labels);
        h.valueLine = valueLine(f);
        in.hover = h;
    }
    // The card of the opened province, built again when what it shows changes.
    if (m_openProvince && *m_openProvince < index.size()) {
        const BasemapFeature& f = index.layer()->features[*m_openProvince];
        const std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(&ds)) + "|" +
                                f.code + "|" + std::to_string(m_view.metric) + "|" +
                                std::to_string(m_view.year) + "|" +
                                std::to_string(static_cast<int>(lang));
        if (key != m_provinceCardKey) {
            m_provinceCard =
                buildProvinceCard(ds, provinceFigures(), f.code, f.nameZh, f.nameEn,
                                  km2Of(m_provinceKm2, *index.layer(), *m_openProvince),
                                  cityProvinces(), m_view.metric, m_view.year, lang);
            m_provinceCardKey = key;
        }
        in.provinceCard = &*m_provinceCard;
        in.provinceChoroplethLine = valueLine(f);
    }
}

void Viewer::applyProvinceIntents(const PanelIntents& in) {
    if (in.controls.choropleth) {
        const auto& c = *in.controls.choropleth;
        if (c && *c < m_choroplethChoices.size())
            m_choroplethChoice = m_choroplethChoices[*c];
        else
            m_choroplethChoice.reset();
    }
    if (in.provinceCard.close)
        closeProvince();
    if (in.provinceCard.openCity)
        selectCity(*in.provinceCard.openCity); // over the province card; closing it goes back
}

std::vector<std::optional<Vec2>> Viewer::provincePickPoints() const {
    const ProvinceIndex& index = provinces();
    std::vector<std::optional<Vec2>> out(index.size());
    const Vec2 size = m_camera.viewport();
    const double margin = 12;
    for (std::size_t i = 0; i < index.size(); ++i)
        for (const Vec2& w : interiorOf(m_provinceInterior, *index.layer(), i)) {
            const Vec2 p = m_camera.worldToScreen(w);
            if (p.x < margin || p.y < margin || p.x > size.x - margin || p.y > size.y - margin ||
                overInset(p) || index.at(w) != i)
                continue;
            if (std::any_of(m_panelRects.begin(), m_panelRects.end(),
                            [&](const Box& b) { return inside(b, p); }))
                continue;
            const bool onMarker =
                std::any_of(m_frame.order.begin(), m_frame.order.end(), [&](const ScreenMarker& m) {
                    const double r = m.radiusPx + 8;
                    return (p.x - m.centre.x) * (p.x - m.centre.x) +
                               (p.y - m.centre.y) * (p.y - m.centre.y) <=
                           r * r;
                });
            const bool onZone = std::any_of(
                m_layers.screenZones().begin(), m_layers.screenZones().end(),
                [&](const ScreenZone& z) {
                    const double r = zoneSymbolExtentPx(z.programme, uiScale()) + 6;
                    return std::abs(p.x - z.centre.x) <= r && std::abs(p.y - z.centre.y) <= r;
                });
            if (onMarker || onZone)
                continue;
            out[i] = p;
            break;
        }
    return out;
}

} // namespace aimap
