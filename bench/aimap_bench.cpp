// aimap-bench: benchmarks that print one JSON object, for side-by-side comparison with peers.
//
//   aimap-bench cluster --points FILE [--radius 40] [--extent 512] [--min-zoom 0] [--max-zoom 16]
//                       [--projection mercator|albers] [--count-weighted] [--repeat 5]
//                       [--threads 2]
//
// FILE: CSV lines "lon,lat[,weight]" (a header line is allowed) or little-endian float64
// triples (lon, lat, weight), as tools/bench/gen-points.mjs writes them. The output has the same
// fields as tools/bench/supercluster-run.mjs. Exit status 2 on bad input, with file and row.

#include "core/cluster/ClusterIndex.hpp"
#include "core/cluster/ClusterSpace.hpp"
#include "core/geo/Projection.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace aimap;

namespace {

struct Triple {
    double lon, lat, weight;
};

bool looksLikeText(const std::string& bytes) {
    const auto n = std::min<std::size_t>(bytes.size(), 256);
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c != '\n' && c != '\r' && c != '\t' && (c < 0x20 || c > 0x7e))
            return false;
    }
    return n > 0;
}

std::vector<Triple> readPoints(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open (" + std::strerror(errno) + ")");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<Triple> out;
    const bool csv = (path.size() > 4 && path.compare(path.size() - 4, 4, ".csv") == 0) || looksLikeText(bytes);
    if (!csv) {
        if (bytes.size() % 24 != 0)
            throw std::runtime_error(path + ": " + std::to_string(bytes.size()) +
                                     " bytes is not a whole number of float64 triples (24 bytes "
                                     "each); write CSV lines lon,lat,weight or use gen-points.mjs");
        out.resize(bytes.size() / 24);
        std::memcpy(out.data(), bytes.data(), bytes.size()); // little-endian hosts only
        return out;
    }
    std::istringstream lines(bytes);
    std::string line;
    std::size_t row = 0;
    while (std::getline(lines, line)) {
        ++row;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        double v[3] = {0, 0, 1};
        const char* p = line.c_str();
        int cells = 0;
        bool ok = true;
        for (; cells < 3 && ok; ++cells) {
            char* end = nullptr;
            v[cells] = std::strtod(p, &end);
            ok = end != p;
            p = end;
            while (*p == ' ')
                ++p;
            if (*p != ',')
                { ++cells; break; }
            ++p;
        }
        if (!ok || cells < 2) {
            if (row == 1)
                continue; // a header line
            throw std::runtime_error(path + ":" + std::to_string(row) + ":" + std::to_string(cells + 1) +
                                     ": expected a number (lines are lon,lat[,weight])");
        }
        out.push_back({v[0], v[1], v[2]});
    }
    return out;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

int runCluster(const std::string& file, const ClusterOptions& options, const std::string& projection,
               int repeat) {
    const auto triples = readPoints(file);
    const bool mercator = projection == "mercator";
    const auto& albers = Projection::china();
    auto toUnit = [&](double lon, double lat) -> Vec2 {
        if (mercator)
            return {mercatorX(lon), mercatorY(lat)};
        return albersToUnit(albers.forward({lon, lat}));
    };
    std::vector<ClusterPoint> points(triples.size());
    double total = 0;
    for (std::size_t i = 0; i < triples.size(); ++i) {
        const auto u = toUnit(triples[i].lon, triples[i].lat);
        points[i] = {u.x, u.y, triples[i].weight, static_cast<std::uint16_t>(1u << (i % 9))};
        total += triples[i].weight;
    }

    std::vector<double> buildMs;
    std::unique_ptr<ClusterIndex> index;
    for (int r = 0; r < std::max(1, repeat); ++r) {
        index.reset();
        const auto t0 = std::chrono::steady_clock::now();
        index = std::make_unique<ClusterIndex>(points, options);
        buildMs.push_back(msSince(t0));
    }

    nlohmann::json out;
    out["tool"] = "aimap-bench cluster";
    out["points"] = triples.size();
    out["rejected"] = index->rejectedCount();
    out["options"] = {{"radius", options.radiusPx}, {"extent", options.extent},
                      {"minZoom", options.minZoom}, {"maxZoom", options.maxZoom},
                      {"projection", projection}, {"countWeighted", options.countWeighted},
                      {"threads", options.threads}};
    out["build_ms"] = {{"median", median(buildMs)}, {"runs", buildMs}};
    // Where the last build spent its time: zoom_ms[i] is zoom minZoom + i (clustering it and
    // sorting its items by cell); phases_ms sums the phases over all zooms.
    const auto& profile = index->buildProfile();
    out["profile"] = {{"points_ms", profile.pointsMs},
                      {"zoom_ms", profile.zoomMs},
                      {"children_ms", profile.childrenMs},
                      {"phases_ms",
                       {{"runs", profile.runsMs},
                        {"pairs", profile.pairsMs},
                        {"lists", profile.listsMs},
                        {"seeds", profile.seedsMs},
                        {"sums", profile.sumsMs},
                        {"sort", profile.sortMs}}}};
    out["memory_bytes"] = index->memoryBytes();
    out["clusters"] = index->clusterCount();
    out["input_weight"] = total;
    auto zooms = nlohmann::json::array();
    for (int z = options.minZoom; z <= options.maxZoom + 1; ++z) {
        const auto items = index->getClusters(0, 0, 1, 1, z);
        double w = 0;
        for (const auto& it : items)
            w += it.weight;
        zooms.push_back({{"zoom", z}, {"items", items.size()}, {"weight", w}});
    }
    out["zooms"] = zooms;

    auto timeQuery = [&](double x0, double y0, double x1, double y1, int z) {
        std::vector<double> times;
        std::size_t count = 0;
        for (int r = 0; r < 21; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            count = index->getClusters(x0, y0, x1, y1, z).size();
            times.push_back(msSince(t0));
        }
        return nlohmann::json{{"ms", median(times)}, {"items", count}};
    };
    // Whole China: the box 73-135°E, 18-54°N (in Albers, the bounds of its outline).
    double bx0 = 1, by0 = 1, bx1 = 0, by1 = 0;
    for (int i = 0; i <= 64; ++i) {
        const double t = i / 64.0;
        for (const auto& ll : {LonLat{73 + 62 * t, 18}, LonLat{73 + 62 * t, 54}, LonLat{73, 18 + 36 * t},
                               LonLat{135, 18 + 36 * t}}) {
            const auto u = toUnit(ll.lon, ll.lat);
            bx0 = std::min(bx0, u.x), bx1 = std::max(bx1, u.x);
            by0 = std::min(by0, u.y), by1 = std::max(by1, u.y);
        }
    }
    auto china = nlohmann::json::array();
    for (int z = 3; z <= 8; ++z) {
        auto q = timeQuery(bx0, by0, bx1, by1, z);
        q["zoom"] = z;
        china.push_back(q);
    }
    out["china_queries"] = china;
    // 1920x1080 viewports (256 px tiles) at zoom 10 on five busy cities, as supercluster-run.mjs.
    const int vpZoom = 10;
    const double halfW = 1920.0 / 2 / (256 * std::ldexp(1.0, vpZoom));
    const double halfH = 1080.0 / 2 / (256 * std::ldexp(1.0, vpZoom));
    const LonLat centres[] = {{121.47, 31.23}, {116.40, 39.90}, {114.06, 22.54}, {113.26, 23.13}, {120.16, 30.27}};
    auto each = nlohmann::json::array();
    std::vector<double> vpMs;
    for (const auto& c : centres) {
        const auto u = toUnit(c.lon, c.lat);
        auto q = timeQuery(u.x - halfW, u.y - halfH, u.x + halfW, u.y + halfH, vpZoom);
        vpMs.push_back(q["ms"].get<double>());
        each.push_back(q);
    }
    out["viewport_queries"] = {{"zoom", vpZoom}, {"size", "1920x1080"}, {"median_ms", median(vpMs)}, {"each", each}};
    std::cout << out.dump() << "\n";
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App cli{"aimap-bench - benchmarks printing JSON"};
    cli.require_subcommand(1);
    auto* cluster = cli.add_subcommand("cluster", "build a ClusterIndex and time queries");
    std::string file, projection = "albers";
    ClusterOptions options;
    int repeat = 5;
    cluster->add_option("--points", file, "CSV lon,lat,weight or binary float64 triples")->required();
    cluster->add_option("--radius", options.radiusPx, "cluster radius, pixels")->check(CLI::PositiveNumber);
    cluster->add_option("--extent", options.extent, "tile extent, pixels")->check(CLI::PositiveNumber);
    cluster->add_option("--min-zoom", options.minZoom)->check(CLI::Range(0, 30));
    cluster->add_option("--max-zoom", options.maxZoom)->check(CLI::Range(0, 30));
    cluster->add_option("--projection", projection)->check(CLI::IsMember({"mercator", "albers"}));
    cluster->add_flag("--count-weighted", options.countWeighted, "centroids by member count, as supercluster");
    cluster->add_option("--threads", options.threads, "build threads, 1 or 2")
        ->check(CLI::Range(1, 2));
    cluster->add_option("--repeat", repeat, "builds to time (median reported)")->check(CLI::Range(1, 100));
    CLI11_PARSE(cli, argc, argv);
    try {
        if (options.minZoom > options.maxZoom)
            throw std::runtime_error("--min-zoom must not exceed --max-zoom");
        return runCluster(file, options, projection, repeat);
    } catch (const std::exception& e) {
        std::cerr << "aimap-bench: " << e.what() << "\n";
        return 2;
    }
}
