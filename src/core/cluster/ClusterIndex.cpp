#include "core/cluster/ClusterIndex.hpp"

#include "core/Trace.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace aimap {

namespace {

// Fixed point as supercluster 9 stores coordinates: (c - 0.5) * 2^30, truncated toward zero as a
// JavaScript Int32Array store does; [0, 1] maps to [-2^29, 2^29].
constexpr double kScale = 1073741824.0; // 2^30
constexpr double kInvScale = 1.0 / kScale;
constexpr std::int64_t kHalf = std::int64_t{1} << 29;
// Below this many items a zoom is done on one thread (starting one costs more than it saves).
constexpr std::size_t kParallelItems = 32768;

std::int32_t encode(double c) { return static_cast<std::int32_t>((c - 0.5) * kScale); }
double decode(std::int32_t v) { return v * kInvScale + 0.5; }

// The cluster radius at a zoom in fixed-point units, computed in supercluster's order of
// operations so that the "within" test agrees with it to the last bit.
double radiusAt(const ClusterOptions& o, int zoom) {
    return o.radiusPx / (o.extent * std::ldexp(1.0, zoom)) * kScale;
}

// Smallest shift with 2^shift >= r (cells at least as large as the radius).
int shiftFor(double r) {
    int s = 0;
    while (s < 31 && std::ldexp(1.0, s) < r)
        ++s;
    return s;
}

std::uint64_t unsignedCoord(std::int32_t v) { return static_cast<std::uint64_t>(v + kHalf); }

int bitsFor(std::uint64_t maxValue) {
    int b = 1;
    while (b < 63 && (std::uint64_t{1} << b) <= maxValue)
        ++b;
    return b;
}

// Runs f(from, to, part) on [0, half) here and on [half, n) on a second thread (part 1), or on
// all of [0, n) here when the range is too small to be worth a thread.
template <class F> void onTwoThreads(std::size_t n, F&& f) {
    const std::size_t half = n >= kParallelItems ? n / 2 : n;
    std::thread other;
    if (half < n)
        other = std::thread([&] { f(half, n, 1); });
    f(std::size_t{0}, half, 0);
    if (other.joinable())
        other.join();
}

// Stable LSD radix sort of `items` by key(item) (keyBits wide), at most 12 bits per pass, with
// `scratch` as the second buffer. Each pass counts and moves the two halves of the input on two
// threads (the second half's items go after the first half's in every bucket: stable). Sorting
// the items themselves, with the key computed on the fly, needs no key or permutation arrays:
// fresh memory costs more than the arithmetic on a virtual machine.
template <class T, class Key>
void radixSortBy(BigVector<T>& items, BigVector<T>& scratch, int keyBits, Key key) {
    const std::size_t n = items.size();
    const int passes = std::max(1, (keyBits + 11) / 12);
    const int digit = (keyBits + passes - 1) / passes;
    const std::size_t buckets = std::size_t{1} << digit;
    std::vector<std::uint32_t> count(2 * buckets);
    for (int shift = 0; shift < keyBits; shift += digit) {
        std::fill(count.begin(), count.end(), 0u); // both halves: a small input has only one
        onTwoThreads(n, [&](std::size_t from, std::size_t to, int part) {
            std::uint32_t* c = &count[static_cast<std::size_t>(part) * buckets];
            for (std::size_t i = from; i < to; ++i)
                ++c[(key(items[i]) >> shift) & (buckets - 1)];
        });
        std::uint32_t sum = 0;
        bool single = false;
        for (std::size_t b = 0; b < buckets; ++b) {
            const std::uint32_t first = count[b], second = count[buckets + b];
            if (first + second == n)
                single = true;
            count[b] = sum;
            count[buckets + b] = sum + first;
            sum += first + second;
        }
        if (single)
            continue; // every key has the same digit: the pass would not move anything
        scratch.resize(n);
        onTwoThreads(n, [&](std::size_t from, std::size_t to, int part) {
            std::uint32_t* c = &count[static_cast<std::size_t>(part) * buckets];
            for (std::size_t i = from; i < to; ++i)
                scratch[c[(key(items[i]) >> shift) & (buckets - 1)]++] = items[i];
        });
        items.swap(scratch);
    }
}

} // namespace

// Builds the index. The items of one zoom live in one flat array, kept sorted by grid cell; `key`
// is the item's place in supercluster's visiting order (its first input point's index), `ref`
// what it is (point index, or cluster id with the top bit set). Fresh memory is what a build
// costs most on a virtual machine (the host backs every new page), so scratch is small and reused.
class ClusterIndexBuilder {
public:
    explicit ClusterIndexBuilder(ClusterIndex& index) : m(index) {}

