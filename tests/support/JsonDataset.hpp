#pragma once

// A dataset from JSON text, for unit tests (gtest only: the fuzzers use Fixtures.hpp).

#include "core/data/DatasetLoader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>

namespace aimap::test {

/// `text` written to the test's temporary folder as aimap_`name`.json and loaded as the viewer
/// loads a file; fails the test (and returns null) when it does not load.
inline std::shared_ptr<const Dataset> loadJsonDataset(const std::string& text,
                                                      const std::string& name) {
    const std::string path = testing::TempDir() + "aimap_" + name + ".json";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    auto r = loadDataset(path);
    EXPECT_TRUE(r.dataset) << r.diagnostics.format();
    return r.dataset;
}

} // namespace aimap::test
