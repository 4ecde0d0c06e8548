#pragma once

#include "core/data/CardSource.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/SectorChart.hpp"
#include "core/i18n/UiText.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace aimap {


struct CardFigure {
    int year = 0;
    std::string period;
    double value = 0;
    std::string text;    ///< formatted with qualifier and unit, e.g. "41.7 bn CNY"; "target: ..."
    bool target = false; ///< a target (a plan), never an actual: its text says "target"
    std::string asPublished;
    std::string labelAsPublished;
    std::string definitionInSource;
    std::optional<double> yoyGrowthPct; ///< as the source gives it, in percent
    std::string notes;
    std::vector<CardSource> sources; ///< empty = unsourced
};

struct CardMetric {
    std::string id;
    std::string label;
    std::string unit;
    std::string definition;
    std::vector<CardFigure> figures; ///< actuals by year ascending, then targets by year
    std::string scale = "size";      ///< "size", "share", "rank", "index"
    std::string sector;              ///< sector id for sector figures, else empty
    std::string sectorScope;         ///< "integrated circuits (all)"
};

struct CardZone {
    std::string programme;
    std::string zone;
    std::string date;
    std::string precision;
    std::string doc;
    std::string note;
    std::vector<CardSource> sources;
};

/// A quotation that names the city (Dataset::quotations), in the source's words: shown on the
/// card of each city it names, never as a closed list.
struct CardQuotation {
    std::string text;
    std::string note;
    struct Name {
        std::string zh, en;
    };
    std::vector<Name> named; ///< every city it names, in its order (this one included)
    std::vector<CardSource> sources;
};

struct CardSpecialisation {
    std::string place;
    std::vector<std::string> items;
    std::vector<CardSource> sources;
};

/// Enterprises of the city in one year, by sector (from enterprise tables).
struct CardSectors {
    int year = 0;
    std::size_t total = 0;
    double totalWeight = 0;
    std::size_t weighed = 0; ///< enterprises that give a weight (totalWeight sums theirs)
    std::string weightUnit;  ///< empty when the table had no weight column
    struct Row {
        std::string sector; ///< English name
        std::string sectorZh;
        std::size_t count = 0;
        double weight = 0;
    };
    std::vector<Row> rows; ///< the sectors with enterprises, in sector order
};

/// Everything a city card shows, as plain data: the UI draws it, tests and --ui-dump read it.
struct CityCardModel {
    std::string cityId;
    std::string nameEn;
    std::string nameZh;
    std::string code;
    LonLat position;
    std::string coordSource;
    std::vector<CardMetric> metrics;
    std::vector<CardSpecialisation> specialisations;
    std::vector<CardZone> zones;
    std::vector<CardQuotation> quotations; ///< those that name the city
    std::vector<CardSectors> sectors; ///< by year, ascending
    /// Sector charts: per year of an enterprise table, counts and weight sums (SectorBars.hpp);
    /// then, per cited sector metric, the city among the others and across years
    /// (CitedSectorCharts.hpp).
    std::vector<SectorChartModel> sectorCharts;
    bool synthetic = false; ///< synthetic or example data: not real figures
    bool example = false;   ///< ...example data (the warning names which)
    UiLanguage language = UiLanguage::En; ///< of its own words (built again when it changes)
};

/// The card of `city`, its own words ("target:", chart titles and notes) in `lang`.
CityCardModel buildCityCard(const Dataset& dataset, std::size_t city,
                            UiLanguage lang = UiLanguage::En);

nlohmann::json toJson(const CityCardModel& card);

} // namespace aimap
