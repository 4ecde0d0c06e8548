#pragma once

namespace aimap {

/// Options of ClusterIndex, with supercluster's meaning and units.
struct ClusterOptions {
    double radiusPx = 40;   ///< cluster radius, pixels of a tile
    double extent = 512;    ///< tile extent, pixels (radius is relative to it)
    int minZoom = 0;        ///< lowest zoom with clusters
    int maxZoom = 16;       ///< highest zoom with clusters (<= 30); above it points stand alone
    bool countWeighted = false; ///< centroid by member count (supercluster) instead of by weight
    int threads = 2; ///< threads of the build: 1 or 2 (the index is the same, bit for bit)
};

} // namespace aimap
