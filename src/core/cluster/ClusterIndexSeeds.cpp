// ClusterIndexBuilder: the seeds of one zoom, from neighbour pairs or (a crowded zoom) seed by
// seed; both give supercluster's outcome.

#include "core/cluster/ClusterIndexBuilder.hpp"

#include "core/cluster/TwoThreads.hpp"

#include <algorithm>
#include <thread>
#include <utility>
#include <vector>

namespace aimap {

using namespace grid;
using namespace twothreads;

// Supercluster's own loop: items in visiting order; one not yet taken becomes a seed and takes
// every item within r not yet taken (found in the 3x3 cells around it: cells are at least r).
// Same outcome as the pair sweep (the first seed to reach an item takes it), in constant memory:
// each seed scans its nine cells, and seeds in one cell are more than r apart, so a cell is
// scanned a bounded number of times.
void ClusterIndexBuilder::crowdedZoom(const Items& it, const ClusterIndex::Level& level, double r2) {
    const std::size_t n = it.size();
    struct ByKey {
        std::uint32_t key, item;
    };
    BigVector<ByKey> order(n), scratch;
    for (std::size_t i = 0; i < n; ++i)
        order[i] = {it[i].key, static_cast<std::uint32_t>(i)};
    radixSortBy(m_two, order, scratch, 32, [](const ByKey& k) { return std::uint64_t{k.key}; });
    const auto& runStart = m_runStart;
    const auto& runKeys = m_runKey;
    const std::size_t runs = runKeys.size();
    for (const ByKey& visit : order) {
        const std::uint32_t i = visit.item;
        if (m_state[i] != kUnknown)
            continue;
        m_state[i] = kSeed;
        const std::uint64_t key = cellKey(level, it[i].x, it[i].y);
        const std::uint64_t column = key & ((std::uint64_t{1} << level.bitsX) - 1);
        const std::uint64_t row = key >> level.bitsX;
        for (std::uint64_t ry = row == 0 ? 0 : row - 1; ry <= row + 1; ++ry) {
            const std::uint64_t first = (ry << level.bitsX) | (column == 0 ? 0 : column - 1);
            const std::uint64_t last = (ry << level.bitsX) | (column + 1);
            auto run = static_cast<std::size_t>(
                std::lower_bound(runKeys.begin(), runKeys.end(), first) - runKeys.begin());
            for (; run < runs && runKeys[run] <= last; ++run)
                for (auto j = runStart[run]; j < runStart[run + 1]; ++j) {
                    if (m_state[j] != kUnknown)
                        continue;
                    const std::int64_t dx = std::int64_t{it[i].x} - it[j].x;
                    const std::int64_t dy = std::int64_t{it[i].y} - it[j].y;
                    if (static_cast<double>(dx * dx + dy * dy) <= r2) {
                        m_state[j] = kTaken;
                        m_parent[j] = i;
                        m_clusterOf[i] = 0; // a seed that takes someone
                    }
                }
        }
    }
}

// The seeds of a zoom from its neighbour pairs: pairs within r (between a cell and itself, its
// right neighbour and the three cells below, on two threads), each item's earlier neighbours in
// visiting order, then a memoised walk: an item is a seed iff no earlier neighbour is a seed,
// otherwise the earliest seed among its neighbours takes it. Duplicates (`alias`) follow their
// first copy.
void ClusterIndexBuilder::pairedZoom(const Items& it, const ClusterIndex::Level& level, double r2,
                                     const BigVector<std::uint32_t>& alias) {
    const std::size_t n = it.size();
    const auto& runStart = m_runStart;
    const auto& runKeys = m_runKey;
    const std::size_t runs = runKeys.size();
    auto runKey = [&](std::size_t run) { return runKeys[run]; };
    auto aliased = [&](std::uint32_t i) { return !alias.empty() && alias[i] != kNoAlias; };
    const std::uint64_t rowStep = std::uint64_t{1} << level.bitsX;
    auto& state = m_state;
    auto& parent = m_parent;
    auto& clusterOf = m_clusterOf;

    // Neighbour pairs within r, between a cell and itself, its right neighbour and the three cells
    // below; each stored as "earlier item of the later one" (by visiting order).
    // Runs [from, to) write their pairs into (later, earlier); two threads take half each.
    auto sweep = [&](std::size_t from, std::size_t to, BigVector<std::uint32_t>& later,
                     BigVector<std::uint32_t>& earlierOf) {
        later.clear(), earlierOf.clear();
        auto test = [&](std::uint32_t i, std::uint32_t j) {
            const std::int64_t dx = std::int64_t{it[i].x} - it[j].x;
            const std::int64_t dy = std::int64_t{it[i].y} - it[j].y;
            if (static_cast<double>(dx * dx + dy * dy) <= r2) {
                if (it[i].key < it[j].key)
                    later.push_back(j), earlierOf.push_back(i);
                else
                    later.push_back(i), earlierOf.push_back(j);
            }
        };
        auto between = [&](std::size_t a, std::size_t b) {
            for (auto i = runStart[a]; i < runStart[a + 1]; ++i) {
                if (aliased(i))
                    continue;
                for (auto j = runStart[b]; j < runStart[b + 1]; ++j)
                    if (!aliased(j))
                        test(i, j);
            }
        };
        std::size_t below = from;
        for (std::size_t a = from; a < to; ++a) {
            for (auto i = runStart[a]; i < runStart[a + 1]; ++i) {
                if (aliased(i))
                    continue;
                for (auto j = i + 1; j < runStart[a + 1]; ++j)
                    if (!aliased(j))
                        test(i, j);
            }
            if (a + 1 < runs && runKey(a + 1) == runKey(a) + 1)
                between(a, a + 1);
            const auto lo = runKey(a) + rowStep - 1, hi = lo + 2;
            while (below < runs && runKey(below) < lo)
                ++below;
            for (auto t = below; t < runs && runKey(t) <= hi; ++t)
                between(a, t);
        }
    };
    {
        const std::size_t half = m_two && n >= kParallelItems ? runs / 2 : runs;
        std::thread other;
        if (half < runs)
            other = std::thread(sweep, half, runs, std::ref(m_pairLater2), std::ref(m_pairEarlier2));
        else
            m_pairLater2.clear(), m_pairEarlier2.clear();
        sweep(0, half, m_pairLater, m_pairEarlier);
        if (other.joinable())
            other.join();
    }

    m.m_profile.pairsMs += lap();

    // Earlier neighbours of each item, sorted by visiting order (CSR).
    auto& start = m_start;
    start.assign(n + 1, 0);
    for (const auto* later : {&m_pairLater, &m_pairLater2})
        for (auto l : *later)
            ++start[l + 1];
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    auto& earlier = m_earlier;
    earlier.resize(start[n]);
    // start[l] serves as l's cursor (no copy of it): filled, it holds where l's list ends, which
    // is where l + 1's begins; one shift puts every start back.
    for (std::size_t p = 0; p < m_pairLater.size(); ++p)
        earlier[start[m_pairLater[p]]++] = m_pairEarlier[p];
    for (std::size_t p = 0; p < m_pairLater2.size(); ++p)
        earlier[start[m_pairLater2[p]]++] = m_pairEarlier2[p];
    for (std::size_t i = n; i > 0; --i)
        start[i] = start[i - 1];
    start[0] = 0;
    for (std::size_t i = 0; i < n; ++i) {
        auto* b = earlier.data() + start[i];
        auto* e = earlier.data() + start[i + 1];
        if (e - b > 1)
            std::sort(b, e, [&](std::uint32_t p, std::uint32_t q) { return it[p].key < it[q].key; });
    }

    // Seeds: an item is a seed iff no earlier neighbour is a seed; otherwise the earliest seed
    // among its neighbours takes it. Decided by a memoised walk (explicit stack) to earlier items.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack; // item, cursor into earlier
    for (std::size_t root = 0; root < n; ++root) {
        if (state[root] != kUnknown || aliased(static_cast<std::uint32_t>(root)))
            continue;
        stack.emplace_back(static_cast<std::uint32_t>(root), start[root]);
        while (!stack.empty()) {
            const auto t = stack.back().first;
            auto cursor = stack.back().second;
            bool descended = false, taken = false;
            for (; cursor < start[t + 1]; ++cursor) {
                const auto k = earlier[cursor];
                if (state[k] == kUnknown) {
                    stack.back().second = cursor;
                    stack.emplace_back(k, start[k]);
                    descended = true;
                    break;
                }
                if (state[k] == kSeed) {
                    state[t] = kTaken;
                    parent[t] = k;
                    clusterOf[k] = 0;
                    taken = true;
                    break;
                }
            }
            if (descended)
                continue;
            if (!taken)
                state[t] = kSeed;
            stack.pop_back();
        }
    }
    if (!alias.empty()) {
        for (std::size_t i = 0; i < n; ++i) {
            if (alias[i] == kNoAlias)
                continue;
            const auto f = alias[i];
            state[i] = kTaken;
            parent[i] = state[f] == kSeed ? f : parent[f];
            clusterOf[parent[i]] = 0;
        }
    }

}

} // namespace aimap
