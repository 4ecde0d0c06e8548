#pragma once

#include "core/data/Sectors.hpp"
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

/// How a metric's figures may be drawn. Only sizes are circle areas; shares, ranks and index
/// scores stay in the dataset for the card, charts and a rank layer, never as circle sizes.
enum class MetricScale : unsigned char {
    Size,  ///< an amount (count, money): circle areas, bars
    Share, ///< a part of a whole (0-1 or percent): text or a part-of-whole bar
    Rank,  ///< ordinal, 1 = best: rank badges, ordered lists
    Index, ///< a composite index score: shown as a score, ordered lists; not an amount
};

/// "size", "share", "rank", "index".
const char* scaleName(MetricScale s);

/// A metric: one definition, one unit. Figures with different definitions are different metrics
/// and never share a symbol scale.
struct Metric {
    std::string id;
    std::string label;
    std::string unit; ///< "CNY", "count", ...
    std::string definition;
    MetricScale scale = MetricScale::Size;
    /// The sector the metric measures (sector figures), if any, and what it covers when that is
    /// not the sector alone ("integrated circuits (all)" for IC figures under ai_chips).
    std::optional<Sector> sector;
    std::string sectorScope;
    /// The name in Chinese (optional: the Chinese interface shows it). Last, so that the
    /// positional initialisers of generated metrics ({id, label, unit, definition}) stay right.
    std::string labelZh;
    /// True for amounts: the only metrics drawn as circle areas.
    bool isSize() const { return scale == MetricScale::Size; }
    /// The name in the interface's language: labelZh in Chinese where the data gives one.
    const std::string& labelIn(bool chinese) const {
        return chinese && !labelZh.empty() ? labelZh : label;
    }
};

/// An actual figure, or a target (a plan: "to reach 500 by 2025"). Targets are never drawn as
/// actuals: they are kept apart, in Dataset::targets.
enum class ValueKind : unsigned char { Actual, Target };

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
    ValueKind kind = ValueKind::Actual;
};

/// A headline figure of the national summary (not of a city).
struct NationalFigure {
    std::string label;
    std::string scope; ///< "global", "China", ...
    int year = 0;
    std::string period;
    double value = 0.0;
    std::string qualifier; ///< "=", ">", "<", "~"
    std::string unit;
    std::string asPublished;
    std::optional<double> yoyGrowthPct;
    std::string notes;
    std::vector<std::string> sources;
};

/// The national summary card: headline figures, cited.
struct NationalSummary {
    std::string title;
    std::string note;
    std::vector<NationalFigure> figures;
};

/// A quotation that names cities, as published: shown where those cities are selected together,
/// never turned into a closed list of cities.
struct Quotation {
    std::string text;     ///< exact words of the source
    std::string language; ///< "en", "zh", ...
    std::string note;
    std::vector<std::size_t> cities; ///< the cities it names, in its order
    std::vector<std::string> sources;
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
    /// The actual figures, sorted by (city, metric, year): what the map draws. Ranks, shares
    /// and index scores are here too (for the card); only Size metrics are drawn as circles.
    std::vector<Value> values;
    /// Targets (kind Target), sorted by (city, metric, year): never in `values`, never drawn as
    /// markers; the card and charts show them labelled "target".
    std::vector<Value> targets;
    NationalSummary national;
    std::vector<Quotation> quotations;
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
    /// The (actual) value of a city for a metric in a year, or nullptr when absent.
    const Value* value(std::size_t city, std::size_t metric, int year) const;
    /// The target of a city for a metric in a year, or nullptr when none.
    const Value* target(std::size_t city, std::size_t metric, int year) const;
    /// True for a metric that may be drawn as circle sizes: scale Size with an actual value.
    bool isMapMetric(std::size_t metric) const;
    /// Metrics that may be drawn as circle sizes (isMapMetric), ordered by number of cities with
    /// a value, then label. Ranks, shares, index scores and target-only metrics are never here.
    std::vector<std::size_t> metricsByCoverage() const;
    /// Metrics of scale Rank or Index with at least one value (for a rank layer and ordered
    /// lists), in the same order as metricsByCoverage().
    std::vector<std::size_t> rankMetrics() const;

private:
    /// Position of each id of a list: entries [0, indexed) are in `at`.
    struct IdIndex {
        std::unordered_map<std::string, std::size_t> at;
        std::size_t indexed = 0;
    };
    IdIndex m_sourceIds, m_metricIds, m_cityIds;
};

} // namespace aimap
