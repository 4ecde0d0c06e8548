#pragma once

#include <cstdint>

#include "core/data/Diagnostics.hpp"
#include "core/geo/LonLat.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace aimap {

/// A prefecture-level city of the bundled gazetteer (data/gazetteer.json).
struct GazetteerEntry {
    std::string code; ///< 6-digit division code
    std::string nameZh;
    std::string nameEn;
    std::string province; ///< 6-digit code of the province
    LonLat position;
    std::string coordSource;
    std::string pinyin; ///< with tone marks, one word ("Jǐnán"); empty in older files
};

/// Finds the prefecture-level city a user means by "济南", "济南市", "Jinan", "Jinan City",
/// "jinan shi" or "370100". English names are not unique (苏州 and 宿州 are both "Suzhou"): such
/// a name is ambiguous and the candidates are returned so the message can list them.
class Gazetteer {
public:
    static std::optional<Gazetteer> load(const std::string& path, Diagnostics& diags);
    explicit Gazetteer(std::vector<GazetteerEntry> entries);

    struct Match {
        const GazetteerEntry* entry = nullptr;         ///< the one city, when unique
        std::vector<const GazetteerEntry*> candidates; ///< when ambiguous
        std::string suggestion;                        ///< closest name when nothing matched
    };
    /// The city `name` means. `withSuggestion`: fill Match::suggestion when nothing matches
    /// (loaders that report per row ask suggest() only for the messages they list).
    Match find(const std::string& name, bool withSuggestion = true) const;
    /// The name closest to `name` (a likely typo), or empty.
    std::string suggest(const std::string& name) const;

    const std::vector<GazetteerEntry>& entries() const { return m_entries; }

    /// The entry whose position is nearest (planar, projected) to `p`; null when empty.
    const GazetteerEntry* nearest(LonLat p) const;
    /// Same, for a position already projected (Projection::china(), metres).
    const GazetteerEntry* nearestWorld(Vec2 world) const;

private:
    std::vector<GazetteerEntry> m_entries;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byKey; ///< folded names, codes
    std::vector<Vec2> m_world;
    std::vector<std::uint32_t> m_byX; ///< entries sorted by world x, for nearestByX()
    /// Entries bucketed by square cells over their bounding box, for nearestWorld() inside it.
    struct Grid {
        double x0 = 0, y0 = 0, cell = 0;
        long columns = 0, rows = 0;
        std::vector<std::uint32_t> start; ///< per cell (row-major), into `items`; one extra
        std::vector<std::uint32_t> items; ///< entry indices, by cell
    } m_grid;
    const GazetteerEntry* nearestByX(Vec2 world) const;
};

} // namespace aimap
