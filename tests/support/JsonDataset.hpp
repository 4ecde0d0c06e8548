#pragma once

// A dataset from JSON text, for unit tests (gtest only: the fuzzers use Fixtures.hpp).

#include "core/data/DatasetLoader.hpp"
#include "core/data/JsonFile.hpp"

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

/// `text` parsed and built as the file "in.json" (no file written): the dataset, or the
/// diagnostics of the parse and the build.
inline DatasetLoadResult loadJsonText(const std::string& text) {
    DatasetLoadResult r;
    auto doc = parseJsonText(text, "in.json", Limits{}, r.diagnostics);
    if (!doc)
        return r;
    auto built = buildDataset(*doc, "in.json");
    r.diagnostics.append(built.diagnostics);
    if (!r.diagnostics.hasErrors())
        r.dataset = built.dataset;
    return r;
}

} // namespace aimap::test