    void build(const std::vector<ClusterPoint>& points);

private:
    // One item, 16 bytes: what the sweep reads together, moved in one piece by the sort (a
    // structure of arrays cost a cache miss per field). Weight, count and categories are looked
    // up by `ref` when a cluster absorbs the item (a minority of the items at most zooms).
    struct Item {
        std::int32_t x, y;
        std::uint32_t key, ref;
    };
    using Items = BigVector<Item>;
    // An item's state in a zoom (m_state), and "no alias" (an item that is not a duplicate).
    enum : std::uint8_t { kUnknown = 0, kSeed = 1, kTaken = 2 };
    static constexpr std::uint32_t kNoAlias = 0xffffffffu;

    // Sorts the items by cell (row-major, cells of 2^shift) and returns the level record.
    ClusterIndex::Level sortByCell(Items& items, int shift);
    void clusterZoom(int zoom, Items& items); ///< items become the next zoom's, in place
    /// clusterZoom's seeds from neighbour pairs, or (crowdedZoom) seed by seed for a zoom too
    /// crowded for pairs; both fill m_state, m_parent and the marks in m_clusterOf.
    void pairedZoom(const Items& items, const ClusterIndex::Level& level, double r2,
                    const BigVector<std::uint32_t>& alias);
    void crowdedZoom(const Items& items, const ClusterIndex::Level& level, double r2);
    static void addPointCategories(unsigned bits, double weight, double* into);
    // The item's cell key at a level: row-major, rows of 2^bitsX columns.
    static std::uint64_t cellKey(const ClusterIndex::Level& l, std::int32_t x, std::int32_t y) {
        const auto cx = (unsignedCoord(x) >> l.shift) - static_cast<std::uint64_t>(l.originX);
        const auto cy = (unsignedCoord(y) >> l.shift) - static_cast<std::uint64_t>(l.originY);
        return (cy << l.bitsX) | cx;
    }

    ClusterIndex& m;
    BigBlockScope m_reuse; // freed scratch blocks are reused until the build ends
    // Scratch reused across zooms (fresh allocations per zoom cost more in page faults than
    // the work itself).
    BigVector<std::uint64_t> m_runKey;
    BigVector<std::uint32_t> m_runStart, m_pairLater, m_pairEarlier,
        m_start, m_earlier, m_parent, m_members, m_clusterOf;
    Items m_itemScratch;
    bool m_categories = false; ///< any point has a category (else no per-category sums)
    BigVector<std::uint32_t> m_pairLater2, m_pairEarlier2;
    BigVector<double> m_sx, m_sy, m_swx, m_swy, m_sw, m_cats;
    BigVector<std::uint64_t> m_scount;
    BigVector<std::uint8_t> m_state;
};

ClusterIndex::Level ClusterIndexBuilder::sortByCell(Items& items, int shift) {
    ClusterIndex::Level level;
    level.shift = shift;
    const std::size_t n = items.size();
    if (n == 0)
        return level;
    // Bounds of the cells in use, then each item's cell key; both halves on two threads.
    std::uint64_t lo[2][2] = {{~0ull, ~0ull}, {~0ull, ~0ull}}, hi[2][2] = {{0, 0}, {0, 0}};
    onTwoThreads(n, [&](std::size_t from, std::size_t to, int part) {
        std::uint64_t minX = ~0ull, minY = ~0ull, maxX = 0, maxY = 0;
        for (std::size_t i = from; i < to; ++i) {
            const auto cx = unsignedCoord(items[i].x) >> shift;
            const auto cy = unsignedCoord(items[i].y) >> shift;
            minX = std::min(minX, cx), maxX = std::max(maxX, cx);
            minY = std::min(minY, cy), maxY = std::max(maxY, cy);
        }
        lo[part][0] = minX, lo[part][1] = minY, hi[part][0] = maxX, hi[part][1] = maxY;
    });
    const std::uint64_t minX = std::min(lo[0][0], lo[1][0]), minY = std::min(lo[0][1], lo[1][1]);
    const std::uint64_t maxX = std::max(hi[0][0], hi[1][0]), maxY = std::max(hi[0][1], hi[1][1]);
    level.originX = static_cast<std::int64_t>(minX);
    level.originY = static_cast<std::int64_t>(minY);
    // One spare bit, so that "column + 1" and "column - 1" never wrap into another row.
    level.bitsX = bitsFor(maxX - minX + 1) + 1;
    const int bitsY = bitsFor(maxY - minY);
    level.maxRow = static_cast<std::int64_t>(maxY - minY);
    radixSortBy(items, m_itemScratch, level.bitsX + bitsY,
                [&](const Item& t) { return cellKey(level, t.x, t.y); });
    return level;
}

