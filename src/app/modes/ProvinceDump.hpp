#pragma once

#include <nlohmann/json_fwd.hpp>

namespace aimap {

class Viewer;

/// The UI dump's "province" (hovered and opened province codes, the card: cities, zones,
/// area_km2; a pick point per province code in window pixels) and "choropleth" (id, method,
/// breaks, the class and value of each province; null when off) keys (issue 16).
void addProvinceDump(const Viewer& viewer, nlohmann::json& j);

} // namespace aimap
