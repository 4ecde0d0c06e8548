#include "core/data/CardSource.hpp"

#include "core/data/Dataset.hpp"

namespace aimap {

std::vector<CardSource> cardSources(const Dataset& ds, const std::vector<std::string>& ids) {
    std::vector<CardSource> out;
    for (const auto& id : ids) {
        if (const Source* s = ds.source(id))
            out.push_back({s->id, s->title, s->publisher, s->date, s->quality, s->url});
    }
    return out;
}

} // namespace aimap
