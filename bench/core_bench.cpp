// Core benchmarks (Google Benchmark):  build/bench/aimap_core_bench --benchmark_repetitions=5
//   --benchmark_report_aggregates_only=true
// Loading at scale (issue 13, "linear loads"): --benchmark_filter='Dataset' gives the time per
// value (counter per_value) of validating and loading 10k, 100k and 1M values; it must stay flat.
#include "core/camera/Flight.hpp"
#include "core/cluster/ClusterIndex.hpp"
#include "core/data/BasemapLoader.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/data/Gazetteer.hpp"
#include "core/export/SvgWriter.hpp"
#include "core/geo/Projection.hpp"
#include "core/labels/LabelLayout.hpp"
#include "core/pick/Picker.hpp"
#include "core/view/MetricSummary.hpp"
#include "core/view/ViewState.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <fstream>
#include <map>
#include <random>

using namespace aimap;

static void BM_ProjectForward(benchmark::State& state) {
    const Projection& p = Projection::china();
    double lon = 100;
    for (auto _ : state) {
        benchmark::DoNotOptimize(p.forward({lon, 35.0}));
        lon = lon > 130 ? 75 : lon + 0.001;
    }
}
BENCHMARK(BM_ProjectForward);

static void BM_LoadBundledDataset(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(loadDataset(AIMAP_ROOT "/data/ai-cities.json"));
}
BENCHMARK(BM_LoadBundledDataset)->Unit(benchmark::kMillisecond);

static void BM_LoadProvinces(benchmark::State& state) {
    for (auto _ : state) {
        Diagnostics d;
        benchmark::DoNotOptimize(loadBasemapLayer(AIMAP_ROOT "/data/basemap/provinces.json", d));
    }
}
BENCHMARK(BM_LoadProvinces)->Unit(benchmark::kMillisecond);

static void BM_LoadPrefectures(benchmark::State& state) {
    for (auto _ : state) {
        Diagnostics d;
        benchmark::DoNotOptimize(loadBasemapLayer(AIMAP_ROOT "/data/basemap/prefectures.json", d));
    }
}
BENCHMARK(BM_LoadPrefectures)->Unit(benchmark::kMillisecond);

static void BM_PickAmong(benchmark::State& state) {
    std::vector<ScreenMarker> markers;
    for (int i = 0; i < state.range(0); ++i)
        markers.push_back({{double((i * 7919) % 1920), double((i * 104729) % 1080)},
                           double(3 + i % 40),
                           std::size_t(i)});
    sortForDrawing(markers);
    for (auto _ : state)
        benchmark::DoNotOptimize(pickMarker(markers, {960, 540}));
}
BENCHMARK(BM_PickAmong)->Arg(400)->Arg(10000);

// A full layout: N labels around N markers in a 1920x1080 window, leader lines where crowded
// (the renderer passes at most 200 requests).
static void BM_LayoutLabels(benchmark::State& state) {
    std::vector<LabelWish> wishes;
    std::vector<MarkerCircle> markers;
    for (int i = 0; i < state.range(0); ++i) {
        LabelWish w;
        w.id = w.owner = std::size_t(i);
        w.anchor = {double((i * 7919) % 1800), double((i * 104729) % 1060)};
        w.radius = 3 + i % 40;
        w.size = {110, 22};
        w.priority = double(i % 97);
        wishes.push_back(w);
        markers.push_back({w.anchor, w.radius, w.owner});
    }
    LabelLayoutParams p;
    p.viewport = {1920, 1080};
    for (auto _ : state)
        benchmark::DoNotOptimize(layoutLabels(wishes, markers, {}, p));
}
BENCHMARK(BM_LayoutLabels)->Arg(20)->Arg(200)->Unit(benchmark::kMillisecond);

// 100 000 enterprises around 300 cities, as tools/generate-enterprises.mjs writes them (same
// columns; positions from a fixed-seed generator here so the benchmark needs no node).
static const std::string& enterpriseCsv100k() {
    static const std::string path = [] {
        std::string p = "/tmp/aimap_bench_enterprises_100k.csv";
        Diagnostics d;
        const auto g = Gazetteer::load(AIMAP_ROOT "/data/gazetteer.json", d);
        std::mt19937 rng(42);
        std::normal_distribution<double> offset(0.0, 0.13);
        std::lognormal_distribution<double> revenue(std::log(20e6), 1.5);
        const char* sectors[] = {"ai_chips", "ai_servers", "smart_sensors", "big_data", "iot",
                                 "cloud", "edge_computing", "5g", "applications"};
        std::ofstream out(p);
        out << "#aimap kind=synthetic title=\"benchmark\"\nname,lon,lat,sector,revenue (CNY),year\n";
        for (int i = 0; i < 100000; ++i) {
            const auto& e = g->entries()[static_cast<std::size_t>(i * 7919) % 300];
            out << "Synthetic enterprise " << i << ',' << e.position.lon + offset(rng) << ','
                << e.position.lat + offset(rng) << ',' << sectors[rng() % 9] << ','
                << static_cast<long long>(revenue(rng)) << ",2022\n";
        }
        return p;
    }();
    return path;
}

