#pragma once

#include <cstddef>

namespace aimap {

/// Every bound applied to input files, in one place. Values are chosen so that legitimate
/// files are far from them and hostile ones fail fast instead of exhausting memory or stack.
struct Limits {
    std::size_t maxFileBytes = 256u * 1024 * 1024; ///< checked before reading (1M enterprises: ~110 MB)
    int maxJsonDepth = 64;                        ///< nesting of [ and { (nlohmann 3.11 has none)
    std::size_t maxCities = 100000;
    std::size_t maxValues = 2000000;
    std::size_t maxSources = 100000;
    std::size_t maxStringBytes = 4096; ///< any single string value
    std::size_t maxColumns = 16384;    ///< cells of a table's header (a spreadsheet's maximum)
    int minYear = 1949;
    int maxYear = 2100;
    double maxAbsValue = 1e18; ///< larger figures are typing mistakes, not data
};

} // namespace aimap
