#pragma once

#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Gazetteer.hpp"

#include <cstddef>
#include <map>
#include <string>

namespace aimap {

/// The cities of enterprises, for the enterprise table and list loaders.

/// The dataset's city for a gazetteer entry, added on first use (`indexOfCode`: division code ->
/// index in ds.cities, of the cities added so far).
std::size_t cityFor(Dataset& ds, std::map<std::string, std::size_t>& indexOfCode,
                    const GazetteerEntry& e);

/// The error for an enterprise's city the gazetteer does not know (with "did you mean", searched
/// only when the error is listed), or finds more than once (with the candidates). `m` is
/// gazetteer.find(name, false).
void reportEnterpriseCity(const Gazetteer& gazetteer, const Gazetteer::Match& m,
                          const std::string& name, const std::string& path,
                          const std::string& location, Diagnostics& diags);

/// An enterprise given both a city and a lon/lat counts in its city and is drawn at its lon/lat;
/// one that lies farther than this from its city's centre gets a warning (one of the two is
/// usually a mistake). Large enough for the widest prefectures (Hulunbuir, Hotan: ~600 km).
constexpr double kFarFromItsCityMetres = 400e3;

/// The warning for an enterprise at `position` farther than kFarFromItsCityMetres (geodesic)
/// from `city`, which it names as `name`; nothing when it is nearer.
void warnIfFarFromItsCity(LonLat position, const GazetteerEntry& city, const std::string& name,
                          const std::string& path, const std::string& location, Diagnostics& diags);

/// An enterprise given only by lon/lat counts in the nearest city of the city list; one farther
/// than this from it is probably not in China (Tokyo went to 延边, Seoul to 丹东) and gets a
/// warning. Remote parts of Tibet, Xinjiang and Inner Mongolia lie this far from any city
/// centre too: a warning, not an error.
constexpr double kFarFromAnyCityMetres = 300e3;

/// The warning for an enterprise at `position`, counted in `nearest`, farther than
/// kFarFromAnyCityMetres from it; nothing when it is nearer (checked cheaply first: this runs
/// for every row of a million-row table).
void warnIfFarFromAnyCity(LonLat position, const GazetteerEntry& nearest, const std::string& path,
                          const std::string& location, Diagnostics& diags);

} // namespace aimap
