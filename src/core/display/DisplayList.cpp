#include "core/display/DisplayList.hpp"

namespace aimap {

const char* layerName(DisplayLayer layer) {
    static const char* names[kDisplayLayerCount] = {"background", "basemap", "markers",  "zones",
                                                    "inset",      "labels",  "ranks",    "legend",
                                                    "caption",    "sources", "watermark"};
    return names[static_cast<std::size_t>(layer)];
}

std::vector<const DisplayCircle*> DisplayList::markers() const {
    std::vector<const DisplayCircle*> out;
    for (const DisplayCircle& c : (*this)[DisplayLayer::Markers].circles)
        if (!c.item.empty())
            out.push_back(&c);
    return out;
}

} // namespace aimap
