#include "core/data/PlaceFinder.hpp"

namespace aimap {

namespace {

std::string provinceOf(const std::string& code, const std::map<std::string, std::string>& names) {
    const auto it = names.find(code);
    return it == names.end() ? code : it->second;
}

// A city of the data, with its province from the gazetteer when its division code is there.
Place fromCity(const City& c, const Gazetteer& gazetteer,
               const std::map<std::string, std::string>& provinces) {
    Place p{c.nameZh, c.nameEn, c.code, "", c.position};
    if (!c.code.empty())
        if (const GazetteerEntry* e = gazetteer.find(c.code, false).entry)
            p.province = provinceOf(e->province, provinces);
    return p;
}

// The gazetteer's entry, where `data` puts it when `data` has the city (same division code).
Place fromEntry(const GazetteerEntry& e, const Dataset* data,
                const std::map<std::string, std::string>& provinces) {
    Place p{e.nameZh, e.nameEn, e.code, provinceOf(e.province, provinces), e.position};
    if (data)
        for (const City& c : data->cities)
            if (!c.code.empty() && c.code == e.code) {
                p.position = c.position;
                break;
            }
    return p;
}

} // namespace

PlaceMatch findPlace(const std::string& name, const Dataset* data, const Gazetteer& gazetteer,
                     const std::map<std::string, std::string>& provinces) {
    PlaceMatch m;
    const Gazetteer::Match g = gazetteer.find(name, false);
    if (g.entry) {
        m.place = fromEntry(*g.entry, data, provinces);
        return m;
    }
    // An English name two cities share stays ambiguous even when it is also a city id of the
    // data ("suzhou"): the user may well mean the other one.
    for (const GazetteerEntry* e : g.candidates)
        m.candidates.push_back(fromEntry(*e, data, provinces));
    if (!m.candidates.empty())
        return m;
    if (data) {
        auto i = data->cityIndex(name);
        if (!i)
            i = data->findCity(name);
        if (i) {
            m.place = fromCity(data->cities[*i], gazetteer, provinces);
            return m;
        }
    }
    m.suggestion = gazetteer.suggest(name);
    return m;
}

std::string describePlace(const Place& p) {
    std::string s = p.nameZh;
    if (!p.nameEn.empty())
        s += (s.empty() ? "" : " ") + p.nameEn;
    if (!p.province.empty())
        s += ", " + p.province;
    if (!p.code.empty())
        s += " (" + p.code + ")";
    return s;
}

} // namespace aimap
