#pragma once

#include "core/data/Diagnostics.hpp"
#include "core/data/Limits.hpp"
#include "core/geo/LonLat.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// A ring of projected points (world metres), not closed (last != first).
using Ring = std::vector<Vec2>;
/// A polygon: outer ring first, then holes.
using Polygon = std::vector<Ring>;

struct BasemapFeature {
    std::string code; ///< division code or ISO numeric country code
    std::string nameZh;
    std::string nameEn;
    std::optional<LonLat> centre; ///< label anchor given by the data
    /// What the feature is in a layer that mixes kinds (the South China Sea inset: "china",
    /// "islands", "neighbour", "dashed_line"); empty in the other layers.
    std::string group;
    std::vector<Polygon> polygons;
    std::vector<Ring> lines; ///< open polylines (world metres), e.g. the inset's dashed line
    Box bounds; ///< world metres
    /// With tone marks ("Shāndōng"); empty when the file has none.
    std::string pinyin;
};

/// One layer of the basemap (provinces, prefectures, outline, countries), projected.
struct BasemapLayer {
    std::string layer;
    std::vector<BasemapFeature> features;
    Box bounds;
};

/// Load a basemap layer file written by tools/build-data.mjs (format in data/README.md) and
/// project it. Never throws; returns nullopt with diagnostics on error.
std::optional<BasemapLayer> loadBasemapLayer(const std::string& path, Diagnostics& diags,
                                             const Limits& limits = {});

} // namespace aimap