void ClusterIndexBuilder::addPointCategories(unsigned bits, double weight, double* into) {
    if (bits == 0)
        return;
    if ((bits & (bits - 1)) == 0) { // one category: the common case
        into[__builtin_ctz(bits)] += weight;
        return;
    }
    const double share = weight / __builtin_popcount(bits);
    for (std::size_t k = 0; k < ClusterIndex::kCategories; ++k)
        if (bits & (1u << k))
            into[k] += share;
}

void ClusterIndexBuilder::build(const std::vector<ClusterPoint>& points) {
    traceMark("index: start");
    auto& o = m.m_options;
    o.maxZoom = std::clamp(o.maxZoom, 0, 30);
    o.minZoom = std::clamp(o.minZoom, 0, o.maxZoom);
    if (!(o.radiusPx > 0) || !(o.extent > 0) || !std::isfinite(o.radiusPx) || !std::isfinite(o.extent))
        o.radiusPx = 40, o.extent = 512;

    const std::size_t n = std::min<std::size_t>(points.size(), ClusterIndex::kClusterBit - 1);
    m.m_pointX.resize(n), m.m_pointY.resize(n);
    m.m_pointParent.assign(n, ClusterIndex::kNone);
    auto valid = [](const ClusterPoint& p) {
        return std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.weight) && p.weight >= 0 &&
               p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
    };
    // One weight for all (counting: every point weighs 1) is kept once, not per point.
    const auto end = points.begin() + static_cast<std::ptrdiff_t>(n);
    const bool uniform = n > 0 && std::all_of(points.begin(), end, [&](const ClusterPoint& p) {
        return valid(p) && p.weight == points[0].weight;
    });
    if (uniform)
        m.m_uniformWeight = points[0].weight;
    else
        m.m_pointWeight.resize(n);
    constexpr unsigned kCategoryMask = (1u << ClusterIndex::kCategories) - 1;
    m_categories = std::any_of(points.begin(), points.begin() + static_cast<std::ptrdiff_t>(n),
                               [](const ClusterPoint& p) { return (p.categories & kCategoryMask) != 0; });
    if (m_categories)
        m.m_pointCategories.resize(n);
    m.m_rejected = points.size() - n;
    // Points encoded on two threads; an invalid one leaves an item marked kNone, dropped after.
    Items items(n);
    std::size_t invalid[2] = {0, 0};
    onTwoThreads(n, [&](std::size_t from, std::size_t to, int part) {
        for (std::size_t i = from; i < to; ++i) {
            const auto& p = points[i];
            const bool ok = valid(p);
            m.m_pointX[i] = ok ? encode(p.x) : 0;
            m.m_pointY[i] = ok ? encode(p.y) : 0;
            if (!uniform)
                m.m_pointWeight[i] = ok ? p.weight : 0;
            if (m_categories)
                m.m_pointCategories[i] = ok ? static_cast<std::uint16_t>(p.categories & kCategoryMask) : 0;
            const auto idx = static_cast<std::uint32_t>(i);
            items[i] = {m.m_pointX[i], m.m_pointY[i], idx, ok ? idx : ClusterIndex::kNone};
            invalid[part] += !ok;
        }
    });
    if (invalid[0] + invalid[1] > 0) {
        m.m_rejected += invalid[0] + invalid[1];
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [](const Item& item) { return item.ref == ClusterIndex::kNone; }),
                    items.end());
    }

    const int levels = o.maxZoom - o.minZoom + 2;
    m.m_levels.resize(static_cast<std::size_t>(levels));
    auto slot = [&](int zoom) -> ClusterIndex::Level& {
        return m.m_levels[static_cast<std::size_t>(zoom - o.minZoom)];
    };
    // The items of zoom z are kept sorted by the cells used to cluster zoom z - 1.
    auto storeLevel = [&](int zoom, Items& its) {
        auto level = sortByCell(its, shiftFor(radiusAt(o, zoom - 1)));
        level.refs.resize(its.size());
        for (std::size_t i = 0; i < its.size(); ++i)
            level.refs[i] = its[i].ref;
        slot(zoom) = std::move(level);
    };
    traceMark("index: items");
    storeLevel(o.maxZoom + 1, items);
    traceMark("index: points sorted");
    // Clusters: fewer than input points; crowded data makes about 0.5-0.6 per point. Reserve a
    // little more (growing would copy) and trim at the end if much was left unused.
    const std::size_t guess = items.size() * 7 / 10 + 16;
    m.m_clusterX.reserve(guess), m.m_clusterY.reserve(guess), m.m_clusterWeight.reserve(guess);
    m.m_clusterCount.reserve(guess), m.m_clusterZoom.reserve(guess), m.m_clusterParent.reserve(guess);
    if (m_categories)
        m.m_clusterCategories.reserve(guess * ClusterIndex::kCategories);
    for (int z = o.maxZoom; z >= o.minZoom; --z) {
        clusterZoom(z, items);
        storeLevel(z, items);
        traceMark("index: zoom", z);
    }

    // Trimmed only when over half was left unused: a trim copies every array into fresh memory
    // (up to 100 ms for a million points on a virtual machine), and the unused part of a large
    // reservation is never written, so it is address space, not resident memory (memoryBytes()
    // counts it all the same).
    if (m.m_clusterX.capacity() > m.m_clusterX.size() + m.m_clusterX.size() / 2 + 1024) {
        for (auto* v : {&m.m_clusterX, &m.m_clusterY})
            v->shrink_to_fit();
        m.m_clusterWeight.shrink_to_fit(), m.m_clusterCount.shrink_to_fit();
        m.m_clusterZoom.shrink_to_fit(), m.m_clusterParent.shrink_to_fit();
        m.m_clusterCategories.shrink_to_fit();
    }

    // Children of each cluster (counting sort by parent): points by index, then clusters by id.
    const std::size_t clusters = m.m_clusterX.size();
    m.m_childStart.assign(clusters + 1, 0);
    for (auto p : m.m_pointParent)
        if (p != ClusterIndex::kNone)
            ++m.m_childStart[p + 1];
    for (auto p : m.m_clusterParent)
        if (p != ClusterIndex::kNone)
            ++m.m_childStart[p + 1];
    for (std::size_t c = 0; c < clusters; ++c)
        m.m_childStart[c + 1] += m.m_childStart[c];
    m.m_children.resize(m.m_childStart.back());
    // childStart[p] as p's cursor, then shifted back (as the neighbour lists in clusterZoom).
    auto& fill = m.m_childStart;
    for (std::size_t i = 0; i < m.m_pointParent.size(); ++i)
        if (m.m_pointParent[i] != ClusterIndex::kNone)
            m.m_children[fill[m.m_pointParent[i]]++] = static_cast<std::uint32_t>(i);
    for (std::size_t c = 0; c < clusters; ++c)
        if (m.m_clusterParent[c] != ClusterIndex::kNone)
            m.m_children[fill[m.m_clusterParent[c]]++] =
                static_cast<std::uint32_t>(c) | ClusterIndex::kClusterBit;
    for (std::size_t c = clusters; c > 0; --c)
        fill[c] = fill[c - 1];
    fill[0] = 0;
    traceMark("index: children");
}

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
    radixSortBy(order, scratch, 32, [](const ByKey& k) { return std::uint64_t{k.key}; });
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
        const std::size_t half = n >= kParallelItems ? runs / 2 : runs;
        std::thread other;
        if (half < runs)
            other = std::thread(sweep, half, runs, std::ref(m_pairLater2), std::ref(m_pairEarlier2));
        else
            m_pairLater2.clear(), m_pairEarlier2.clear();
        sweep(0, half, m_pairLater, m_pairEarlier);
        if (other.joinable())
            other.join();
    }

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

