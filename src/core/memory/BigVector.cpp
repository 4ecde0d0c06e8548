#include "core/memory/BigVector.hpp"

#include <algorithm>
#include <mutex>

namespace aimap {

namespace {

constexpr std::size_t kBig = std::size_t{1} << 20;  // below: plain malloc
constexpr std::size_t kRound = std::size_t{2} << 20; // sizes kept for reuse are rounded to this

struct Cache {
    std::mutex mutex;
    std::vector<std::pair<void*, std::size_t>> blocks; // free blocks and their (rounded) sizes
    std::size_t bytes = 0;
    int scopes = 0;
};

Cache& cache() {
    static Cache c;
    return c;
}

std::size_t rounded(std::size_t bytes) { return (bytes + kRound - 1) / kRound * kRound; }

} // namespace

void* bigblocks::allocate(std::size_t bytes) {
    if (bytes < kBig) {
        void* p = std::malloc(bytes ? bytes : 1);
        if (!p)
            throw std::bad_alloc();
        return p;
    }
    const std::size_t size = rounded(bytes);
    {
        // The smallest kept block that fits, if it is at most a quarter too large (the rest of a
        // larger block would be wasted for as long as the array lives).
        auto& c = cache();
        std::lock_guard<std::mutex> lock(c.mutex);
        auto best = c.blocks.end();
        for (auto it = c.blocks.begin(); it != c.blocks.end(); ++it)
            if (it->second >= size && it->second <= size + size / 4 &&
                (best == c.blocks.end() || it->second < best->second))
                best = it;
        if (best != c.blocks.end()) {
            void* p = best->first;
            c.bytes -= best->second;
            c.blocks.erase(best);
            return p;
        }
    }
    void* p = std::malloc(size);
    if (!p)
        throw std::bad_alloc();
    return p;
}

void bigblocks::deallocate(void* p, std::size_t bytes) noexcept {
    if (!p)
        return;
    if (bytes >= kBig) {
        auto& c = cache();
        std::lock_guard<std::mutex> lock(c.mutex);
        if (c.scopes > 0) {
            try {
                c.blocks.emplace_back(p, rounded(bytes));
                c.bytes += rounded(bytes);
                return;
            } catch (...) {
                // no room to remember it: free it
            }
        }
    }
    std::free(p);
}

std::size_t bigblocks::cachedBytes() {
    auto& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    return c.bytes;
}

BigBlockScope::BigBlockScope() {
    auto& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    ++c.scopes;
}

BigBlockScope::~BigBlockScope() {
    auto& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    if (--c.scopes > 0)
        return;
    for (auto& b : c.blocks)
        std::free(b.first);
    c.blocks.clear();
    c.bytes = 0;
}

} // namespace aimap
