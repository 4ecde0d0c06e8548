#pragma once

#include <string>

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

} // namespace aimap