// One zoom of the greedy clustering, on items sorted by cells of at least the radius.
void ClusterIndexBuilder::clusterZoom(int zoom, Items& it) {
    const auto& o = m.m_options;
    const std::size_t n = it.size();
    const double r = radiusAt(o, zoom);
    const double r2 = r * r;
    // The items are sorted by exactly these cells (storeLevel used the same shift).
    const auto& level = m.m_levels[static_cast<std::size_t>(zoom + 1 - o.minZoom)];

    // Runs of equal cells, and their cell keys.
    auto& runStart = m_runStart;
    auto& runKeys = m_runKey;
    runStart.clear(), runKeys.clear();
    // Room for a run per item: growing them by doubling copied them into fresh pages (the
    // first zoom's runs of a million points took 22 ms instead of 10-14).
    runStart.reserve(n + 1), runKeys.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto k = cellKey(level, it[i].x, it[i].y);
        if (runKeys.empty() || k != runKeys.back()) {
            runStart.push_back(static_cast<std::uint32_t>(i));
            runKeys.push_back(k);
        }
    }
    runStart.push_back(static_cast<std::uint32_t>(n));
    const std::size_t runs = runKeys.size();

    // The outcome per item: a seed, or taken by the seed `parent`; clusterOf marks the seeds that
    // take someone (their new cluster numbers come below).
    auto& state = m_state;
    state.assign(n, kUnknown);
    auto& parent = m_parent;
    parent.resize(n);
    auto& clusterOf = m_clusterOf;
    clusterOf.assign(n, ClusterIndex::kNone);

    // Exact duplicates in crowded cells (many enterprises geocoded to one address): all but the
    // first in visiting order follow the first one's fate, and never need to be anyone's neighbour
    // (they are never seeds), which keeps a cell of k copies from costing k^2 pairs.
    BigVector<std::uint32_t> alias; // allocated on first use
    for (std::size_t a = 0; a < runs; ++a) {
        const auto b = runStart[a], e = runStart[a + 1];
        if (e - b <= 16)
            continue;
        BigVector<std::uint32_t> idx(e - b);
        std::iota(idx.begin(), idx.end(), b);
        std::sort(idx.begin(), idx.end(), [&](std::uint32_t p, std::uint32_t q) {
            if (it[p].x != it[q].x)
                return it[p].x < it[q].x;
            if (it[p].y != it[q].y)
                return it[p].y < it[q].y;
            return it[p].key < it[q].key;
        });
        for (std::size_t j = 1; j < idx.size(); ++j) {
            if (it[idx[j]].x == it[idx[j - 1]].x && it[idx[j]].y == it[idx[j - 1]].y) {
                if (alias.empty())
                    alias.assign(n, kNoAlias);
                const auto first = alias[idx[j - 1]] == kNoAlias ? idx[j - 1] : alias[idx[j - 1]];
                alias[idx[j]] = first;
            }
        }
    }

    // Neighbour pairs cost memory: a dense crowd of distinct points (a hundred thousand within a
    // few cells) would make billions. Such a zoom is clustered the way supercluster does it
    // instead, seed by seed in visiting order, in constant memory. Ordinary data makes under 17
    // candidate pairs per item (duplicates aside, which never pair) at every zoom; the budget is
    // half as much again. Counted exactly only when a cheap bound exceeds it (a cell meets at most
    // 8 others, and a*b <= (a^2 + b^2)/2: at most 4.5 times the sum of squared cell sizes, which
    // ordinary data keeps under 4.6 per item).
    // Per run: its items that are not duplicates (in m_start's memory, which pairedZoom refills).
    BigVector<std::uint32_t>& live = m_start;
    live.resize(runs);
    std::size_t squares = 0;
    for (std::size_t a = 0; a < runs; ++a) {
        std::size_t size = runStart[a + 1] - runStart[a];
        if (!alias.empty())
            for (auto i = runStart[a]; i < runStart[a + 1]; ++i)
                size -= alias[i] != kNoAlias;
        live[a] = static_cast<std::uint32_t>(size);
        squares += size * size;
    }
    const std::uint64_t rowStep = std::uint64_t{1} << level.bitsX;
    const std::size_t budget = 24 * n + 65536;
    std::size_t candidates = 0;
    for (std::size_t a = 0, below = 0; a < runs && 9 * squares / 2 > budget; ++a) {
        const std::size_t size = live[a];
        candidates += size * (size - (size > 0)) / 2;
        if (a + 1 < runs && runKeys[a + 1] == runKeys[a] + 1)
            candidates += size * live[a + 1];
        const auto lo = runKeys[a] + rowStep - 1, hi = lo + 2;
        while (below < runs && runKeys[below] < lo)
            ++below;
        for (auto t = below; t < runs && runKeys[t] <= hi; ++t)
            candidates += size * live[t];
    }
    if (candidates > budget)
        crowdedZoom(it, level, r2);
    else
        pairedZoom(it, level, r2, alias);

    // Each gathering seed becomes a cluster, ids in the seeds' order; the clusters of the seeds
    // before `mid` are [0, midCluster).
    std::uint32_t newClusters = 0, midCluster = 0;
    const std::size_t mid = n >= kParallelItems ? n / 2 : n;
    for (std::size_t i = 0; i < n; ++i) {
        if (i == mid)
            midCluster = newClusters;
        if (state[i] == kSeed && clusterOf[i] != ClusterIndex::kNone)
            clusterOf[i] = newClusters++;
    }
    if (mid == n)
        midCluster = newClusters;
    const auto firstId = static_cast<std::uint32_t>(m.m_clusterX.size());
    const auto total = firstId + newClusters;
    m.m_clusterX.resize(total), m.m_clusterY.resize(total), m.m_clusterWeight.resize(total);
    m.m_clusterCount.resize(total), m.m_clusterZoom.resize(total);
    m.m_clusterParent.resize(total, ClusterIndex::kNone);
    if (m_categories)
        m.m_clusterCategories.resize(std::size_t{total} * ClusterIndex::kCategories);
    auto &sx = m_sx, &sy = m_sy, &swx = m_swx, &swy = m_swy, &sw = m_sw, &cats = m_cats;
    auto& scount = m_scount;
    // Sized here, zeroed by the two threads below, each its own clusters' sums.
    sx.resize(newClusters), sy.resize(newClusters), swx.resize(newClusters);
    swy.resize(newClusters), sw.resize(newClusters), scount.resize(newClusters);
    if (m_categories)
        cats.resize(std::size_t{newClusters} * ClusterIndex::kCategories);
    auto absorb = [&](std::size_t i, std::uint32_t c) {
        const auto ref = it[i].ref;
        const auto id = firstId + c;
        const bool cluster = (ref & ClusterIndex::kClusterBit) != 0;
        const auto child = ref & ~ClusterIndex::kClusterBit;
        const std::uint32_t count = cluster ? m.m_clusterCount[child] : 1;
        const double w = cluster ? m.m_clusterWeight[child] : m.pointWeight(ref);
        const double cnt = count;
        sx[c] += it[i].x * cnt; // exact: integers below 2^53
        sy[c] += it[i].y * cnt;
        swx[c] += it[i].x * w;
        swy[c] += it[i].y * w;
        sw[c] += w;
        scount[c] += count;
        if (cluster)
            m.m_clusterParent[child] = id;
        else
            m.m_pointParent[ref] = id;
        if (!m_categories)
            return;
        double* into = &cats[std::size_t{c} * ClusterIndex::kCategories];
        if (cluster) {
            const float* from = &m.m_clusterCategories[std::size_t{child} * ClusterIndex::kCategories];
            for (std::size_t k = 0; k < ClusterIndex::kCategories; ++k)
                into[k] += from[k];
        } else {
            addPointCategories(m.m_pointCategories[ref], w, into);
        }
    };
    // Sums and the new clusters' records. Two threads: one for the seeds before `mid` (clusters
    // [0, midCluster)), one for those after; each touches only its own clusters.
    auto work = [&](std::size_t from, std::size_t to, std::uint32_t cFrom, std::uint32_t cTo) {
        for (auto* v : {&sx, &sy, &swx, &swy, &sw})
            std::fill(v->begin() + cFrom, v->begin() + cTo, 0.0);
        std::fill(scount.begin() + cFrom, scount.begin() + cTo, 0);
        if (m_categories)
            std::fill(cats.begin() + std::ptrdiff_t{cFrom} * ClusterIndex::kCategories,
                      cats.begin() + std::ptrdiff_t{cTo} * ClusterIndex::kCategories, 0.0);
        constexpr std::size_t kAhead = 16;
        for (std::size_t i = 0; i < n; ++i) {
            // The point's (or child cluster's) weight is looked up by reference, in input order:
            // fetched ahead of time.
            if (const std::size_t k = i + kAhead; k < n && state[k] == kTaken) {
                const auto ref = it[k].ref;
                if (ref & ClusterIndex::kClusterBit) {
                    __builtin_prefetch(&m.m_clusterWeight[ref & ~ClusterIndex::kClusterBit]);
                    __builtin_prefetch(&m.m_clusterCount[ref & ~ClusterIndex::kClusterBit]);
                } else {
                    if (!m.m_pointWeight.empty())
                        __builtin_prefetch(&m.m_pointWeight[ref]);
                    if (m_categories)
                        __builtin_prefetch(&m.m_pointCategories[ref]);
                }
            }
            // Taken: its seed's cluster; a seed: its own (kNone when it gathered no one).
            const auto c = state[i] == kTaken ? clusterOf[parent[i]] : clusterOf[i];
            if (c - cFrom < cTo - cFrom) // this thread's clusters (kNone never is)
                absorb(i, c);
        }
        for (std::size_t i = from; i < to; ++i) {
            const auto c = clusterOf[i];
            if (state[i] != kSeed || c == ClusterIndex::kNone)
                continue;
            const double cnt = static_cast<double>(scount[c]);
            double px = sx[c] / cnt, py = sy[c] / cnt;
            if (!o.countWeighted && sw[c] > 0)
                px = swx[c] / sw[c], py = swy[c] / sw[c];
            const auto id = firstId + c;
            m.m_clusterX[id] = static_cast<std::int32_t>(px); // truncation, as an Int32Array store
            m.m_clusterY[id] = static_cast<std::int32_t>(py);
            m.m_clusterWeight[id] = sw[c];
            m.m_clusterCount[id] = static_cast<std::uint32_t>(scount[c]);
            m.m_clusterZoom[id] = static_cast<std::int8_t>(zoom);
            if (m_categories)
                for (std::size_t k = 0; k < ClusterIndex::kCategories; ++k)
                m.m_clusterCategories[std::size_t{id} * ClusterIndex::kCategories + k] =
                    static_cast<float>(cats[std::size_t{c} * ClusterIndex::kCategories + k]);
        }
    };
    std::thread other;
    if (mid < n)
        other = std::thread(work, mid, n, midCluster, newClusters);
    work(0, mid, 0, midCluster);
    if (other.joinable())
        other.join();

    // The next zoom's items, compacted in place (j <= i): seeds alone stay as they are,
    // gathering seeds become their clusters, at the seed's place in the visiting order.
    std::size_t j = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (state[i] != kSeed)
            continue;
        const auto c = clusterOf[i];
        if (c == ClusterIndex::kNone) {
            it[j] = it[i];
        } else {
            const auto id = firstId + c;
            it[j] = {m.m_clusterX[id], m.m_clusterY[id], it[i].key, id | ClusterIndex::kClusterBit};
        }
        ++j;
    }
    it.resize(j);
}

