// Memory held while loading large tables. This executable replaces the global operator new to
// count the bytes alive at once (deterministic: no timing, no resident-set readings), so it is
// kept apart from the other unit tests.
#include "core/data/FormatDispatch.hpp"
#include "core/data/Gazetteer.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <malloc.h>
#include <new>

namespace {
std::atomic<long long> g_live{0}, g_peak{0};
std::atomic<bool> g_counting{false};

void counted(void* p) {
    if (!p || !g_counting.load(std::memory_order_relaxed))
        return;
    const long long now = g_live += static_cast<long long>(malloc_usable_size(p));
    long long peak = g_peak.load();
    while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
    }
}
void uncounted(void* p) {
    if (p && g_counting.load(std::memory_order_relaxed))
        g_live -= static_cast<long long>(malloc_usable_size(p));
}

// Peak bytes allocated with new while `f` runs, above what was alive when it started.
template <class F> long long peakBytesDuring(F&& f) {
    g_live = 0;
    g_peak = 0;
    g_counting = true;
    f();
    g_counting = false;
    return g_peak.load();
}
} // namespace

// The replacements pair malloc with free on purpose.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

namespace {
void* countedNew(std::size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (p)
        counted(p);
    return p;
}
void countedDelete(void* p) noexcept {
    uncounted(p);
    std::free(p);
}
} // namespace

// Every replaceable form but the aligned ones (which keep the library's own pair), so that no
// block is allocated by one allocator and freed by the other.
void* operator new(std::size_t n) {
    if (void* p = countedNew(n))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    if (void* p = countedNew(n))
        return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return countedNew(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return countedNew(n); }
void operator delete(void* p) noexcept { countedDelete(p); }
void operator delete[](void* p) noexcept { countedDelete(p); }
void operator delete(void* p, std::size_t) noexcept { countedDelete(p); }
void operator delete[](void* p, std::size_t) noexcept { countedDelete(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { countedDelete(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { countedDelete(p); }

using namespace aimap;

// Regression: loadDatasetFile copied a CSV file's bytes (std::move of a const string), holding a
// 100 MB file twice while a million-row table loaded.
TEST(LoadMemory, CsvFileBytesAreMovedNotCopied) {
    const auto path = std::filesystem::temp_directory_path() / "aimap-load-memory.csv";
    std::size_t fileBytes = 0;
    {
        std::ofstream out(path);
        out << "name,lon,lat,sector,revenue (CNY),year,source\n";
        for (int i = 0; i < 40000; ++i)
            out << "Test enterprise " << i << "," << 110 + (i % 97) * 0.1 << "," << 25 + (i % 89) * 0.1
                << ",iot," << 1000 + i << ",2022,tests/memory\n";
        out.flush();
        fileBytes = static_cast<std::size_t>(out.tellp());
    }
    Diagnostics gd;
    const auto gazetteer = Gazetteer::load(std::string(AIMAP_ROOT) + "/data/gazetteer.json", gd);
    ASSERT_TRUE(gazetteer);
    DatasetLoadResult r;
    const long long peak = peakBytesDuring([&] { r = loadDatasetFile(path.string(), &*gazetteer); });
    std::filesystem::remove(path);
    ASSERT_TRUE(r.dataset) << (r.diagnostics.items().empty() ? "" : r.diagnostics.items()[0].format());
    ASSERT_EQ(r.dataset->enterprises.size(), 40000u);
    // Measured 1.5 x the file besides the enterprises: its bytes once (a quote-free file's rows
    // are split as they are read, not stored as cells: that was another 1.4 x), the names and
    // positions while loading. A second copy of the file adds another 1 x.
    const long long kept = static_cast<long long>(r.dataset->enterprises.capacity() * sizeof(Enterprise));
    std::printf("file %zu bytes, peak %lld bytes (%.2f x file), enterprises %lld bytes\n", fileBytes,
                peak, static_cast<double>(peak) / static_cast<double>(fileBytes), kept);
    EXPECT_LT(peak, static_cast<long long>(1.8 * static_cast<double>(fileBytes)) + kept);
}
