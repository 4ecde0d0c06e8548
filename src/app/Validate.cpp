#include "app/Validate.hpp"

#include "app/Root.hpp"
#include "core/data/FormatDispatch.hpp"

#include <cstdio>
#include <cstring>
#include <string>

namespace aimap {

int validateMain(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::puts("usage: aimap validate FILE...\n"
                  "Checks aimap dataset files (JSON, or city tables as .csv/.tsv/.txt) with the\n"
                  "same loaders the viewer uses.\n"
                  "Exit code: 0 valid (warnings allowed), 1 errors, 2 a file cannot be read.");
        return argc < 2 ? 2 : 0;
    }
    // City tables are checked against the same gazetteer the viewer uses.
    Diagnostics gazetteerDiags;
    const std::string root = locateRootDir("");
    const auto gazetteer =
        root.empty() ? std::nullopt : Gazetteer::load(root + "/data/gazetteer.json", gazetteerDiags);
    int exitCode = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string path = argv[i];
        const DatasetLoadResult r = loadDatasetFile(path, gazetteer ? &*gazetteer : nullptr);
        const Diagnostics& d = r.diagnostics;
        // Errors first: they are what must be fixed before the talk. The first hundred of each
        // are listed, the rest counted.
        for (const Severity severity : {Severity::Error, Severity::Warning}) {
            for (const Diagnostic& item : d.items())
                if (item.severity == severity)
                    std::printf("%s\n", item.format().c_str());
            const bool errors = severity == Severity::Error;
            if (const std::size_t more = errors ? d.omittedErrors() : d.omittedWarnings())
                std::printf("... and %zu more %s\n", more, errors ? "errors" : "warnings");
        }
        if (r.dataset) {
            const Dataset& ds = *r.dataset;
            std::printf("%s: valid (%s): %zu cities, %zu values, %zu metrics, %zu sources, %zu "
                        "warning(s)\n",
                        path.c_str(), ds.kind.c_str(), ds.cities.size(), ds.values.size(),
                        ds.metrics.size(), ds.sources.size(), d.warningCount());
        } else if (d.anyUnreadable()) {
            std::printf("%s: cannot be read\n", path.c_str());
            exitCode = 2;
        } else {
            std::printf("%s: invalid: %zu error(s), %zu warning(s)\n", path.c_str(), d.errorCount(),
                        d.warningCount());
            if (exitCode == 0)
                exitCode = 1;
        }
    }
    return exitCode;
}

} // namespace aimap
