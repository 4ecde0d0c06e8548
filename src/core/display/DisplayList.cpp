#include "core/display/DisplayList.hpp"

namespace aimap {

const char* layerName(DisplayLayer layer) {
    static const char* names[kDisplayLayerCount] = {
        "background", "basemap", "markers", "zones",   "inset", "labels",   "changes",
        "ranks",      "legend",  "caption", "sources", "cards", "watermark"};
    return names[static_cast<std::size_t>(layer)];
}

const char* layerClass(DisplayLayer layer) {
    switch (layer) {
    case DisplayLayer::Cards:
        return "card";
    case DisplayLayer::Changes:
        return "change-badge";
    default:
        return nullptr;
    }
}

std::vector<const DisplayCircle*> DisplayList::markers() const {
    std::vector<const DisplayCircle*> out;
    for (const DisplayCircle& c : (*this)[DisplayLayer::Markers].circles)
        if (!c.item.empty())
            out.push_back(&c);
    return out;
}

} // namespace aimap