static void BM_LoadEnterpriseCsv100k(benchmark::State& state) {
    Diagnostics d;
    const auto g = Gazetteer::load(AIMAP_ROOT "/data/gazetteer.json", d);
    const std::string& path = enterpriseCsv100k();
    for (auto _ : state) {
        const auto r = loadDatasetFile(path, &*g);
        if (!r.dataset || r.dataset->enterprises.size() != 100000)
            state.SkipWithError("load failed");
    }
}
BENCHMARK(BM_LoadEnterpriseCsv100k)->Unit(benchmark::kMillisecond);

// ClusterIndex build (radius 40, extent 512, zooms 0-16, weight-weighted) on points around 300
// centres with heavy-tailed weights; the supercluster comparison tool is Priority 3 work.
static void BM_ClusterIndexBuild(benchmark::State& state) {
    std::mt19937 rng(42);
    std::normal_distribution<double> off(0.0, 0.002);
    std::lognormal_distribution<double> weight(0.0, 1.5);
    std::uniform_real_distribution<double> centre(0.6, 0.9);
    std::vector<std::pair<double, double>> centres;
    for (int i = 0; i < 300; ++i)
        centres.emplace_back(centre(rng), centre(rng) - 0.3);
    std::vector<ClusterPoint> pts;
    for (int i = 0; i < state.range(0); ++i) {
        const auto& c = centres[static_cast<std::size_t>(i * 7919) % centres.size()];
        pts.push_back({c.first + off(rng), c.second + off(rng), weight(rng),
                       static_cast<std::uint16_t>(1u << (i % 9))});
    }
    std::size_t bytes = 0;
    for (auto _ : state) {
        const ClusterIndex index(pts, {});
        bytes = index.memoryBytes();
        benchmark::DoNotOptimize(index.itemCount(0));
    }
    state.counters["index_MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_ClusterIndexBuild)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

// A dataset JSON of `values` values written once to /tmp: values / 10 cities (at most 100 000,
// the limit), ten years each, one metric. With `unknownCities` every value names a city id that
// is not defined (and close to one that is): every value is an error, with a "did you mean".
static const std::string& datasetJson(std::size_t values, bool unknownCities) {
    static std::map<std::pair<std::size_t, bool>, std::string> paths;
    std::string& p = paths[{values, unknownCities}];
    if (!p.empty())
        return p;
    p = "/tmp/aimap_bench_values_" + std::to_string(values) + (unknownCities ? "_unknown" : "") +
        ".json";
    const std::size_t cities = std::min<std::size_t>(std::max<std::size_t>(values / 10, 1), 100000);
    std::ofstream out(p);
    out << "{\"aimap\": 1, \"title\": \"benchmark\", \"kind\": \"synthetic\",\n"
           " \"sources\": {\"S1\": {\"title\": \"Synthetic\"}},\n"
           " \"metrics\": {\"m\": {\"label\": \"Metric\", \"unit\": \"count\"}},\n"
           " \"cities\": [\n";
    for (std::size_t c = 0; c < cities; ++c)
        out << (c ? ",\n" : "") << "  {\"id\": \"city_" << c << "\", \"name_en\": \"City " << c
            << "\", \"lon\": " << 100 + double(c % 300) * 0.1
            << ", \"lat\": " << 25 + double(c / 300 % 300) * 0.05 << "}";
    out << "\n ],\n \"values\": [\n";
    for (std::size_t v = 0; v < values; ++v)
        out << (v ? ",\n" : "") << "  {\"city\": \"" << (unknownCities ? "cty_" : "city_")
            << v % cities << "\", \"metric\": \"m\", \"year\": " << 2000 + v / cities % 100
            << ", \"value\": " << v % 997 << ", \"sources\": [\"S1\"]}";
    out << "\n ]\n}\n";
    return p;
}

// Time per value (the counter per_value, in seconds): flat from 10k to 1M values means linear.
static void perValue(benchmark::State& state) {
    state.counters["per_value"] = benchmark::Counter(static_cast<double>(state.range(0)),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

// `aimap validate FILE`: read, parse and check every value.
static void BM_ValidateDataset(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string& path = datasetJson(n, false);
    for (auto _ : state) {
        const auto r = loadDatasetFile(path, nullptr);
        if (!r.dataset || r.dataset->values.size() != n)
            state.SkipWithError("load failed");
    }
    perValue(state);
}
BENCHMARK(BM_ValidateDataset)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

// The viewer's load: the same, then what it computes before the first frame with the data (the
// default view, the metric's summary).
static void BM_LoadDatasetForViewer(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string& path = datasetJson(n, false);
    for (auto _ : state) {
        const auto r = loadDatasetFile(path, nullptr);
        if (!r.dataset || r.dataset->values.size() != n) {
            state.SkipWithError("load failed");
            break;
        }
        const ResolvedView v = resolveView(*r.dataset, {});
        benchmark::DoNotOptimize(summariseMetric(*r.dataset, v.view.metric).vMax);
    }
    perValue(state);
}
BENCHMARK(BM_LoadDatasetForViewer)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);

// Every value an error ("unknown city", with "did you mean"): the first hundred listed, the
// rest only counted.
static void BM_ValidateDatasetUnknownCities(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string& path = datasetJson(n, true);
    for (auto _ : state) {
        const auto r = loadDatasetFile(path, nullptr);
        if (r.dataset || r.diagnostics.errorCount() != n)
            state.SkipWithError("expected an error per value");
    }
    perValue(state);
}
BENCHMARK(BM_ValidateDatasetUnknownCities)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);

// A camera flight's pose, once per frame: Beijing to Guangzhou at 8x the fit zoom (a path that
// zooms out on the way), sampled along its duration. Arg 1: a pure zoom (the degenerate case).
static void BM_FlightAt(benchmark::State& state) {
    const Projection& p = Projection::china();
    const double scale = 8 * 1920 / 6.5e6; // 8x "fit China" on a 1920 px wide window
    const CameraPose from{p.forward({116.41, 39.90}), scale};
    const CameraPose to{state.range(0) ? from.centre : p.forward({113.26, 23.13}), scale * 2};
    const Flight f(from, to, {1920, 1080});
    double t = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(f.at(t));
        t = t > f.seconds() ? 0 : t + 1e-3;
    }
}
BENCHMARK(BM_FlightAt)->Arg(0)->Arg(1);

// Making a flight (the path's constants), as a click does.
static void BM_FlightMake(benchmark::State& state) {
    const CameraPose from{{-1.2e6, 4.0e5}, 2.4e-3};
    double x = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(Flight(from, {{x, -1.9e6}, 4.8e-3}, {1920, 1080}));
        x = x > 1e6 ? 0 : x + 10;
    }
}
BENCHMARK(BM_FlightMake);

