#include "app/Validate.hpp"

#include "app/Root.hpp"
#include "core/data/FormatDispatch.hpp"
#include "core/talk/TalkLoader.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

namespace aimap {

namespace {

// Errors first: they are what must be fixed before the talk. The first hundred of each are
// listed, the rest counted.
void printDiagnostics(const Diagnostics& d) {
    for (const Severity severity : {Severity::Error, Severity::Warning}) {
        for (const Diagnostic& item : d.items())
            if (item.severity == severity)
                std::printf("%s\n", item.format().c_str());
        const bool errors = severity == Severity::Error;
        if (const std::size_t more = errors ? d.omittedErrors() : d.omittedWarnings())
            std::printf("... and %zu more %s\n", more, errors ? "errors" : "warnings");
    }
}

// The parsed document when `path` is a talk file (JSON with an "aimap_talk" key). Tables and
// files too large to be a talk are not parsed here: a dataset is read once, by its loader.
std::optional<nlohmann::json> talkDocument(const std::string& path, Diagnostics& parsing) {
    const std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt")
        return std::nullopt;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > TalkLimits{}.maxFileBytes)
        return std::nullopt;
    // A file that does not parse is reported by the dataset loader; a talk keeps what parsing
    // found (duplicate keys).
    Diagnostics found;
    auto doc = readTalkDocument(path, found);
    if (!doc || !isTalkDocument(*doc))
        return std::nullopt;
    parsing = std::move(found);
    return doc;
}

// A talk, checked against the dataset it names (the bundled one by default) and the basemap's
// provinces. Exit code as for data files: 0 valid, 1 errors.
int validateTalk(const std::string& path, const nlohmann::json& doc, Diagnostics d,
                 const std::string& root, const Gazetteer* gazetteer) {
    const std::string reference = talkDatasetReference(doc);
    const std::string bundled = root.empty() ? std::string() : root + "/data/ai-cities.json";
    const std::string dataPath = resolveTalkDataset(path, reference, bundled);
    std::shared_ptr<const Dataset> ds;
    if (dataPath.empty()) {
        d.error(path, "/dataset", "the bundled data cannot be found to check the talk against",
                "name the dataset: \"dataset\": \"../ai-cities.json\" (relative to the talk)");
    } else {
        DatasetLoadResult data = loadDatasetFile(dataPath, gazetteer);
        const Diagnostics& dd = data.diagnostics;
        const char* hint = reference.empty() ? "the bundled data: check the installation"
                                             : "the path is relative to the talk file's folder";
        if (!data.dataset && dd.anyUnreadable()) {
            // The talk's mistake (a wrong path) first, with the reason.
            std::string why;
            for (const Diagnostic& item : dd.items())
                if (item.unreadable && why.empty())
                    why = item.message;
            d.error(path, reference.empty() ? "" : "/dataset",
                    "the talk's dataset " + dataPath + " cannot be read: " + why, hint);
        } else if (!data.dataset) {
            d.error(path, reference.empty() ? "" : "/dataset",
                    "the talk's dataset " + dataPath + " is not valid: " +
                        std::to_string(dd.errorCount()) + " error(s), listed below",
                    hint);
            d.append(dd);
        }
        ds = data.dataset;
    }
    std::optional<std::vector<ProvinceName>> provinces;
    if (!root.empty())
        provinces = loadProvinceNames(root + "/data/basemap/provinces.json", d);
    std::optional<Talk> talk;
    if (ds) {
        TalkContext ctx{ds.get(), dataPath, provinces ? &*provinces : nullptr};
        TalkLoadResult r = buildTalk(doc, path, ctx);
        d.append(r.diagnostics);
        talk = std::move(r.talk);
    }
    printDiagnostics(d);
    if (talk && !d.hasErrors()) {
        std::size_t frames = 0;
        for (const TalkScene& s : talk->scenes)
            frames += frameCount(s);
        std::printf("%s: valid talk: %zu scene(s), %zu frame(s) (clicks), on %s, %zu warning(s)\n",
                    path.c_str(), talk->scenes.size(), frames, dataPath.c_str(), d.warningCount());
        return 0;
    }
    std::printf("%s: invalid: %zu error(s), %zu warning(s)\n", path.c_str(), d.errorCount(),
                d.warningCount());
    return 1;
}

} // namespace

int validateMain(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::puts("usage: aimap validate FILE...\n"
                  "Checks aimap dataset files (JSON, or city tables as .csv/.tsv/.txt) and talk\n"
                  "files (JSON with \"aimap_talk\", against the dataset they name) with the same\n"
                  "loaders the viewer uses.\n"
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
        Diagnostics parsing;
        if (const auto talk = talkDocument(path, parsing)) {
            const int code =
                validateTalk(path, *talk, parsing, root, gazetteer ? &*gazetteer : nullptr);
            exitCode = std::max(exitCode, code);
            continue;
        }
        const DatasetLoadResult r = loadDatasetFile(path, gazetteer ? &*gazetteer : nullptr);
        const Diagnostics& d = r.diagnostics;
        printDiagnostics(d);
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
