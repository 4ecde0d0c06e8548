#pragma once

#include "core/data/Diagnostics.hpp"
#include "core/data/Suggest.hpp"
#include "core/talk/Talk.hpp"
#include "core/talk/TalkContext.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace aimap {

/// Resolves the names a talk file writes (metric ids, years, cities, provinces, sectors,
/// pilot-zone programmes, rankings) against a dataset with the same rules as the command line
/// (ViewState.hpp's resolveView: Dataset::findCity, parseSector, parseProgrammes,
/// parseRankLayer), reporting each problem at its JSON pointer with a "did you mean" hint.
/// Each distinct name is resolved once and each per-metric list computed once, so a talk loads
/// in time linear in its size whatever the dataset's. Used by TalkLoader only.
class TalkNames {
public:
    TalkNames(const TalkContext& ctx, const std::string& file, const TalkLimits& limits,
              Diagnostics& diags);

    /// A metric drawn as circles (Dataset::isMapMetric), by id.
    std::optional<std::size_t> metric(const nlohmann::json& j, const std::string& ptr);
    /// A year with figures for `metric`.
    std::optional<int> year(std::size_t metric, const nlohmann::json& j, const std::string& ptr);
    /// True when `metric` has figures for `year` (no report).
    bool hasYear(std::size_t metric, int year);
    /// The latest year with figures for `metric` (0 when none).
    int latestYear(std::size_t metric);
    /// A city by id, English or Chinese name.
    std::optional<std::size_t> city(const nlohmann::json& j, const std::string& ptr);
    /// A province's code, by code, English or Chinese name.
    std::optional<std::string> province(const nlohmann::json& j, const std::string& ptr);
    /// "all" or an array of sector ids or names.
    std::optional<unsigned short> sectors(const nlohmann::json& j, const std::string& ptr);
    /// "all", "none" or an array of programme ids or short names.
    std::optional<ProgrammeMask> zones(const nlohmann::json& j, const std::string& ptr);
    /// "metric_id" or "metric_id:year" (a rank or index metric), or null for no rank layer.
    std::optional<std::optional<RankLayerChoice>> ranks(const nlohmann::json& j,
                                                        const std::string& ptr);

    /// True for an array of at most maxListItems names; else reports an error ("<mustBe>, not a
    /// string").
    bool checkList(const nlohmann::json& j, const std::string& ptr, const char* mustBe,
                   const char* what, const char* example);
    /// An error at `ptr` (always reported; for messages built by the loader).
    void error(const std::string& ptr, const std::string& message, const std::string& hint = {});

private:
    std::optional<std::string> text(const nlohmann::json& j, const std::string& ptr,
                                    const char* what);
    const std::vector<int>& yearsOf(std::size_t metric);
    std::optional<std::size_t> findCity(const std::string& name);
    const Suggester& citySuggester();

    const Dataset& m_ds;
    const std::vector<ProvinceName>* m_provinces;
    const std::string& m_file;
    const TalkLimits& m_limits;
    Diagnostics& m_diags;
    std::unordered_map<std::size_t, std::vector<int>> m_years;
    std::unordered_map<std::string, std::optional<std::size_t>> m_cities; ///< names looked up
    /// Dataset::findCity's rules as hash maps built once (findCity scans every city per name):
    /// the first city whose Chinese name, folded English name or folded id is the name.
    std::unordered_map<std::string, std::size_t> m_cityByZh, m_cityByEn, m_cityById;
    std::unordered_map<std::size_t, bool> m_isMapMetric; ///< Dataset::isMapMetric scans the values
    std::unordered_map<std::string, std::optional<ProgrammeMask>> m_zones; ///< by programme name
    std::unordered_map<std::string, std::optional<RankLayerChoice>> m_ranks;
    std::unordered_map<std::string, std::string> m_provinceByName; ///< code, English, Chinese
    std::unique_ptr<Suggester> m_citySuggester;
};

} // namespace aimap
