#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <utility>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace aimap {

/// Allocator for the large flat arrays of ClusterIndex: blocks of 1 MiB and more are 2 MiB
/// aligned and marked for transparent huge pages, so that filling them costs one page fault per
/// 2 MiB instead of one per 4 KiB. On a virtual machine a page fault costs microseconds, and a
/// million-point index touches ~100 MB: without this, faults are a third of the build time.
/// Smaller blocks (and other systems) use plain malloc.
/// Note resize() does not zero new elements (see construct): use assign() for a fill.
template <class T> struct BigAllocator {
    using value_type = T;
    BigAllocator() = default;
    template <class U> BigAllocator(const BigAllocator<U>&) noexcept {}

    static constexpr std::size_t kHuge = std::size_t{2} << 20;

    T* allocate(std::size_t n) {
        const std::size_t bytes = n * sizeof(T);
        void* p = nullptr;
        if (bytes >= (std::size_t{1} << 20)) {
            const std::size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
            p = std::aligned_alloc(kHuge, rounded);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
            if (p)
                ::madvise(p, rounded, MADV_HUGEPAGE);
#endif
        } else {
            p = std::malloc(bytes ? bytes : 1);
        }
        if (!p)
            throw std::bad_alloc();
        return static_cast<T*>(p);
    }
    void deallocate(T* p, std::size_t) noexcept { std::free(p); }

    /// resize() leaves new elements default-initialised (not zeroed): the arrays are always
    /// written before they are read, and zeroing them first would double the memory traffic.
    template <class U> void construct(U* p) noexcept { ::new (static_cast<void*>(p)) U; }
    template <class U, class... Args> void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }

    template <class U> bool operator==(const BigAllocator<U>&) const noexcept { return true; }
    template <class U> bool operator!=(const BigAllocator<U>&) const noexcept { return false; }
};

template <class T> using BigVector = std::vector<T, BigAllocator<T>>;

} // namespace aimap
