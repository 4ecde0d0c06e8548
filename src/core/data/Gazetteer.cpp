#include "core/data/Gazetteer.hpp"

#include "core/data/Csv.hpp"
#include "core/data/JsonFile.hpp"
#include "core/data/LoadGuard.hpp"
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

// The entries of a parsed gazetteer file (throws on a missing or mistyped field).
std::vector<GazetteerEntry> entriesOf(const nlohmann::json& doc) {
    std::vector<GazetteerEntry> entries;
    for (const auto& f : doc.at("features")) {
        GazetteerEntry e;
        e.code = f.at("code").get<std::string>();
        e.nameZh = f.at("name_zh").get<std::string>();
        e.nameEn = f.at("name_en").is_string() ? f.at("name_en").get<std::string>() : "";
        e.pinyin = f.contains("pinyin") && f.at("pinyin").is_string()
                       ? f.at("pinyin").get<std::string>()
                       : "";
        e.province = f.value("province", "");
        e.position = {f.at("lon").get<double>(), f.at("lat").get<double>()};
        e.coordSource = f.value("coord_source", "");
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace

std::optional<Gazetteer> Gazetteer::load(const std::string& path, Diagnostics& diags) {
    auto doc = readJsonFile(path, Limits{}, diags);
    if (!doc)
        return std::nullopt;
    return guardLoad(
        path, diags, [&] { return std::optional<Gazetteer>(Gazetteer(entriesOf(*doc))); },
        "not a gazetteer file: ");
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
    if (m_byX.empty())
        return;
    // Cells a quarter of the mean spacing of the entries wide: the nearest entry to a point near a
    // city (where enterprises are) is then found in a few rings of cells around it.
    double x1 = m_world[m_byX.front()].x, x2 = m_world[m_byX.back()].x;
    double y1 = m_world[m_byX.front()].y, y2 = y1;
    for (std::uint32_t i : m_byX)
        y1 = std::min(y1, m_world[i].y), y2 = std::max(y2, m_world[i].y);
    Grid& g = m_grid;
    g.cell =
        std::max(0.25 * std::sqrt((x2 - x1) * (y2 - y1) / static_cast<double>(m_byX.size())), 1.0);
    g.x0 = x1, g.y0 = y1;
    g.columns = std::min(static_cast<long>((x2 - x1) / g.cell) + 1, 4096L);
    g.rows = std::min(static_cast<long>((y2 - y1) / g.cell) + 1, 4096L);
    g.cell = std::max({g.cell, (x2 - x1) / static_cast<double>(g.columns) * (1 + 1e-12),
                       (y2 - y1) / static_cast<double>(g.rows) * (1 + 1e-12)});
    auto cellOf = [&](std::uint32_t i) {
        const long cx = std::min(static_cast<long>((m_world[i].x - g.x0) / g.cell), g.columns - 1);
        const long cy = std::min(static_cast<long>((m_world[i].y - g.y0) / g.cell), g.rows - 1);
        return static_cast<std::size_t>(cy * g.columns + cx);
    };
    g.start.assign(static_cast<std::size_t>(g.columns * g.rows) + 1, 0);
    for (std::uint32_t i : m_byX)
        ++g.start[cellOf(i) + 1];
    for (std::size_t c = 1; c < g.start.size(); ++c)
        g.start[c] += g.start[c - 1];
    g.items.resize(m_byX.size());
    std::vector<std::uint32_t> fill(g.start.begin(), g.start.end() - 1);
    for (std::uint32_t i = 0; i < m_world.size(); ++i) // by index within a cell
        if (std::isfinite(m_world[i].x) && std::isfinite(m_world[i].y))
            g.items[fill[cellOf(i)]++] = i;
}

const GazetteerEntry* Gazetteer::nearest(LonLat p) const {
    return nearestWorld(Projection::china().forward(p));
}

namespace {
constexpr long kGridRings = 3; // beyond: the walk by x
} // namespace

const GazetteerEntry* Gazetteer::nearestWorld(Vec2 w) const {
    // Ties go to the lower entry index, as a scan in entry order would.
    if (m_byX.empty() || !std::isfinite(w.x) || !std::isfinite(w.y))
        return nullptr;
    const Grid& g = m_grid;
    const double fx = (w.x - g.x0) / g.cell, fy = (w.y - g.y0) / g.cell;
    if (!(fx >= 0 && fy >= 0 && fx < static_cast<double>(g.columns) &&
          fy < static_cast<double>(g.rows)))
        return nearestByX(w);
    // Rings of cells around w's cell: every entry outside rings 0..k lies more than k cells
    // from w, so once that exceeds the best distance no entry nearer (or as near) remains.
    const long cx = static_cast<long>(fx), cy = static_cast<long>(fy);
    std::size_t bestI = m_entries.size();
    double bestD = 1e300;
    auto scan = [&](long x, long y) {
        if (x < 0 || y < 0 || x >= g.columns || y >= g.rows)
            return;
        const auto c = static_cast<std::size_t>(y * g.columns + x);
        for (std::uint32_t k = g.start[c]; k < g.start[c + 1]; ++k) {
            const std::uint32_t i = g.items[k];
            const double dx = m_world[i].x - w.x, dy = m_world[i].y - w.y;
            const double d = dx * dx + dy * dy;
            if (d < bestD || (d == bestD && i < bestI))
                bestD = d, bestI = i;
        }
    };
    for (long k = 0; k <= kGridRings; ++k) {
        if (k == 0) {
            scan(cx, cy);
        } else {
            for (long x = cx - k; x <= cx + k; ++x)
                scan(x, cy - k), scan(x, cy + k);
            for (long y = cy - k + 1; y <= cy + k - 1; ++y)
                scan(cx - k, y), scan(cx + k, y);
        }
        const double reach = static_cast<double>(k) * g.cell * (1 - 1e-9); // rounding margin
        if (bestI < m_entries.size() && reach * reach > bestD)
            return &m_entries[bestI];
    }
    return nearestByX(w); // far from every entry: rings would grow large
}

const GazetteerEntry* Gazetteer::nearestByX(Vec2 w) const {
    // Entries sorted by x: walk outwards from w.x until the x distance alone exceeds the best.
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

Gazetteer::Match Gazetteer::find(const std::string& raw, bool withSuggestion) const {
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
    } else if (m.candidates.empty() && withSuggestion) {
        m.suggestion = suggest(name);
    }
    return m;
}

std::string Gazetteer::suggest(const std::string& raw) const {
    const std::string name = trimCell(raw);
    const bool ascii = std::all_of(name.begin(), name.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    std::vector<std::string> names;
    names.reserve(m_entries.size());
    for (const auto& e : m_entries)
        names.push_back(ascii ? e.nameEn : e.nameZh);
    return closestMatch(name, names).value_or(std::string());
}

} // namespace aimap
