// ClusterIndexBuilder: the build of ClusterIndex, zoom by zoom (the seeds of a zoom are in
// ClusterIndexSeeds.cpp).
//
// [SECTION] Cells: items sorted by grid cell (the points by radix sort, each zoom's items after by
//           merging the order of the zoom before)
// [SECTION] Build: points to items, every zoom, the children lists
// [SECTION] One zoom: runs, duplicates, seeds, sums, the next zoom's items
//
// Two threads: a zoom is split at a row of cells; each thread takes the seeds (and clusters) of
// its side and reads the rows of the other side only where a cluster can reach (one row), so the
// index is the one a single thread builds, bit for bit (ClusterIndexThreads.test.cpp).

#include "core/cluster/ClusterIndexBuilder.hpp"

#include "core/Trace.hpp"
#include "core/cluster/TwoThreads.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace aimap {

using namespace grid;

ClusterIndex::ClusterIndex(const std::vector<ClusterPoint>& points, const ClusterOptions& options)
    : m_options(options) {
    ClusterIndexBuilder(*this).build(points);
    traceMark("index: built, MB", static_cast<int>(memoryBytes() >> 20));
}
using namespace twothreads;

// [SECTION] Cells

ClusterIndex::Level ClusterIndexBuilder::sortByCell(Items& items, int shift) {
    ClusterIndex::Level level;
    level.shift = shift;
    const std::size_t n = items.size();
    if (n == 0)
        return level;
    // Bounds of the cells in use, then each item's cell key; both halves on two threads.
    std::uint64_t lo[2][2] = {{~0ull, ~0ull}, {~0ull, ~0ull}}, hi[2][2] = {{0, 0}, {0, 0}};
    onTwoThreads(m_two, n, [&](std::size_t from, std::size_t to, int part) {
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
    radixSortBy(m_two, items, m_itemScratch, level.bitsX + bitsY,
                [&](const Item& t) { return cellKey(level, t.x, t.y); });
    return level;
}

ClusterIndex::Level ClusterIndexBuilder::mergeByCell(Items& items, int shift) {
    ClusterIndex::Level level;
    level.shift = shift;
    const std::uint64_t minX = std::min(m_next[0].bounds[0], m_next[1].bounds[0]);
    const std::uint64_t minY = std::min(m_next[0].bounds[1], m_next[1].bounds[1]);
    const std::uint64_t maxX = std::max(m_next[0].bounds[2], m_next[1].bounds[2]);
    const std::uint64_t maxY = std::max(m_next[0].bounds[3], m_next[1].bounds[3]);
    if (minX > maxX) { // no items
        items.clear();
        return level;
    }
    // As sortByCell.
    level.originX = static_cast<std::int64_t>(minX);
    level.originY = static_cast<std::int64_t>(minY);
    level.bitsX = bitsFor(maxX - minX + 1) + 1;
    level.maxRow = static_cast<std::int64_t>(maxY - minY);

    // Movers by cell, then by place (a stable sort of them).
    auto& movers = m_next[0].movers;
    movers.insert(movers.end(), m_next[1].movers.begin(), m_next[1].movers.end());
    for (auto& mv : movers)
        mv.key = cellKey(level, mv.item.x, mv.item.y);
    std::sort(movers.begin(), movers.end(), [](const Mover& a, const Mover& b) {
        return a.key != b.key ? a.key < b.key : a.place < b.place;
    });
    auto& rows = m_next[0].rows;
    rows.insert(rows.end(), m_next[1].rows.begin(), m_next[1].rows.end());

    std::size_t total = 0; // the rows hold every item, a mover as a hole
    for (const auto& r : rows)
        total += r.end - r.begin;
    Items& out = m_itemScratch;
    out.resize(total);
    level.refs.resize(total);
    // The runs of equal cells for the next clusterZoom, found on the way (m_runsReady).
    m_runStart.resize(total + 1), m_runKey.resize(total);
    const auto originY = static_cast<std::uint64_t>(level.originY);
    const std::uint64_t none = ~0ull;
    auto newRowOf = [&](const Mover& mv) { return (mv.key >> level.bitsX) + originY; };

    // Two parts, split at a row of cells (about half the items before it): part 1 writes its
    // items after part 0's (the items of the rows before, less their holes, and the movers).
    std::size_t rowSplit = rows.size(), moverSplit = movers.size(), outSplit = total;
    if (m_two && total >= kParallelItems) {
        std::size_t seen = 0, k = 0;
        while (k < rows.size() && seen < total / 2)
            seen += rows[k].end - rows[k].begin, ++k;
        const std::uint64_t splitRow = k < rows.size() ? rows[k].row >> 1 : none;
        while (k > 0 && rows[k - 1].row >> 1 == splitRow)
            --k;
        rowSplit = k;
        moverSplit = static_cast<std::size_t>(
            std::partition_point(movers.begin(), movers.end(),
                                 [&](const Mover& mv) { return newRowOf(mv) < splitRow; }) -
            movers.begin());
        outSplit = moverSplit;
        for (std::size_t q = 0; q < rowSplit; ++q)
            outSplit += rows[q].end - rows[q].begin - rows[q].holes;
    }
    std::size_t runCount[2] = {0, 0};
    onBothParts(rowSplit < rows.size() || moverSplit < movers.size(), [&](int part) {
        std::size_t r = part == 0 ? 0 : rowSplit, mv = part == 0 ? 0 : moverSplit;
        const std::size_t rEnd = part == 0 ? rowSplit : rows.size();
        const std::size_t mvLast = part == 0 ? moverSplit : movers.size();
        std::size_t o = part == 0 ? 0 : outSplit;
        std::size_t run = o; // part 1's runs start at its first item's place, moved down after
        const std::size_t firstRun = run;
        std::uint64_t lastKey = none;
        auto emit = [&](const Item& t, std::uint64_t key) {
            out[o] = t;
            level.refs[o] = t.ref & ClusterIndex::kClusterBit ? t.ref : t.key; // a point: its index
            if (key != lastKey) {
                m_runStart[run] = static_cast<std::uint32_t>(o);
                m_runKey[run++] = key;
                lastKey = key;
            }
            ++o;
        };
        // A row of cells here is rows 2k and 2k + 1 of the zoom before (absolute rows: the new
        // cells are the old ones halved), each in cell order: merged, with the movers of the row,
        // by cell key and then place (ties: the earlier place first, as in a stable sort).
        while (r < rEnd || mv < mvLast) {
            std::uint64_t newRow = r < rEnd ? rows[r].row >> 1 : none;
            if (mv < mvLast)
                newRow = std::min(newRow, newRowOf(movers[mv]));
            std::uint32_t a = 0, aEnd = 0, b = 0, bEnd = 0;
            if (r < rEnd && rows[r].row >> 1 == newRow)
                a = rows[r].begin, aEnd = rows[r].end, ++r;
            if (r < rEnd && rows[r].row >> 1 == newRow)
                b = rows[r].begin, bEnd = rows[r].end, ++r;
            std::size_t mvEnd = mv;
            while (mvEnd < mvLast && newRowOf(movers[mvEnd]) == newRow)
                ++mvEnd;
            // Heads: key of the next item of each (none when done), skipping holes.
            auto head = [&](std::uint32_t& p, std::uint32_t end) {
                while (p < end && items[p].ref == kHole)
                    ++p;
                return p < end ? cellKey(level, items[p].x, items[p].y) : none;
            };
            std::uint64_t ka = head(a, aEnd), kb = head(b, bEnd);
            std::uint64_t km = mv < mvEnd ? movers[mv].key : none;
            while (ka != none || kb != none || km != none) {
                // The smallest (key, place); a before b on a tie (a's places are earlier).
                if (ka <= kb && (ka < km || (ka == km && a < movers[mv].place))) {
                    emit(items[a++], ka);
                    ka = head(a, aEnd);
                } else if (kb < ka && (kb < km || (kb == km && b < movers[mv].place))) {
                    emit(items[b++], kb);
                    kb = head(b, bEnd);
                } else {
                    emit(movers[mv++].item, km);
                    km = mv < mvEnd ? movers[mv].key : none;
                }
            }
        }
        runCount[part] = run - firstRun;
    });
    // Part 1's runs right after part 0's.
    std::copy(m_runStart.begin() + static_cast<std::ptrdiff_t>(outSplit),
              m_runStart.begin() + static_cast<std::ptrdiff_t>(outSplit + runCount[1]),
              m_runStart.begin() + static_cast<std::ptrdiff_t>(runCount[0]));
    std::copy(m_runKey.begin() + static_cast<std::ptrdiff_t>(outSplit),
              m_runKey.begin() + static_cast<std::ptrdiff_t>(outSplit + runCount[1]),
              m_runKey.begin() + static_cast<std::ptrdiff_t>(runCount[0]));
    m_runKey.resize(runCount[0] + runCount[1]);
    m_runStart.resize(runCount[0] + runCount[1] + 1);
    m_runStart.back() = static_cast<std::uint32_t>(total);
    m_runsReady = true;
    items.swap(out);
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

// [SECTION] Build

void ClusterIndexBuilder::build(const std::vector<ClusterPoint>& points) {
    traceMark("index: start");
    auto& o = m.m_options;
    o.maxZoom = std::clamp(o.maxZoom, 0, 30);
    o.minZoom = std::clamp(o.minZoom, 0, o.maxZoom);
    o.threads = std::clamp(o.threads, 1, 2);
    m_two = o.threads == 2;
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
    onTwoThreads(m_two, n, [&](std::size_t from, std::size_t to, int part) {
        std::size_t rejected = 0; // counted here: invalid[0] and [1] share a cache line
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
            rejected += !ok;
        }
        invalid[part] = rejected;
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
        const int shift = shiftFor(radiusAt(o, zoom - 1));
        if (m_merge) {
            m_merge = false;
            slot(zoom) = mergeByCell(its, shift);
            return;
        }
        auto level = sortByCell(its, shift);
        level.refs.resize(its.size());
        for (std::size_t i = 0; i < its.size(); ++i) // a point's key is its input index
            level.refs[i] = its[i].ref & ClusterIndex::kClusterBit ? its[i].ref : its[i].key;
        slot(zoom) = std::move(level);
    };
    traceMark("index: items");
    storeLevel(o.maxZoom + 1, items);
    traceMark("index: points sorted");
    // From here on a point item's ref is its slot, its place in this order: its weight and
    // categories are read by slot, near its neighbours' (by input index, each read was a cache
    // miss).
    if (!uniform)
        m_slotWeight.resize(items.size());
    if (m_categories)
        m_slotCategories.resize(items.size());
    onTwoThreads(m_two, items.size(), [&](std::size_t from, std::size_t to, int) {
        for (std::size_t s = from; s < to; ++s) {
            const auto point = items[s].key;
            items[s].ref = static_cast<std::uint32_t>(s);
            if (!uniform)
                m_slotWeight[s] = m.m_pointWeight[point];
            if (m_categories)
                m_slotCategories[s] = m.m_pointCategories[point];
        }
    });
    auto& profile = m.m_profile;
    profile.pointsMs = lap();
    profile.zoomMs.assign(static_cast<std::size_t>(o.maxZoom - o.minZoom + 1), 0.0);
    // Clusters: fewer than input points; crowded data makes about 0.5-0.6 per point. Reserve a
    // little more (growing would copy) and trim at the end if much was left unused.
    const std::size_t guess = items.size() * 7 / 10 + 16;
    m.m_clusterX.reserve(guess), m.m_clusterY.reserve(guess), m.m_clusterWeight.reserve(guess);
    m.m_clusterCount.reserve(guess), m.m_clusterZoom.reserve(guess), m.m_clusterParent.reserve(guess);
    if (m_categories)
        m.m_clusterCategories.reserve(guess * ClusterIndex::kCategories);
    for (int z = o.maxZoom; z >= o.minZoom; --z) {
        const auto zoomStart = m_lap;
        clusterZoom(z, items);
        storeLevel(z, items);
        profile.sortMs += lap();
        profile.zoomMs[static_cast<std::size_t>(z - o.minZoom)] =
            std::chrono::duration<double, std::milli>(m_lap - zoomStart).count();
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
    profile.childrenMs = lap();
    traceMark("index: children");
}

// [SECTION] One zoom

// One zoom of the greedy clustering, on items sorted by cells of at least the radius.
void ClusterIndexBuilder::clusterZoom(int zoom, Items& it) {
    const auto& o = m.m_options;
    const std::size_t n = it.size();
    const double r = radiusAt(o, zoom);
    const double r2 = r * r;
    // The items are sorted by exactly these cells (storeLevel used the same shift).
    const auto& level = m.m_levels[static_cast<std::size_t>(zoom + 1 - o.minZoom)];

    // Runs of equal cells, and their cell keys (found by mergeByCell, or here).
    auto& runStart = m_runStart;
    auto& runKeys = m_runKey;
    if (!m_runsReady) {
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
    }
    m_runsReady = false;
    const std::size_t runs = runKeys.size();

    // The outcome per item: a seed, or taken by the seed `parent`; clusterOf marks the seeds that
    // take someone (their new cluster numbers come below).
    auto& state = m_state;
    auto& parent = m_parent;
    auto& clusterOf = m_clusterOf;
    state.resize(n), parent.resize(n), clusterOf.resize(n);
    onTwoThreads(m_two, n, [&](std::size_t from, std::size_t to, int) {
        std::fill(state.begin() + static_cast<std::ptrdiff_t>(from),
                  state.begin() + static_cast<std::ptrdiff_t>(to), std::uint8_t{kUnknown});
        std::fill(clusterOf.begin() + static_cast<std::ptrdiff_t>(from),
                  clusterOf.begin() + static_cast<std::ptrdiff_t>(to), ClusterIndex::kNone);
    });

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
    std::size_t partSquares[2] = {0, 0};
    onTwoThreads(m_two && n >= kParallelItems, runs,
                 [&](std::size_t from, std::size_t to, int part) {
                     std::size_t sum = 0; // summed here: partSquares[0] and [1] share a cache line
                     for (std::size_t a = from; a < to; ++a) {
                         std::size_t size = runStart[a + 1] - runStart[a];
                         if (!alias.empty())
                             for (auto i = runStart[a]; i < runStart[a + 1]; ++i)
                                 size -= alias[i] != kNoAlias;
                         live[a] = static_cast<std::uint32_t>(size);
                         sum += size * size;
                     }
                     partSquares[part] = sum;
                 });
    const std::size_t squares = partSquares[0] + partSquares[1];
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
    // Two threads from here on, split at a cell row (`split`, its first item): the seed walk
    // (pairedZoom), then the sums. Part 0 owns the seeds before `split` (its clusters are
    // numbered first), part 1 the others. A cluster's members lie within one row of its seed
    // (cells are at least r), so part 0 reads the items up to the end of the split row and part 1
    // those from the row before it on, each absorbing only its own seeds' members: neither
    // writes what the other reads, and the outcome is the one-thread outcome.
    std::size_t seedFrom[2] = {0, n}, seedTo[2] = {n, n}, scanFrom[2] = {0, n}, scanTo[2] = {n, n};
    const bool two = m_two && n >= kParallelItems;
    std::size_t split = n;
    if (two) {
        auto firstOfRow = [&](std::uint64_t row) -> std::size_t { // first item in a row >= row
            const auto run = std::lower_bound(runKeys.begin(), runKeys.end(), row << level.bitsX) -
                             runKeys.begin();
            return runStart[static_cast<std::size_t>(run)]; // runStart[runs] == n
        };
        std::uint64_t row = cellKey(level, it[n / 2].x, it[n / 2].y) >> level.bitsX;
        split = firstOfRow(row);
        if (split == 0)
            split = firstOfRow(++row);
        if (split < n) { // else every item is in one row: part 0 does it all
            seedTo[0] = seedFrom[1] = split;
            scanTo[0] = firstOfRow(row + 1);
            scanFrom[1] = firstOfRow(row - 1); // row >= 1, as row 0 starts at item 0
        }
    }
    m.m_profile.runsMs += lap();
    if (candidates > budget)
        crowdedZoom(it, level, r2);
    else
        pairedZoom(it, level, r2, alias, split);
    m.m_profile.seedsMs += lap();

    // Per part, first: its gathering seeds numbered in order from 0 (part 1's numbers are offset
    // by part 0's count below), counted with its seeds (the next zoom's items). 64-byte aligned,
    // so that the two parts do not share a cache line.
    struct alignas(64) Counts {
        std::uint32_t clusters = 0, seeds = 0;
    };
    Counts counts[2];
    onBothParts(two, [&](int part) {
        Counts c;
        for (std::size_t i = seedFrom[part]; i < seedTo[part]; ++i)
            if (state[i] == kSeed) {
                ++c.seeds;
                if (clusterOf[i] != ClusterIndex::kNone)
                    clusterOf[i] = c.clusters++;
            }
        counts[part] = c;
    });
    const std::uint32_t newClusters = counts[0].clusters + counts[1].clusters;
    const auto firstId = static_cast<std::uint32_t>(m.m_clusterX.size());
    const auto total = firstId + newClusters;
    m.m_clusterX.resize(total), m.m_clusterY.resize(total), m.m_clusterWeight.resize(total);
    m.m_clusterCount.resize(total), m.m_clusterZoom.resize(total);
    m.m_clusterParent.resize(total, ClusterIndex::kNone);
    if (m_categories)
        m.m_clusterCategories.resize(std::size_t{total} * ClusterIndex::kCategories);
    auto& sums = m_sums;
    auto& cats = m_cats;
    // Sized here, zeroed by the two parts below, each its own clusters' sums.
    sums.resize(newClusters);
    if (m_categories)
        cats.resize(std::size_t{newClusters} * ClusterIndex::kCategories);
    // The next zoom's items are sorted by cells twice as large as this zoom's (radius doubled):
    // merged from this order (mergeByCell), unless the cells are not (a shift capped at 31).
    const int nextShift = shiftFor(radiusAt(o, zoom - 1));
    const bool merge = nextShift == level.shift + 1;
    auto& next = m_itemScratch; // the next zoom's items, then swapped with `it`
    next.resize(counts[0].seeds + counts[1].seeds);
    const bool uniform = m_slotWeight.empty();
    auto absorb = [&](std::size_t i, std::uint32_t c) {
        const auto ref = it[i].ref;
        const auto id = firstId + c;
        const bool cluster = (ref & ClusterIndex::kClusterBit) != 0;
        const auto child = ref & ~ClusterIndex::kClusterBit;
        const std::uint32_t count = cluster ? m.m_clusterCount[child] : 1;
        // A point's weight and categories by its slot (its place in the top level's order, near
        // its neighbours' slots), not by its input index.
        const double w = cluster   ? m.m_clusterWeight[child]
                         : uniform ? m.m_uniformWeight
                                   : m_slotWeight[ref];
        const double cnt = count;
        auto& sum = sums[c];
        sum.x += it[i].x * cnt; // exact: integers below 2^53
        sum.y += it[i].y * cnt;
        sum.wx += it[i].x * w;
        sum.wy += it[i].y * w;
        sum.w += w;
        sum.count += count;
        if (cluster)
            m.m_clusterParent[child] = id;
        else
            m.m_pointParent[it[i].key] = id; // a point's key is its input index
        if (!m_categories)
            return;
        double* into = &cats[std::size_t{c} * ClusterIndex::kCategories];
        if (cluster) {
            const float* from = &m.m_clusterCategories[std::size_t{child} * ClusterIndex::kCategories];
            for (std::size_t k = 0; k < ClusterIndex::kCategories; ++k)
                into[k] += from[k];
        } else {
            addPointCategories(m_slotCategories[ref], w, into);
        }
    };
    // Per part: its clusters numbered in its seeds' order (after part 0's), their sums, records,
    // and its seeds as the next zoom's items (gathering seeds become their clusters, at the seed's
    // place in the visiting order), after part 0's.
    onBothParts(two, [&](int part) {
        const std::size_t from = seedFrom[part], to = seedTo[part];
        // This part's clusters: numbers [cFrom, cTo), clusterOf + cFrom.
        const std::uint32_t cFrom = part == 0 ? 0 : counts[0].clusters;
        const std::uint32_t cTo = cFrom + counts[part].clusters;
        std::fill(sums.begin() + cFrom, sums.begin() + cTo, Sums{});
        if (m_categories)
            std::fill(cats.begin() + std::ptrdiff_t{cFrom} * ClusterIndex::kCategories,
                      cats.begin() + std::ptrdiff_t{cTo} * ClusterIndex::kCategories, 0.0);
        for (std::size_t i = scanFrom[part]; i < scanTo[part]; ++i) {
            // Taken: its seed's cluster; a seed: its own (kNone when it gathered no one).
            const std::size_t seed = state[i] == kTaken ? parent[i] : i;
            if (seed - from < to - from) { // this part's seed
                const auto c = clusterOf[seed];
                if (c != ClusterIndex::kNone)
                    absorb(i, cFrom + c);
            }
        }
        // The next zoom's items, with what mergeByCell needs (when merging).
        auto& nz = m_next[part];
        nz.movers.clear(), nz.rows.clear();
        std::uint64_t minX = ~0ull, minY = ~0ull, maxX = 0, maxY = 0;
        auto cell = [&](std::int32_t x, std::int32_t y) { // absolute, for comparing only
            return (unsignedCoord(y) >> nextShift) << 32 | (unsignedCoord(x) >> nextShift);
        };
        auto bound = [&](std::int32_t x, std::int32_t y) {
            const auto cx = unsignedCoord(x) >> nextShift, cy = unsignedCoord(y) >> nextShift;
            minX = std::min(minX, cx), maxX = std::max(maxX, cx);
            minY = std::min(minY, cy), maxY = std::max(maxY, cy);
        };
        std::size_t j = part == 0 ? 0 : counts[0].seeds;
        std::uint64_t row = ~0ull;
        for (std::size_t i = from; i < to; ++i) {
            if (state[i] != kSeed)
                continue;
            if (merge) {
                const auto r = unsignedCoord(it[i].y) >> level.shift;
                if (r != row) {
                    if (!nz.rows.empty())
                        nz.rows.back().end = static_cast<std::uint32_t>(j);
                    nz.rows.push_back({r, static_cast<std::uint32_t>(j), 0, 0});
                    row = r;
                }
            }
            if (clusterOf[i] == ClusterIndex::kNone) {
                if (merge)
                    bound(it[i].x, it[i].y);
                next[j++] = it[i];
                continue;
            }
            const auto c = cFrom + clusterOf[i];
            const auto& sum = sums[c];
            const double cnt = static_cast<double>(sum.count);
            double px = sum.x / cnt, py = sum.y / cnt;
            if (!o.countWeighted && sum.w > 0)
                px = sum.wx / sum.w, py = sum.wy / sum.w;
            const auto id = firstId + c;
            const auto x = static_cast<std::int32_t>(px); // truncation, as an Int32Array store
            const auto y = static_cast<std::int32_t>(py);
            m.m_clusterX[id] = x;
            m.m_clusterY[id] = y;
            m.m_clusterWeight[id] = sum.w;
            m.m_clusterCount[id] = static_cast<std::uint32_t>(sum.count);
            m.m_clusterZoom[id] = static_cast<std::int8_t>(zoom);
            if (m_categories)
                for (std::size_t k = 0; k < ClusterIndex::kCategories; ++k)
                    m.m_clusterCategories[std::size_t{id} * ClusterIndex::kCategories + k] =
                        static_cast<float>(cats[std::size_t{c} * ClusterIndex::kCategories + k]);
            const Item made{x, y, it[i].key, id | ClusterIndex::kClusterBit};
            if (merge)
                bound(x, y);
            if (merge && cell(x, y) != cell(it[i].x, it[i].y)) { // a mover
                nz.movers.push_back({made, 0, static_cast<std::uint32_t>(j)});
                ++nz.rows.back().holes;
                next[j++] = {0, 0, 0, kHole};
                continue;
            }
            next[j++] = made;
        }
        if (!nz.rows.empty())
            nz.rows.back().end = static_cast<std::uint32_t>(j);
        nz.bounds[0] = minX, nz.bounds[1] = minY, nz.bounds[2] = maxX, nz.bounds[3] = maxY;
    });
    m_merge = merge;
    it.swap(next);
    m.m_profile.sumsMs += lap();
}

} // namespace aimap
