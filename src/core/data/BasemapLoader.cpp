#include "core/data/BasemapLoader.hpp"

#include "core/data/JsonFile.hpp"
#include "core/data/LoadGuard.hpp"
#include "core/geo/Projection.hpp"

#include <cmath>

namespace aimap {
namespace {

using nlohmann::json;

// A ring (at least 3 points) or, with `line`, an open polyline (at least 2).
bool readRing(const json& j, const std::string& ptr, const std::string& file, Ring& out,
              Diagnostics& diags, bool line = false) {
    if (!j.is_array() || j.size() % 2 != 0 || j.size() < (line ? 4u : 6u)) {
        diags.error(file, ptr,
                    line ? "a line must be a flat array of at least 2 lon,lat pairs"
                         : "a ring must be a flat array of at least 3 lon,lat pairs");
        return false;
    }
    const Projection& proj = Projection::china();
    out.reserve(j.size() / 2);
    for (std::size_t i = 0; i < j.size(); i += 2) {
        if (!j[i].is_number() || !j[i + 1].is_number()) {
            diags.error(file, ptr + "/" + std::to_string(i), "coordinates must be numbers");
            return false;
        }
        const double lon = j[i].get<double>();
        const double lat = j[i + 1].get<double>();
        if (!std::isfinite(lon) || !std::isfinite(lat) || std::fabs(lon) > 180 ||
            std::fabs(lat) > 90) {
            diags.error(file, ptr + "/" + std::to_string(i), "coordinate out of range");
            return false;
        }
        out.push_back(proj.forward({lon, lat}));
    }
    return true;
}

// The layer of a parsed basemap file, or nothing (with an error).
std::optional<BasemapLayer> readLayer(const json& doc, const std::string& path,
                                      Diagnostics& diags) {
    if (!doc.is_object() || !doc.contains("aimap_basemap") || !doc.contains("features") ||
        !doc["features"].is_array()) {
        diags.error(path, "", "not an aimap basemap file",
                    "basemap files are written by tools/build-data.mjs");
        return std::nullopt;
    }
    BasemapLayer layer;
    layer.layer = doc.value("layer", std::string());
    const json& features = doc["features"];
    for (std::size_t i = 0; i < features.size(); ++i) {
        const json& f = features[i];
        const std::string ptr = "/features/" + std::to_string(i);
        if (!f.is_object() || !f.contains("polygons") || !f["polygons"].is_array()) {
            diags.error(path, ptr, "a feature needs a \"polygons\" array");
            return std::nullopt;
        }
        BasemapFeature feat;
        feat.code = f.value("code", std::string());
        const auto str = [&](const char* key) {
            auto it = f.find(key);
            return it != f.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        feat.nameZh = str("name_zh");
        feat.nameEn = str("name_en");
        feat.pinyin = str("pinyin");
        feat.group = str("group");
        if (auto c = f.find("centre");
            c != f.end() && c->is_array() && c->size() == 2 && (*c)[0].is_number())
            feat.centre = LonLat{(*c)[0].get<double>(), (*c)[1].get<double>()};
        const json& polys = f["polygons"];
        for (std::size_t p = 0; p < polys.size(); ++p) {
            const std::string pp = ptr + "/polygons/" + std::to_string(p);
            if (!polys[p].is_array() || polys[p].empty()) {
                diags.error(path, pp, "a polygon must be a non-empty array of rings");
                return std::nullopt;
            }
            Polygon poly;
            for (std::size_t r = 0; r < polys[p].size(); ++r) {
                Ring ring;
                if (!readRing(polys[p][r], pp + "/" + std::to_string(r), path, ring, diags))
                    return std::nullopt;
                for (const auto& v : ring)
                    feat.bounds.expand(v);
                poly.push_back(std::move(ring));
            }
            feat.polygons.push_back(std::move(poly));
        }
        if (auto lines = f.find("lines"); lines != f.end()) {
            if (!lines->is_array()) {
                diags.error(path, ptr + "/lines", "\"lines\" must be an array of lines");
                return std::nullopt;
            }
            for (std::size_t l = 0; l < lines->size(); ++l) {
                Ring line;
                if (!readRing((*lines)[l], ptr + "/lines/" + std::to_string(l), path, line, diags,
                              true))
                    return std::nullopt;
                for (const auto& v : line)
                    feat.bounds.expand(v);
                feat.lines.push_back(std::move(line));
            }
        }
        layer.bounds.expand(feat.bounds);
        layer.features.push_back(std::move(feat));
    }
    return layer;
}

} // namespace

std::optional<BasemapLayer> loadBasemapLayer(const std::string& path, Diagnostics& diags,
                                             const Limits& limits) {
    auto doc = readJsonFile(path, limits, diags);
    if (!doc)
        return std::nullopt;
    return guardLoad(
        path, diags, [&] { return readLayer(*doc, path, diags); }, "unexpected content: ");
}

} // namespace aimap