ClusterIndex::ClusterIndex(const std::vector<ClusterPoint>& points, const ClusterOptions& options)
    : m_options(options) {
    ClusterIndexBuilder(*this).build(points);
    traceMark("index: built, MB", static_cast<int>(memoryBytes() >> 20));
}

int ClusterIndex::clampZoom(int zoom) const {
    return std::clamp(zoom, m_options.minZoom, m_options.maxZoom + 1);
}

std::int32_t ClusterIndex::itemX(std::uint32_t ref) const {
    return (ref & kClusterBit) ? m_clusterX[ref & ~kClusterBit] : m_pointX[ref];
}
std::int32_t ClusterIndex::itemY(std::uint32_t ref) const {
    return (ref & kClusterBit) ? m_clusterY[ref & ~kClusterBit] : m_pointY[ref];
}

ClusterItem ClusterIndex::itemOf(std::uint32_t ref) const {
    ClusterItem item;
    if (ref & kClusterBit) {
        const auto c = ref & ~kClusterBit;
        item.x = decode(m_clusterX[c]);
        item.y = decode(m_clusterY[c]);
        item.weight = m_clusterWeight[c];
        item.count = m_clusterCount[c];
        item.id = c;
        item.isCluster = true;
    } else {
        item.x = decode(m_pointX[ref]);
        item.y = decode(m_pointY[ref]);
        item.weight = pointWeight(ref);
        item.count = 1;
        item.id = ref;
    }
    return item;
}

