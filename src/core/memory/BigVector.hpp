#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <utility>
#include <vector>

namespace aimap {

/// Large blocks for the flat arrays of ClusterIndex (1 MiB and more; smaller ones use malloc).
///
/// Reuse during a build: while a BigBlockScope is alive (ClusterIndexBuilder holds one), freed
/// blocks are kept and handed out again instead of going back to the system, which would zero
/// fresh pages for every new array. The last scope to end frees them.
///
/// (Transparent huge pages were tried and dropped: with memory another process had just freed,
/// as in the side-by-side benchmark, builds slowed from ~560 to ~870 ms and varied twice as
/// much: huge pages then have to be assembled before they can be handed out.)
namespace bigblocks {
void* allocate(std::size_t bytes);
void deallocate(void* p, std::size_t bytes) noexcept;
/// Bytes currently held for reuse (for tests).
std::size_t cachedBytes();
} // namespace bigblocks

class BigBlockScope {
public:
    BigBlockScope();
    ~BigBlockScope();
    BigBlockScope(const BigBlockScope&) = delete;
    BigBlockScope& operator=(const BigBlockScope&) = delete;
};

template <class T> struct BigAllocator {
    using value_type = T;
    BigAllocator() = default;
    template <class U> BigAllocator(const BigAllocator<U>&) noexcept {}

    T* allocate(std::size_t n) { return static_cast<T*>(bigblocks::allocate(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { bigblocks::deallocate(p, n * sizeof(T)); }

    /// resize() leaves new elements default-initialised (not zeroed): the arrays are always
    /// written before they are read, and zeroing them first would double the memory traffic.
    /// Use assign() for a fill.
    template <class U> void construct(U* p) noexcept { ::new (static_cast<void*>(p)) U; }
    template <class U, class... Args> void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }

    template <class U> bool operator==(const BigAllocator<U>&) const noexcept { return true; }
    template <class U> bool operator!=(const BigAllocator<U>&) const noexcept { return false; }
};

template <class T> using BigVector = std::vector<T, BigAllocator<T>>;

} // namespace aimap
