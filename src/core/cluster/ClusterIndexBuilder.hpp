#pragma once

#include "core/cluster/ClusterGrid.hpp"
#include "core/cluster/ClusterIndex.hpp"
#include "core/memory/BigVector.hpp"

#include <chrono>
#include <cstdint>
#include <vector>

namespace aimap {

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
    // up by `ref` when a cluster absorbs the item (a minority of the items at most zooms): a
    // cluster's by its id, a point's by its slot (its place in the top level's order; its input
    // index is its key).
    struct Item {
        std::int32_t x, y;
        std::uint32_t key, ref;
    };
    using Items = BigVector<Item>;
    // An item's state in a zoom (m_state), and "no alias" (an item that is not a duplicate).
    enum : std::uint8_t { kUnknown = 0, kSeed = 1, kTaken = 2, kBlocked = 3 };
    static constexpr std::uint32_t kNoAlias = 0xffffffffu;

    // Sorts the items by cell (row-major, cells of 2^shift) and returns the level record.
    ClusterIndex::Level sortByCell(Items& items, int shift);
    // The same for the items a zoom left (m_merge): they are in the order of cells half as large,
    // so each row of cells is the merge of two rows before, and the clusters whose centroid left
    // their seed's cell (m_movers) are merged in. Gives the order sortByCell gives (a stable sort).
    ClusterIndex::Level mergeByCell(Items& items, int shift);
    void clusterZoom(int zoom, Items& items); ///< items become the next zoom's, in place
    /// clusterZoom's seeds from neighbour pairs, or (crowdedZoom) seed by seed for a zoom too
    /// crowded for pairs; both fill m_state, m_parent and the marks in m_clusterOf.
    void pairedZoom(const Items& items, const ClusterIndex::Level& level, double r2,
                    const BigVector<std::uint32_t>& alias, std::size_t split);
    void crowdedZoom(const Items& items, const ClusterIndex::Level& level, double r2);
    static void addPointCategories(unsigned bits, double weight, double* into);
    // The item's cell key at a level: row-major, rows of 2^bitsX columns.
    static std::uint64_t cellKey(const ClusterIndex::Level& l, std::int32_t x, std::int32_t y) {
        const auto cx = (grid::unsignedCoord(x) >> l.shift) - static_cast<std::uint64_t>(l.originX);
        const auto cy = (grid::unsignedCoord(y) >> l.shift) - static_cast<std::uint64_t>(l.originY);
        return (cy << l.bitsX) | cx;
    }

    // Milliseconds since the last lap (or construction), for ClusterIndex::buildProfile.
    double lap() {
        const auto now = std::chrono::steady_clock::now();
        const double ms = std::chrono::duration<double, std::milli>(now - m_lap).count();
        m_lap = now;
        return ms;
    }

    // What clusterZoom leaves for mergeByCell, per part: the next zoom's items in their places,
    // with a hole (ref kHole) where a cluster moved to another cell of the next zoom (a mover,
    // set aside with its place); where each row of the zoom's cells begins and ends among them;
    // the bounds of the next zoom's cells (min x, min y, max x, max y).
    static constexpr std::uint32_t kHole = 0xffffffffu;
    struct Mover {
        Item item;
        std::uint64_t key; ///< cell key at the next level (set by mergeByCell)
        std::uint32_t place;
    };
    struct RowSpan {
        std::uint64_t row; ///< absolute row of the zoom's cells
        std::uint32_t begin, end, holes;
    };
    struct alignas(64) NextZoom {
        std::vector<Mover> movers;
        std::vector<RowSpan> rows;
        std::uint64_t bounds[4];
    };
    NextZoom m_next[2];
    bool m_merge = false;     ///< clusterZoom left the items for mergeByCell
    bool m_runsReady = false; ///< mergeByCell found the next clusterZoom's runs

    ClusterIndex& m;
    std::chrono::steady_clock::time_point m_lap = std::chrono::steady_clock::now();
    BigBlockScope m_reuse; // freed scratch blocks are reused until the build ends
    // Scratch reused across zooms (fresh allocations per zoom cost more in page faults than
    // the work itself).
    BigVector<std::uint64_t> m_runKey;
    BigVector<std::uint32_t> m_runStart, m_start, m_earlier, m_parent, m_clusterOf;
    Items m_itemScratch;
    bool m_categories = false; ///< any point has a category (else no per-category sums)
    bool m_two = true;         ///< two threads (options.threads)
    struct Pair {
        std::uint32_t later, earlier; ///< items, by visiting order
    };
    BigVector<Pair> m_pairs[2]; ///< per sweep thread; sized to the most a zoom needed so far
    // A new cluster's sums over its members, in one place (one cache line, not six arrays).
    struct Sums {
        double x = 0, y = 0;   ///< count-weighted coordinates
        double wx = 0, wy = 0; ///< weight-weighted coordinates
        double w = 0;          ///< weight
        std::uint64_t count = 0;
    };
    BigVector<Sums> m_sums;
    BigVector<double> m_cats;
    BigVector<std::uint8_t> m_state;
    // Point weights and categories by slot (a point item's ref: its place in the top level's
    // order); no weights when every point weighs the same.
    BigVector<double> m_slotWeight;
    BigVector<std::uint16_t> m_slotCategories;
};

} // namespace aimap
