#pragma once

#include "core/data/CardSource.hpp"
#include "core/data/Dataset.hpp"
#include "core/data/ProvinceFigures.hpp"
#include "core/i18n/UiText.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace aimap {

// The province card (issue 16): a province's cities of the data with their figure of the metric
// and year shown (n/a where missing), the pilot zones on its cities, its area on the ellipsoid
// and the figures published for the whole province. A value the app builds when a province is
// opened (and again when the data, the metric, the year or the language change).

struct ProvinceCityRow {
    std::size_t city = 0;
    std::string id;
    std::string name;   ///< "青岛 Qingdao"
    std::string figure; ///< "70 bn CNY" or "n/a"
    std::optional<double> value;
    std::vector<std::string> sources; ///< the figure's source ids
};

struct ProvinceZoneRow {
    std::string programme; ///< short name ("MOST")
    std::string zone;
    std::string date;
    std::vector<std::string> cities; ///< city ids of the province the zone marks
    std::vector<std::string> sources;
};

struct ProvinceFigureRow {
    std::string label; ///< the metric, with its unit
    std::string period;
    std::string text; ///< the value as aimap writes it
    std::string asPublished;
    std::vector<CardSource> sources;
};

struct ProvinceCardModel {
    std::string code; ///< division code
    std::string nameZh, nameEn;
    double areaKm2 = 0;                  ///< on the WGS84 ellipsoid (core/data/RegionArea)
    std::string metricLine;              ///< "AI industry scale, 2020" (the figures listed)
    std::vector<ProvinceCityRow> cities; ///< with a figure first (largest first), then by id
    std::vector<ProvinceZoneRow> zones;
    std::vector<ProvinceFigureRow> figures;
    UiLanguage language = UiLanguage::En;
};

/// The card of the province `code` named `nameZh` / `nameEn` with `areaKm2`; `cityProvinces`
/// gives each city's province code (ProvinceIndex::ofCity), `metric` and `year` the figures
/// listed.
ProvinceCardModel buildProvinceCard(const Dataset& ds, const ProvinceFigures& figures,
                                    const std::string& code, const std::string& nameZh,
                                    const std::string& nameEn, double areaKm2,
                                    const std::vector<std::string>& cityProvinces,
                                    std::size_t metric, int year, UiLanguage lang);

/// The UI dump's "card" of a province: {code, cities: [ids], zones: [names], area_km2}.
nlohmann::json toJson(const ProvinceCardModel& card);

} // namespace aimap
