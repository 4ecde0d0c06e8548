#pragma once

#include "core/geo/LonLat.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aimap {

/// Where a number comes from. Quality grades are defined by the dataset's quality scale
/// (A official ... D secondary).
struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string date;
    std::string url;
    std::string quality;
    std::string note;
};

/// A metric: one definition, one unit. Figures with different definitions are different metrics
/// and never share a symbol scale.
struct Metric {
    std::string id;
    std::string label;
    std::string unit; ///< "CNY", "count", ...
    std::string definition;
};

struct City {
    std::string id;   ///< stable id, e.g. "jinan"
    std::string code; ///< 6-digit division code, may be empty
    std::string nameEn;
    std::string nameZh;
    LonLat position;
    Vec2 world; ///< projected position (metres), computed when loading
    std::string coordSource;
};

/// One published figure for one city, metric and year.
struct Value {
    std::size_t city = 0;
    std::size_t metric = 0;
    int year = 0;
    std::string period; ///< as published: "2020", "end-2020", "as of 2022-10"
    double value = 0.0;
    std::string qualifier; ///< "=", ">", "<", "~"
    std::string asPublished;
    std::string labelAsPublished;
    std::string definitionInSource;
    std::string notes;
    std::optional<double> yoyGrowthPct;
    std::vector<std::string> sources; ///< source ids; empty = unsourced
};

struct Specialisation {
    std::size_t city = 0;
    std::string place; ///< when the source names a place inside the city (a county, a district)
    std::vector<std::string> items;
    std::vector<std::string> sources;
};

struct PilotZone {
    std::string zone;
    std::vector<std::size_t> cities;
    std::string date;
    std::string precision;
    std::string doc;
    std::string note;
    std::vector<std::string> sources;
};

struct Programme {
    std::string id;
    std::string nameEn;
    std::string nameZh;
    std::string countNote;
    std::vector<PilotZone> zones;
};

/// One enterprise of an enterprise table: a point with a weight and its sectors. 48 bytes, as a
/// million of them stay in memory (the lon/lat it was given is only needed while loading).
struct Enterprise {
    std::uint32_t nameAt = 0;   ///< name: Dataset::enterpriseName() (one pool for a million names)
    std::uint16_t nameSize = 0;
    unsigned short sectors = 0; ///< bit i set = Sector i
    int year = 0;
    std::uint32_t city = 0; ///< the city it is counted in (index into cities)
    Vec2 world;             ///< projected position (metres): its own, or its city's
    /// Revenue, headcount... (Dataset::enterpriseWeightUnit); 1 when the list has no weights;
    /// NaN when the list has weights but this enterprise gives none (not the same as 0).
    double weight = 1.0;
    std::size_t source = static_cast<std::size_t>(-1); ///< index into sources, or none
};
static_assert(sizeof(Enterprise) <= 48, "a million enterprises stay in memory");

/// Enterprises of one city and year, per sector. An enterprise in two sectors counts in both
/// sector counts (so they may sum to more than `total`); its weight is split evenly between its
/// sectors (so sector weights sum to `totalWeight`).
struct SectorBreakdown {
    std::size_t city = 0;
    int year = 0;
    std::size_t total = 0;
    double totalWeight = 0;  ///< over the enterprises that give a weight
    std::size_t weighed = 0; ///< enterprises that give a weight
    std::array<std::size_t, 9> counts{};
    std::array<double, 9> weights{};
};

/// An immutable, validated dataset. Build it with loadDataset(); share it as
/// std::shared_ptr<const Dataset>.
struct Dataset {
    std::string path;
    std::string title;
    std::string kind; ///< "cited", "synthetic" or "example"
    std::string description;
    std::map<std::string, std::string> qualityScale;
    std::vector<std::string> caveats;
    std::vector<Source> sources;
    std::vector<Metric> metrics;
    std::vector<City> cities;
    std::vector<Value> values; ///< sorted by (city, metric, year)
    std::vector<Specialisation> specialisations;
    std::vector<Programme> programmes;
    std::vector<Enterprise> enterprises;           ///< from enterprise tables; empty otherwise
    std::string enterpriseNames;                   ///< the enterprises' names, back to back
    std::string_view enterpriseName(const Enterprise& e) const {
        return std::string_view(enterpriseNames).substr(e.nameAt, e.nameSize);
    }
    /// Every distinct non-ASCII character of the enterprise names, once (UTF-8): the viewer's
    /// font needs their glyphs, and scanning a million names on the UI thread would stall it.
    std::string enterpriseNameChars;
    void collectEnterpriseNameChars();
    /// Store a name (at most 65535 bytes; Limits::maxStringBytes is far below).
    void setEnterpriseName(Enterprise& e, std::string_view name) { appendName(enterpriseNames, e, name); }
    /// The same into another pool (a loader's part, joined later by shifting nameAt).
    static void appendName(std::string& pool, Enterprise& e, std::string_view name) {
        e.nameAt = static_cast<std::uint32_t>(pool.size());
        e.nameSize = static_cast<std::uint16_t>(std::min<std::size_t>(name.size(), 65535));
        pool.append(name.substr(0, e.nameSize));
    }
    std::string enterpriseWeightUnit;              ///< unit of Enterprise::weight, empty if none
    std::string enterpriseWeightLabel;             ///< "Revenue", "Headcount"; empty if none
    std::vector<SectorBreakdown> sectorBreakdowns; ///< sorted by (city, year)
    /// The sectors the enterprise metrics sum (bit i = Sector i; filterSectors() sets it).
    unsigned short sectorFilter = (1u << 9) - 1;

    /// True when the data is not real figures: it must then be marked on screen and on exports.
    bool isSynthetic() const { return kind == "synthetic" || kind == "example"; }

    /// Indexes the ids of sources, metrics and cities added since the last call, for lookups by
    /// id in O(1) (a dataset of 100 000 cities and 2 000 000 values looks one up per value).
    /// Loaders call it once their lists are complete (or after each addition while they look up
    /// as they add). Entries not indexed yet are still found, by a scan of them; ids must not
    /// change once indexed. The first of two equal ids wins, as in a scan.
    void indexIds();

    const Source* source(const std::string& id) const;
    std::optional<std::size_t> cityIndex(const std::string& id) const;
    /// City by id, English name or Chinese name (case-insensitive for English).
    std::optional<std::size_t> findCity(const std::string& idOrName) const;
    std::optional<std::size_t> metricIndex(const std::string& id) const;
    /// Years with at least one value of the metric, ascending.
    std::vector<int> years(std::size_t metric) const;
    /// Largest value of the metric over all cities and all years (0 when none).
    double maxValue(std::size_t metric) const;
    /// The value of a city for a metric in a year, or nullptr when absent.
    const Value* value(std::size_t city, std::size_t metric, int year) const;
    /// Metrics with at least one value, ordered by number of cities with a value, then label.
    std::vector<std::size_t> metricsByCoverage() const;

private:
    /// Position of each id of a list: entries [0, indexed) are in `at`.
    struct IdIndex {
        std::unordered_map<std::string, std::size_t> at;
        std::size_t indexed = 0;
    };
    IdIndex m_sourceIds, m_metricIds, m_cityIds;
};

} // namespace aimap
