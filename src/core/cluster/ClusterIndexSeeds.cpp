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
// right neighbour and the three cells below, on two threads), each item's earlier neighbours (by
// visiting order), then a memoised walk: an item is a seed iff no earlier neighbour is a seed,
// otherwise the earliest seed among its earlier neighbours takes it. Duplicates (`alias`)
// follow their first copy. `split`: the first item of a cell row, where the walk is split in two
// (n: on one thread).
void ClusterIndexBuilder::pairedZoom(const Items& it, const ClusterIndex::Level& level, double r2,
                                     const BigVector<std::uint32_t>& alias, std::size_t split) {
    const std::size_t n = it.size();
    const auto& runStart = m_runStart;
    const auto& runKeys = m_runKey;
    const std::size_t runs = runKeys.size();
    const std::uint64_t rowStep = std::uint64_t{1} << level.bitsX;
    auto& state = m_state;
    auto& parent = m_parent;
    auto& clusterOf = m_clusterOf;
    auto aliased = [&](std::uint32_t i) { return !alias.empty() && alias[i] != kNoAlias; };

    // Neighbour pairs within r, between a cell and itself, its right neighbour and the three cells
    // below, as (later, earlier) by visiting order. Runs [from, to) write theirs into `out` (kept
    // across zooms, its size the room it has); returns how many. Written whether or not within r,
    // counted only if so: the test is a coin toss to a branch predictor.
    auto sweep = [&](auto hasAlias, std::size_t from, std::size_t to, BigVector<Pair>& out) {
        std::size_t count = 0;
        auto room = [&](std::size_t more) {
            if (count + more > out.size())
                out.resize(std::max(out.size() * 2, count + more + 4096));
        };
        auto against = [&](std::uint32_t i, std::uint32_t b, std::uint32_t e) {
            const Item a = it[i];
            Pair* o = out.data();
            for (auto j = b; j < e; ++j) {
                if constexpr (decltype(hasAlias)::value)
                    if (alias[j] != kNoAlias)
                        continue;
                const Item c = it[j];
                const std::int64_t dx = std::int64_t{a.x} - c.x;
                const std::int64_t dy = std::int64_t{a.y} - c.y;
                const bool within = static_cast<double>(dx * dx + dy * dy) <= r2;
                // Which is later, by masks: as a conditional, the compiler made it a branch,
                // another coin toss.
                const std::uint32_t jLater = 0u - static_cast<std::uint32_t>(a.key < c.key);
                const std::uint32_t later = (j & jLater) | (i & ~jLater);
                o[count] = Pair{later, i ^ j ^ later};
                count += within;
            }
        };
        std::size_t below = from;
        for (std::size_t a = from; a < to; ++a) {
            const bool right = a + 1 < runs && runKeys[a + 1] == runKeys[a] + 1;
            const auto lo = runKeys[a] + rowStep - 1, hi = lo + 2;
            while (below < runs && runKeys[below] < lo)
                ++below;
            auto last = below; // runs [below, last) are the cells below
            while (last < runs && runKeys[last] <= hi)
                ++last;
            // The rest of this cell and the cell to the right are one range of items, and the
            // cells below (consecutive runs) another.
            const auto sameEnd = runStart[right ? a + 2 : a + 1];
            const auto belowBegin = runStart[below], belowEnd = runStart[last];
            for (auto i = runStart[a]; i < runStart[a + 1]; ++i) {
                if constexpr (decltype(hasAlias)::value)
                    if (alias[i] != kNoAlias)
                        continue;
                room(std::size_t{sameEnd} - i + belowEnd - belowBegin);
                against(i, i + 1, sameEnd);
                against(i, belowBegin, belowEnd);
            }
        }
        return count;
    };
    std::size_t pairs[2] = {0, 0};
    {
        const std::size_t half = m_two && n >= kParallelItems ? runs / 2 : runs;
        auto part = [&](std::size_t from, std::size_t to, int p) {
            if (alias.empty())
                pairs[p] = sweep(std::false_type{}, from, to, m_pairs[p]);
            else
                pairs[p] = sweep(std::true_type{}, from, to, m_pairs[p]);
        };
        std::thread other;
        if (half < runs)
            other = std::thread(part, half, runs, 1);
        part(0, half, 0);
        if (other.joinable())
            other.join();
    }
    m.m_profile.pairsMs += lap();

    // Earlier neighbours of each item (CSR).
    auto& start = m_start;
    start.assign(n + 1, 0);
    for (int p = 0; p < 2; ++p)
        for (std::size_t q = 0; q < pairs[p]; ++q)
            ++start[m_pairs[p][q].later + 1];
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    auto& earlier = m_earlier;
    earlier.resize(start[n]);
    // start[l] serves as l's cursor (no copy of it): filled, it holds where l's list ends, which
    // is where l + 1's begins; one shift puts every start back.
    for (int p = 0; p < 2; ++p)
        for (std::size_t q = 0; q < pairs[p]; ++q)
            earlier[start[m_pairs[p][q].later]++] = m_pairs[p][q].earlier;
    for (std::size_t i = n; i > 0; --i)
        start[i] = start[i - 1];
    start[0] = 0;
    m.m_profile.listsMs += lap();

    // Seeds: an item is a seed iff no earlier neighbour is a seed; otherwise the earliest seed
    // among its earlier neighbours takes it. Decided by a memoised walk (explicit stack) to
    // earlier items: all of an item's earlier neighbours are decided first (each item is decided
    // once, so the walk is linear in the pairs, and the lists need no sorting).
    // On two threads, each walks the roots of its side of `split` (a cell row) and never reads an
    // item of the other side: an item with an earlier neighbour there, or one so blocked, is left
    // blocked, and the blocked ones (a few near the split row) are decided after, on one thread.
    auto walk = [&](std::size_t from, std::size_t to, const std::uint32_t* roots, std::size_t count,
                    std::vector<std::uint32_t>& blocked) {
        auto inside = [&](std::uint32_t k) { return k - from < to - from; };
        std::vector<std::pair<std::uint32_t, std::uint32_t>> stack; // item, cursor into earlier
        for (std::size_t r = 0; r < count; ++r) {
            const std::uint32_t root = roots ? roots[r] : static_cast<std::uint32_t>(from + r);
            if (state[root] != kUnknown || aliased(root))
                continue;
            if (start[root] == start[root + 1]) { // no earlier neighbour (most, at high zooms)
                state[root] = kSeed;
                continue;
            }
            stack.emplace_back(root, start[root]);
            while (!stack.empty()) {
                const auto t = stack.back().first;
                auto cursor = stack.back().second;
                const auto end = start[t + 1];
                while (cursor < end &&
                       (!inside(earlier[cursor]) || state[earlier[cursor]] != kUnknown))
                    ++cursor;
                if (cursor < end) {
                    stack.back().second = cursor + 1;
                    stack.emplace_back(earlier[cursor], start[earlier[cursor]]);
                    continue;
                }
                std::uint32_t seed = ClusterIndex::kNone, seedKey = 0xffffffffu;
                bool isBlocked = false;
                for (auto c = start[t]; c < end; ++c) {
                    const auto k = earlier[c];
                    if (!inside(k) || state[k] == kBlocked) {
                        isBlocked = true;
                        break;
                    }
                    if (state[k] == kSeed && it[k].key < seedKey)
                        seed = k, seedKey = it[k].key;
                }
                if (isBlocked) {
                    state[t] = kBlocked;
                    blocked.push_back(t);
                } else if (seed == ClusterIndex::kNone) {
                    state[t] = kSeed;
                } else {
                    state[t] = kTaken;
                    parent[t] = seed;
                    clusterOf[seed] = 0; // a seed that takes someone
                }
                stack.pop_back();
            }
        }
    };
    std::vector<std::uint32_t> blocked[2];
    onBothParts(split < n, [&](int part) {
        const std::size_t from = part == 0 ? 0 : split, to = part == 0 ? split : n;
        walk(from, to, nullptr, to - from, blocked[part]);
    });
    for (const auto& b : blocked)
        for (auto t : b)
            state[t] = kUnknown;
    std::vector<std::uint32_t> none; // nothing is outside [0, n): stays empty
    for (const auto& b : blocked)
        walk(0, n, b.data(), b.size(), none);
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