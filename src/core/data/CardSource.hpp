#pragma once

#include <string>
#include <vector>

namespace aimap {

/// A source as the cards show it.
struct CardSource {
    std::string id;
    std::string title;
    std::string publisher;
    std::string date;
    std::string quality;
    std::string url;
};

struct Dataset;

/// The sources of these ids, as cards show them (ids the dataset does not have are left out).
std::vector<CardSource> cardSources(const Dataset& ds, const std::vector<std::string>& ids);

} // namespace aimap