ClusterItem ClusterIndex::clusterItem(std::uint32_t clusterId) const {
    if (clusterId >= m_clusterX.size())
        return ClusterItem{0, 0, 0, 0, clusterId, true};
    return itemOf(clusterId | kClusterBit);
}

ClusterItem ClusterIndex::pointItem(std::uint32_t point) const {
    if (point >= m_pointX.size())
        return ClusterItem{0, 0, 0, 0, point, false};
    return itemOf(point);
}

std::vector<ClusterItem> ClusterIndex::getClusters(double minX, double minY, double maxX,
                                                   double maxY, int zoom) const {
    std::vector<ClusterItem> out;
    if (!(minX <= maxX) || !(minY <= maxY) || m_levels.empty())
        return out;
    const auto& level = m_levels[static_cast<std::size_t>(clampZoom(zoom) - m_options.minZoom)];
    const auto& refs = level.refs;
    if (refs.empty())
        return out;
    const auto ex0 = encode(std::clamp(minX, 0.0, 1.0)), ex1 = encode(std::clamp(maxX, 0.0, 1.0));
    const auto ey0 = encode(std::clamp(minY, 0.0, 1.0)), ey1 = encode(std::clamp(maxY, 0.0, 1.0));
    auto inside = [&](std::uint32_t ref) {
        const auto x = itemX(ref), y = itemY(ref);
        return x >= ex0 && x <= ex1 && y >= ey0 && y <= ey1;
    };
    const int s = level.shift;
    const auto ox = static_cast<std::uint64_t>(level.originX), oy = static_cast<std::uint64_t>(level.originY);
    const auto cx0 = unsignedCoord(ex0) >> s, cx1 = unsignedCoord(ex1) >> s;
    const auto cy0 = unsignedCoord(ey0) >> s, cy1 = unsignedCoord(ey1) >> s;
    // Cells of the level: columns [ox, ox + 2^bitsX), rows from oy.
    const std::uint64_t maxCol = ox + (std::uint64_t{1} << level.bitsX) - 2;
    if (cx1 < ox || cy1 < oy || cx0 > maxCol)
        return out;
    const auto colLo = std::max(cx0, ox) - ox, colHi = std::min(cx1, maxCol) - ox;
    if (cy0 > oy + static_cast<std::uint64_t>(level.maxRow))
        return out;
    const auto rowLo = std::max(cy0, oy) - oy;
    const auto rowHi = std::min(cy1 - oy, static_cast<std::uint64_t>(level.maxRow));
    auto keyOf = [&](std::uint32_t ref) {
        return (((unsignedCoord(itemY(ref)) >> s) - oy) << level.bitsX) |
               ((unsignedCoord(itemX(ref)) >> s) - ox);
    };
    const std::uint64_t rows = rowHi - rowLo + 1;
    if (rows * 24 >= refs.size()) { // as cheap to look at every item
        for (auto ref : refs)
            if (inside(ref))
                out.push_back(itemOf(ref));
        return out;
    }
    auto from = refs.begin();
    for (auto row = rowLo; row <= rowHi; ++row) {
        const auto lo = (row << level.bitsX) | colLo, hi = (row << level.bitsX) | colHi;
        from = std::lower_bound(from, refs.end(), lo,
                                [&](std::uint32_t ref, std::uint64_t k) { return keyOf(ref) < k; });
        for (auto i = from; i != refs.end(); ++i) {
            if (keyOf(*i) > hi)
                break;
            if (inside(*i))
                out.push_back(itemOf(*i));
        }
        if (from == refs.end())
            break;
    }
    return out;
}

