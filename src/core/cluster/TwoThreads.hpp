#pragma once

#include "core/memory/BigVector.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <thread>
#include <vector>

namespace aimap::twothreads {

/// Work split in two halves run at once, for ClusterIndex's build.

// Below this many items a zoom is done on one thread (starting one costs more than it saves).
inline constexpr std::size_t kParallelItems = 32768;

// Runs f(from, to, part) on [0, half) here and on [half, n) on a second thread (part 1), or on
// all of [0, n) here when the range is too small to be worth a thread (or `two` is false).
template <class F> void onTwoThreads(bool two, std::size_t n, F&& f) {
    const std::size_t half = two && n >= kParallelItems ? n / 2 : n;
    std::thread other;
    if (half < n)
        other = std::thread([&] { f(half, n, 1); });
    f(std::size_t{0}, half, 0);
    if (other.joinable())
        other.join();
}

// Runs f(0) here and f(1) on a second thread, or both here one after the other when `two` is
// false; the caller gives each part its own range, so the outcome is the same either way.
template <class F> void onBothParts(bool two, F&& f) {
    std::thread other;
    if (two)
        other = std::thread([&] { f(1); });
    f(0);
    if (other.joinable())
        other.join();
    else
        f(1);
}

// Stable LSD radix sort of `items` by key(item) (keyBits wide), at most 12 bits per pass, with
// `scratch` as the second buffer. Each pass counts and moves the two halves of the input on two
// threads (the second half's items go after the first half's in every bucket: stable). Sorting
// the items themselves, with the key computed on the fly, needs no key or permutation arrays:
// fresh memory costs more than the arithmetic on a virtual machine.
template <class T, class Key>
void radixSortBy(bool two, BigVector<T>& items, BigVector<T>& scratch, int keyBits, Key key) {
    const std::size_t n = items.size();
    const int passes = std::max(1, (keyBits + 11) / 12);
    const int digit = (keyBits + passes - 1) / passes;
    const std::size_t buckets = std::size_t{1} << digit;
    std::vector<std::uint32_t> count(2 * buckets);
    for (int shift = 0; shift < keyBits; shift += digit) {
        std::fill(count.begin(), count.end(), 0u); // both halves: a small input has only one
        onTwoThreads(two, n, [&](std::size_t from, std::size_t to, int part) {
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
        onTwoThreads(two, n, [&](std::size_t from, std::size_t to, int part) {
            std::uint32_t* c = &count[static_cast<std::size_t>(part) * buckets];
            for (std::size_t i = from; i < to; ++i)
                scratch[c[(key(items[i]) >> shift) & (buckets - 1)]++] = items[i];
        });
        items.swap(scratch);
    }
}

} // namespace aimap::twothreads
