#pragma once

#include "core/search/SearchIndex.hpp"

#include <vector>

namespace aimap {

class Gazetteer;
struct BasemapLayer;
struct Dataset;

/// The places search finds, in this order: the cities of `data` (with the gazetteer's pinyin
/// when their division code is in it), the gazetteer's other prefecture-level cities, then the
/// provinces of `provinces` (the basemap layer). Any of the three may be null.
std::vector<SearchPlace> searchPlaces(const Dataset* data, const Gazetteer* gazetteer,
                                      const BasemapLayer* provinces);

} // namespace aimap
