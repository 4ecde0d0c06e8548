#pragma once

#include "core/data/Dataset.hpp"
#include "core/data/Gazetteer.hpp"
#include "core/geo/LonLat.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// A city a user names on the command line (`aimap distance`, issue 16) and where it is.
struct Place {
    std::string nameZh, nameEn;
    std::string code;     ///< 6-digit division code; may be empty for a city of the data
    std::string province; ///< the province's name ("Shandong 山东"), or its code
    LonLat position;
};

/// What a name means: one place, or several (the name is ambiguous), or none (with the closest
/// name, when one is close).
struct PlaceMatch {
    std::optional<Place> place;
    std::vector<Place> candidates;
    std::string suggestion;
};

/// The place `name` means: a prefecture-level city of the gazetteer by Chinese or English name or
/// 6-digit code, with the gazetteer's rules (an English name two cities share, "Suzhou" for 苏州
/// and 宿州, is ambiguous, even when it is also a city id of `data`: the candidates are
/// returned); else a city of `data` by id or name (cities the gazetteer does not have, such as
/// "hong-kong"). A city `data` has (same division code) is where `data` puts it: the map and the
/// command agree. `provinces`: province
/// code -> name, for the candidates' provinces. `data` may be null.
PlaceMatch findPlace(const std::string& name, const Dataset* data, const Gazetteer& gazetteer,
                     const std::map<std::string, std::string>& provinces);

/// "苏州 Suzhou, Jiangsu 江苏 (320500)".
std::string describePlace(const Place& p);

} // namespace aimap
