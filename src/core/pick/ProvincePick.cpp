#include "core/pick/ProvincePick.hpp"

#include "core/view/SpotlightLit.hpp" // polygonContains: the even-odd rule over all rings

#include <algorithm>
#include <cmath>
#include <utility>

namespace aimap {

namespace {

bool inBox(const Box& b, Vec2 p) {
    return p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y;
}

double polygonBoxArea(const Polygon& polygon) {
    Box b;
    if (!polygon.empty())
        for (const Vec2& v : polygon.front())
            b.expand(v);
    return b.empty() ? 0 : b.width() * b.height();
}

} // namespace

ProvinceIndex::ProvinceIndex(const BasemapLayer& layer) : m_layer(&layer) {
    m_polygonBoxes.reserve(layer.features.size());
    for (const BasemapFeature& f : layer.features) {
        std::vector<Box>& boxes = m_polygonBoxes.emplace_back();
        for (const Polygon& polygon : f.polygons) {
            Box b;
            if (!polygon.empty())
                for (const Vec2& v : polygon.front())
                    b.expand(v);
            boxes.push_back(b);
        }
    }
}

std::optional<std::size_t> ProvinceIndex::at(Vec2 p) const {
    m_ringsTested = 0;
    if (!m_layer || !std::isfinite(p.x) || !std::isfinite(p.y))
        return std::nullopt;
    for (std::size_t i = 0; i < m_layer->features.size(); ++i) {
        const BasemapFeature& f = m_layer->features[i];
        if (!inBox(f.bounds, p))
            continue;
        for (std::size_t k = 0; k < f.polygons.size(); ++k) {
            if (!inBox(m_polygonBoxes[i][k], p))
                continue;
            ++m_ringsTested;
            if (polygonContains(f.polygons[k], p))
                return i;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> ProvinceIndex::byCode(const std::string& code) const {
    if (!m_layer)
        return std::nullopt;
    for (std::size_t i = 0; i < m_layer->features.size(); ++i)
        if (m_layer->features[i].code == code)
            return i;
    return std::nullopt;
}

std::optional<std::size_t> ProvinceIndex::ofCity(const City& city) const {
    if (city.code.size() == 6)
        if (const auto i = byCode(city.code.substr(0, 2) + "0000"))
            return i;
    return at(city.world);
}

std::vector<Vec2> interiorPoints(const BasemapFeature& feature, int scanlines) {
    const Polygon* largest = nullptr;
    double best = -1;
    for (const Polygon& polygon : feature.polygons)
        if (const double a = polygonBoxArea(polygon); a > best) {
            best = a;
            largest = &polygon;
        }
    std::vector<std::pair<double, Vec2>> spans; // length, middle
    if (!largest || largest->empty())
        return {};
    Box box;
    for (const Vec2& v : largest->front())
        box.expand(v);
    for (int s = 0; s < scanlines; ++s) {
        const double y = box.min.y + box.height() * (s + 0.5) / scanlines;
        std::vector<double> xs;
        for (const Ring& ring : *largest) {
            const std::size_t n = ring.size();
            for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
                const Vec2& a = ring[i];
                const Vec2& b = ring[j];
                if ((a.y > y) != (b.y > y))
                    xs.push_back(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
            }
        }
        std::sort(xs.begin(), xs.end());
        for (std::size_t k = 0; k + 1 < xs.size(); k += 2)
            spans.push_back({xs[k + 1] - xs[k], {(xs[k] + xs[k + 1]) / 2, y}});
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<Vec2> out;
    out.reserve(spans.size());
    for (const auto& s : spans)
        out.push_back(s.second);
    return out;
}

} // namespace aimap
