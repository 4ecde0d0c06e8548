#include "core/data/Gazetteer.hpp"

#include "core/data/Csv.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/Suggest.hpp"
#include "core/data/Text.hpp"
#include "core/geo/Projection.hpp"

#include <algorithm>
#include <cmath>
#include <cctype>

namespace aimap {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Folded Latin name without the unit words people add: "Jinan City" = "Jinan Shi" = "jinan".
std::string foldEnglish(const std::string& s) {
    const std::string out = foldLatinName(s);
    for (const char* suffix : {"city", "shi", "prefecture", "municipality"})
        if (endsWith(out, suffix))
            return out.substr(0, out.size() - std::char_traits<char>::length(suffix));
    return out;
}

// "济南市" -> "济南"; administrative suffixes are optional when people type names.
std::string foldChinese(const std::string& s) {
    for (const char* suffix : {"\xE5\xB8\x82", "\xE5\x9C\xB0\xE5\x8C\xBA",        // 市 地区
                               "\xE8\x87\xAA\xE6\xB2\xBB\xE5\xB7\x9E", "\xE7\x9B\x9F"}) // 自治州 盟
        if (endsWith(s, suffix))
            return s.substr(0, s.size() - std::char_traits<char>::length(suffix));
    return s;
}

} // namespace

std::optional<Gazetteer> Gazetteer::load(const std::string& path, Diagnostics& diags) {
    auto doc = readJsonFile(path, Limits{}, diags);
    if (!doc)
        return std::nullopt;
    try {
        std::vector<GazetteerEntry> entries;
        for (const auto& f : doc->at("features")) {
            GazetteerEntry e;
            e.code = f.at("code").get<std::string>();
            e.nameZh = f.at("name_zh").get<std::string>();
            e.nameEn = f.at("name_en").is_string() ? f.at("name_en").get<std::string>() : "";
            e.province = f.value("province", "");
            e.position = {f.at("lon").get<double>(), f.at("lat").get<double>()};
            e.coordSource = f.value("coord_source", "");
            entries.push_back(std::move(e));
        }
        return Gazetteer(std::move(entries));
    } catch (const std::exception& e) {
        diags.error(path, "", std::string("not a gazetteer file: ") + e.what());
        return std::nullopt;
    }
}

Gazetteer::Gazetteer(std::vector<GazetteerEntry> entries) : m_entries(std::move(entries)) {
    const Projection& proj = Projection::china();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const auto& e = m_entries[i];
        m_byKey["code:" + e.code].push_back(i);
        m_byKey["zh:" + foldChinese(e.nameZh)].push_back(i);
        if (!e.nameEn.empty())
            m_byKey["en:" + foldEnglish(e.nameEn)].push_back(i);
        m_world.push_back(proj.forward(e.position));
        if (std::isfinite(m_world.back().x) && std::isfinite(m_world.back().y))
            m_byX.push_back(static_cast<std::uint32_t>(i));
    }
    std::stable_sort(m_byX.begin(), m_byX.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return m_world[a].x < m_world[b].x; });
}

const GazetteerEntry* Gazetteer::nearest(LonLat p) const {
    return nearestWorld(Projection::china().forward(p));
}

const GazetteerEntry* Gazetteer::nearestWorld(Vec2 w) const {
    // Entries sorted by x: walk outwards from w.x until the x distance alone exceeds the best.
    // Ties go to the lower entry index, as a scan in entry order would.
    if (m_byX.empty() || !std::isfinite(w.x) || !std::isfinite(w.y))
        return nullptr;
    const auto mid = std::lower_bound(m_byX.begin(), m_byX.end(), w.x,
                                      [&](std::uint32_t i, double x) { return m_world[i].x < x; });
    std::size_t bestI = m_entries.size();
    double bestD = 1e300;
    auto consider = [&](std::uint32_t i) {
        const double dx = m_world[i].x - w.x, dy = m_world[i].y - w.y;
        const double d = dx * dx + dy * dy;
        if (d < bestD || (d == bestD && i < bestI))
            bestD = d, bestI = i;
    };
    for (auto it = mid; it != m_byX.end(); ++it) {
        const double dx = m_world[*it].x - w.x;
        if (dx * dx > bestD)
            break;
        consider(*it);
    }
    for (auto it = mid; it != m_byX.begin();) {
        --it;
        const double dx = m_world[*it].x - w.x;
        if (dx * dx > bestD)
            break;
        consider(*it);
    }
    return bestI < m_entries.size() ? &m_entries[bestI] : nullptr;
}

Gazetteer::Match Gazetteer::find(const std::string& raw) const {
    Match m;
    const std::string name = trimCell(raw);
    if (name.empty())
        return m;
    const bool ascii = std::all_of(name.begin(), name.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    for (const std::string& key :
         {"code:" + name, ascii ? "en:" + foldEnglish(name) : "zh:" + foldChinese(name)}) {
        auto it = m_byKey.find(key);
        if (it != m_byKey.end())
            for (std::size_t i : it->second)
                if (std::find(m.candidates.begin(), m.candidates.end(), &m_entries[i]) ==
                    m.candidates.end())
                    m.candidates.push_back(&m_entries[i]);
    }
    if (m.candidates.size() == 1) {
        m.entry = m.candidates.front();
        m.candidates.clear();
    } else if (m.candidates.empty()) {
        std::vector<std::string> names;
        for (const auto& e : m_entries)
            names.push_back(ascii ? e.nameEn : e.nameZh);
        if (auto best = closestMatch(name, names))
            m.suggestion = *best;
    }
    return m;
}

} // namespace aimap
