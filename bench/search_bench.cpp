// Search (issue 16): every prefix of every name of every gazetteer city and province (Chinese,
// English, pinyin with tones and without), each query timed alone. Counters: queries, median_us
// and worst_us (per query: the fastest of kRuns runs, so that a preemption of this 2-core machine
// is not taken for the query's cost), worst_single_us (the slowest single run of any query).
#include "core/data/BasemapLoader.hpp"
#include "core/data/DatasetLoader.hpp"
#include "core/data/Gazetteer.hpp"
#include "core/search/SearchIndex.hpp"
#include "core/search/SearchPlaces.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace aimap;

namespace {

// Every prefix of `s` that ends on a whole UTF-8 character.
void addPrefixes(const std::string& s, std::vector<std::string>& out) {
    for (std::size_t n = 1; n <= s.size(); ++n)
        if (n == s.size() || (static_cast<unsigned char>(s[n]) & 0xC0) != 0x80)
            out.push_back(s.substr(0, n));
}

struct Corpus {
    std::shared_ptr<const Dataset> data;
    std::optional<Gazetteer> gazetteer;
    std::optional<BasemapLayer> provinces;
    std::vector<std::string> queries;
};

const Corpus& corpus() {
    static const Corpus c = [] {
        Corpus c;
        Diagnostics d;
        c.data = loadDataset(AIMAP_ROOT "/data/ai-cities.json").dataset;
        c.gazetteer = Gazetteer::load(AIMAP_ROOT "/data/gazetteer.json", d);
        c.provinces = loadBasemapLayer(AIMAP_ROOT "/data/basemap/provinces.json", d);
        for (const GazetteerEntry& e : c.gazetteer->entries()) {
            for (const std::string* s : {&e.nameZh, &e.nameEn, &e.pinyin})
                addPrefixes(*s, c.queries);
            addPrefixes(foldSearchText(e.pinyin), c.queries);
        }
        for (const BasemapFeature& f : c.provinces->features) {
            for (const std::string* s : {&f.nameZh, &f.nameEn, &f.pinyin})
                addPrefixes(*s, c.queries);
            addPrefixes(foldSearchText(f.pinyin), c.queries);
        }
        return c;
    }();
    return c;
}

} // namespace

static void BM_SearchEveryPrefix(benchmark::State& state) {
    const Corpus& c = corpus();
    const SearchIndex index(searchPlaces(c.data.get(), &*c.gazetteer, &*c.provinces));
    constexpr int kRuns = 5;
    std::vector<double> best(c.queries.size());
    double worstSingle = 0;
    std::size_t results = 0;
    bool first = true;
    for (auto _ : state) {
        for (std::size_t q = 0; q < c.queries.size(); ++q) {
            double fastest = 1e30;
            for (int run = 0; run < kRuns; ++run) {
                const auto t0 = std::chrono::steady_clock::now();
                const auto r = index.find(c.queries[q]);
                const auto t1 = std::chrono::steady_clock::now();
                benchmark::DoNotOptimize(r.data());
                results += r.size();
                const double us = std::chrono::duration<double, std::micro>(t1 - t0).count();
                fastest = std::min(fastest, us);
                worstSingle = std::max(worstSingle, us);
            }
            best[q] = first ? fastest : std::min(best[q], fastest);
        }
        first = false;
    }
    std::vector<double> sorted = best;
    std::sort(sorted.begin(), sorted.end());
    state.counters["queries"] = static_cast<double>(c.queries.size());
    state.counters["median_us"] = sorted[sorted.size() / 2];
    state.counters["worst_us"] = sorted.back();
    state.counters["worst_single_us"] = worstSingle;
    const auto worst = std::max_element(best.begin(), best.end()) - best.begin();
    state.SetLabel("slowest query: " + c.queries[static_cast<std::size_t>(worst)]);
}
BENCHMARK(BM_SearchEveryPrefix)->Unit(benchmark::kMillisecond)->Iterations(3);

// Building the index (done when the data changes).
static void BM_SearchIndexBuild(benchmark::State& state) {
    const Corpus& c = corpus();
    for (auto _ : state) {
        SearchIndex index(searchPlaces(c.data.get(), &*c.gazetteer, &*c.provinces));
        benchmark::DoNotOptimize(index.places().data());
    }
}
BENCHMARK(BM_SearchIndexBuild)->Unit(benchmark::kMicrosecond);
