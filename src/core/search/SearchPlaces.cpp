#include "core/search/SearchPlaces.hpp"

#include "core/data/BasemapLoader.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/Gazetteer.hpp"

#include <unordered_set>

namespace aimap {

std::vector<SearchPlace> searchPlaces(const Dataset* data, const Gazetteer* gazetteer,
                                      const BasemapLayer* provinces) {
    std::vector<SearchPlace> places;
    std::unordered_set<std::string> withData; // division codes of the data's cities
    if (data)
        for (const City& c : data->cities) {
            SearchPlace p{SearchKind::City, c.code, c.id, c.nameZh, c.nameEn, {}};
            if (gazetteer && !c.code.empty())
                if (const GazetteerEntry* e = gazetteer->find(c.code, false).entry) {
                    p.pinyin = e->pinyin;
                    if (p.nameZh.empty())
                        p.nameZh = e->nameZh;
                    if (p.nameEn.empty())
                        p.nameEn = e->nameEn;
                }
            if (!c.code.empty())
                withData.insert(c.code);
            places.push_back(std::move(p));
        }
    if (gazetteer)
        for (const GazetteerEntry& e : gazetteer->entries())
            if (!withData.count(e.code))
                places.push_back({SearchKind::City, e.code, {}, e.nameZh, e.nameEn, e.pinyin});
    if (provinces)
        for (const BasemapFeature& f : provinces->features)
            places.push_back({SearchKind::Province, f.code, {}, f.nameZh, f.nameEn, f.pinyin});
    return places;
}

} // namespace aimap
