#include "app/RankCommand.hpp"

#include "app/Root.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/data/Gazetteer.hpp"
#include "core/export/RankCsv.hpp"
#include "core/rank/RankingTable.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace aimap {

namespace {

int usage(std::FILE* to = stderr) {
    std::fprintf(to, "usage: aimap rank [--data FILE] --metric ID --year Y [--since Y0] "
                     "[--csv OUT]\n"
                     "  the rankings table of one metric in one year as CSV (UTF-8 with BOM):\n"
                     "  to OUT, or to stdout with --csv - or without --csv;\n"
                     "  the change is since Y0 (default: the latest earlier year of the metric)\n");
    return 2;
}

std::optional<int> parseYear(const std::string& s) {
    try {
        std::size_t used = 0;
        const int y = std::stoi(s, &used);
        return used == s.size() ? std::optional<int>(y) : std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string yearList(const std::vector<int>& years) {
    std::string out;
    for (int y : years)
        out += (out.empty() ? "" : " ") + std::to_string(y);
    return out.empty() ? "none" : out;
}

} // namespace

int rankMain(int argc, char** argv) {
    std::string dataPath, metricId, yearText, sinceText, csvPath = "-";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--data" && hasValue)
            dataPath = argv[++i];
        else if (a == "--metric" && hasValue)
            metricId = argv[++i];
        else if (a == "--year" && hasValue)
            yearText = argv[++i];
        else if (a == "--since" && hasValue)
            sinceText = argv[++i];
        else if (a == "--csv" && hasValue)
            csvPath = argv[++i];
        else if (a == "--help" || a == "-h")
            return usage(stdout), 0;
        else {
            std::fprintf(stderr, "aimap rank: unexpected argument %s\n", a.c_str());
            return usage();
        }
    }
    if (metricId.empty() || yearText.empty())
        return usage();
    const std::string root = locateRootDir("");
    if (root.empty()) {
        std::fprintf(stderr, "aimap rank: cannot find the data/ folder of aimap\n");
        return 2;
    }
    Diagnostics diags;
    const auto gazetteer = Gazetteer::load(root + "/data/gazetteer.json", diags);
    if (dataPath.empty())
        dataPath = root + "/data/ai-cities.json";
    const DatasetLoadResult data = loadDatasetFile(dataPath, gazetteer ? &*gazetteer : nullptr);
    if (!data.dataset) {
        std::fprintf(stderr, "%saimap rank: %s cannot be used (aimap validate %s)\n",
                     data.diagnostics.format().c_str(), dataPath.c_str(), dataPath.c_str());
        return 2;
    }
    const Dataset& ds = *data.dataset;
    const auto metric = ds.metricIndex(metricId);
    const auto rankable = rankableMetrics(ds);
    if (!metric || std::find(rankable.begin(), rankable.end(), *metric) == rankable.end()) {
        std::fprintf(stderr, "aimap rank: no metric \"%s\" with figures; metrics (years):\n",
                     metricId.c_str());
        for (std::size_t m : rankable)
            std::fprintf(stderr, "  %s (%s)\n", ds.metrics[m].id.c_str(),
                         yearList(ds.years(m)).c_str());
        return 2;
    }
    const std::vector<int> years = ds.years(*metric);
    const auto year = parseYear(yearText);
    if (!year || std::find(years.begin(), years.end(), *year) == years.end()) {
        std::fprintf(stderr, "aimap rank: %s has no figures for %s; its years: %s\n",
                     metricId.c_str(), yearText.c_str(), yearList(years).c_str());
        return 2;
    }
    const std::vector<int> earlier = earlierYears(ds, *metric, *year);
    std::optional<int> since = earlier.empty() ? std::nullopt : std::optional<int>(earlier[0]);
    if (!sinceText.empty()) {
        since = parseYear(sinceText);
        if (!since || std::find(earlier.begin(), earlier.end(), *since) == earlier.end()) {
            std::fprintf(stderr,
                         "aimap rank: --since %s: %s has no figures that year; earlier "
                         "years: %s\n",
                         sinceText.c_str(), metricId.c_str(), yearList(earlier).c_str());
            return 2;
        }
    }
    const RankingTable table = buildRankingTable(ds, *metric, *year, since);
    if (csvPath == "-") {
        const std::string csv = rankingCsv(ds, table);
        std::fwrite(csv.data(), 1, csv.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    std::string error;
    if (!writeRankingCsv(csvPath, ds, table, error)) {
        std::fprintf(stderr, "aimap rank: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

} // namespace aimap
