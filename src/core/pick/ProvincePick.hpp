#pragma once

#include "core/data/BasemapLoader.hpp"
#include "core/data/Dataset.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

// Which province is under a point (issue 16: hovering and clicking provinces). Built once from
// the provinces layer; a query tests the bounding boxes of the provinces and of their polygons
// first, and rings only of the few polygons whose box holds the point.

class ProvinceIndex {
public:
    ProvinceIndex() = default;
    /// Indexes `layer` (it must outlive the index and not change).
    explicit ProvinceIndex(const BasemapLayer& layer);
    /// The feature (index into the layer's features) holding world point `p` (metres), if any.
    /// Provinces do not overlap; where simplification makes two touch, the first in the layer's
    /// order wins.
    std::optional<std::size_t> at(Vec2 p) const;
    /// The feature of division code `code` ("370000"), if any.
    std::optional<std::size_t> byCode(const std::string& code) const;
    /// The province a city belongs to: by the first two digits of its division code, else (no
    /// code, or one no province has) the province holding its position.
    std::optional<std::size_t> ofCity(const City& city) const;
    const BasemapLayer* layer() const { return m_layer; }
    std::size_t size() const { return m_layer ? m_layer->features.size() : 0; }
    /// Polygon bounding boxes tested by the last at() (benchmarks and tests: boxes first).
    std::size_t ringsTested() const { return m_ringsTested; }

private:
    const BasemapLayer* m_layer = nullptr;
    std::vector<std::vector<Box>> m_polygonBoxes; ///< per feature, per polygon
    mutable std::size_t m_ringsTested = 0;
};

/// Points inside a feature, best first, for a pick point that is clearly inside: the middles of
/// the inside spans of `scanlines` horizontal lines across its largest polygon, longest span
/// first (a test clicks one that no marker covers).
std::vector<Vec2> interiorPoints(const BasemapFeature& feature, int scanlines = 15);

} // namespace aimap
