// Core benchmarks (Google Benchmark):  build/bench/aimap_core_bench --benchmark_repetitions=5
//   --benchmark_report_aggregates_only=true
#include "core/data/BasemapLoader.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/geo/Projection.hpp"
#include "core/pick/LabelPlacer.hpp"
#include "core/pick/Picker.hpp"

#include <benchmark/benchmark.h>

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

static void BM_PlaceLabels(benchmark::State& state) {
    std::vector<LabelCandidate> c;
    for (int i = 0; i < state.range(0); ++i) {
        const double x = (i * 7919) % 1800, y = (i * 104729) % 1060;
        c.push_back({Box{{x, y}, {x + 110, y + 18}}, double(i % 97), std::size_t(i)});
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(placeLabels(c));
}
BENCHMARK(BM_PlaceLabels)->Arg(20)->Arg(400);

BENCHMARK_MAIN();
