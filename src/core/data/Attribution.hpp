#pragma once

#include <string>

namespace aimap {

/// A data source of the basemap or gazetteer, for the About panel (data/attributions.json).
struct Attribution {
    std::string title;
    std::string licence;
    std::string text;
};

} // namespace aimap