std::vector<ClusterItem> ClusterIndex::getChildren(std::uint32_t clusterId) const {
    std::vector<ClusterItem> out;
    if (clusterId >= m_clusterX.size())
        return out;
    for (auto i = m_childStart[clusterId]; i < m_childStart[clusterId + 1]; ++i)
        out.push_back(itemOf(m_children[i]));
    return out;
}

std::vector<std::uint32_t> ClusterIndex::getLeaves(std::uint32_t clusterId, std::size_t limit,
                                                   std::size_t offset) const {
    std::vector<std::uint32_t> out;
    if (clusterId >= m_clusterX.size() || limit == 0)
        return out;
    std::size_t skipped = 0;
    BigVector<std::uint32_t> stack{clusterId | kClusterBit};
    // Depth-first, children in their stored order (pushed in reverse to pop in order).
    while (!stack.empty() && out.size() < limit) {
        const auto ref = stack.back();
        stack.pop_back();
        if (!(ref & kClusterBit)) {
            if (skipped < offset)
                ++skipped;
            else
                out.push_back(ref);
            continue;
        }
        const auto c = ref & ~kClusterBit;
        if (skipped + m_clusterCount[c] <= offset && ref != (clusterId | kClusterBit)) {
            skipped += m_clusterCount[c]; // skip the whole cluster
            continue;
        }
        for (auto i = m_childStart[c + 1]; i > m_childStart[c]; --i)
            stack.push_back(m_children[i - 1]);
    }
    return out;
}