// Text as outlines (exports): an 8K frame of 500 labels of 10 characters each (60 px), written
// as <text> (Arg 0) and as outlines (Arg 1). The glyphs stand in for a CJK font's (3 contours of
// 16 quadratic arcs each, about what WenQuanYi Micro Hei's have), each made once as FreeType's are
// read once; what is measured is placing and writing them.
namespace {
class BenchGlyphs : public GlyphOutlines {
public:
    const GlyphPath& outline(char32_t cp) override {
        auto it = m_glyphs.find(cp);
        if (it != m_glyphs.end())
            return it->second;
        GlyphPath g;
        for (int c = 0; c < 3; ++c) {
            const double r = 0.15 + 0.1 * c + (cp % 7) * 0.01;
            const auto at = [&](double a) {
                return Vec2{0.5 + r * std::cos(a), -0.4 + r * std::sin(a)};
            };
            g.commands.push_back({GlyphPath::Op::Move, {at(0)}});
            for (int k = 0; k < 16; ++k)
                g.commands.push_back({GlyphPath::Op::Quad,
                                      {at((k + 0.5) * M_PI / 8) * 1.02, at((k + 1) * M_PI / 8)}});
            g.commands.push_back({GlyphPath::Op::Close, {}});
        }
        return m_glyphs.emplace(cp, std::move(g)).first->second;
    }
    double advancePx(char32_t cp, unsigned size) override { return cp < 0x80 ? size / 2 : size; }
    double kerningPx(char32_t, char32_t, unsigned) override { return 0; }
    double lineSpacingPx(unsigned size) override { return 1.3 * size; }

private:
    std::map<char32_t, GlyphPath> m_glyphs;
};
} // namespace

static void BM_SvgDocumentLabels(benchmark::State& state) {
    DisplayList dl;
    dl.sizePx = {7680, 4320};
    static const char* names[] = {"济南 Jinan", "上海 Shanghai", "深圳 Shenzhen", "青岛 Qingdao",
                                  "成都 Chengdu"};
    for (int i = 0; i < 500; ++i) {
        DisplayText t;
        t.utf8 = std::string(names[i % 5]) + " " + std::to_string(100 + i);
        t.baseline = {10.0 + (i % 20) * 380, 80.0 + (i / 20) * 170};
        t.sizePx = 60;
        t.haloPx = 6;
        t.halo = {255, 255, 255, 220};
        dl[DisplayLayer::Labels].texts.push_back(t);
    }
    BenchGlyphs glyphs;
    for (auto _ : state)
        benchmark::DoNotOptimize(svgDocument(dl, state.range(0) ? &glyphs : nullptr));
}
BENCHMARK(BM_SvgDocumentLabels)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