int ClusterIndex::getExpansionZoom(std::uint32_t clusterId) const {
    if (clusterId >= m_clusterX.size())
        return -1;
    return m_clusterZoom[clusterId] + 1;
}

std::array<double, ClusterIndex::kCategories> ClusterIndex::categoryWeights(std::uint32_t clusterId) const {
    std::array<double, kCategories> out{};
    if (clusterId >= m_clusterX.size())
        return out;
    if (m_clusterCategories.empty())
        return out; // no point had a category
    for (std::size_t k = 0; k < kCategories; ++k)
        out[k] = m_clusterCategories[std::size_t{clusterId} * kCategories + k];
    return out;
}

ClusterItem ClusterIndex::containerAt(std::uint32_t point, int zoom) const {
    if (point >= m_pointX.size())
        return pointItem(point);
    zoom = clampZoom(zoom);
    auto parent = m_pointParent[point];
    if (parent == kNone || m_clusterZoom[parent] < zoom)
        return itemOf(point);
    return clusterContainerAt(parent, zoom);
}

ClusterItem ClusterIndex::clusterContainerAt(std::uint32_t clusterId, int zoom) const {
    if (clusterId >= m_clusterX.size())
        return clusterItem(clusterId);
    zoom = clampZoom(zoom);
    auto c = clusterId;
    while (m_clusterParent[c] != kNone && m_clusterZoom[m_clusterParent[c]] >= zoom)
        c = m_clusterParent[c];
    return itemOf(c | kClusterBit);
}

std::size_t ClusterIndex::itemCount(int zoom) const {
    if (m_levels.empty())
        return 0;
    return m_levels[static_cast<std::size_t>(clampZoom(zoom) - m_options.minZoom)].refs.size();
}

std::size_t ClusterIndex::memoryBytes() const {
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    std::size_t total = sizeof(*this);
    total += bytes(m_pointX) + bytes(m_pointY) + bytes(m_pointWeight) + bytes(m_pointCategories) +
             bytes(m_pointParent);
    total += bytes(m_clusterX) + bytes(m_clusterY) + bytes(m_clusterWeight) + bytes(m_clusterCount) +
             bytes(m_clusterZoom) + bytes(m_clusterParent) + bytes(m_clusterCategories) +
             bytes(m_childStart) + bytes(m_children);
    for (const auto& l : m_levels)
        total += sizeof(l) + bytes(l.refs);
    return total;
}

} // namespace aimap
