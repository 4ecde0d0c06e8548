// The shape of src/: what the architecture promises and a review would otherwise have to check
// by hand. A "module" is a .hpp/.cpp pair (src/core/data/Csv.hpp + Csv.cpp); module A depends on
// B when a file of A includes B's header.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kSrc = fs::path(AIMAP_ROOT) / "src";

struct SourceFile {
    std::string rel; ///< "core/data/Csv.cpp"
    std::vector<std::string> lines;
};

std::vector<SourceFile> sources() {
    std::vector<SourceFile> out;
    for (const auto& e : fs::recursive_directory_iterator(kSrc)) {
        const auto ext = e.path().extension();
        if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp"))
            continue;
        SourceFile f;
        f.rel = fs::relative(e.path(), kSrc).generic_string();
        std::ifstream in(e.path());
        for (std::string line; std::getline(in, line);)
            f.lines.push_back(line);
        out.push_back(std::move(f));
    }
    return out;
}

std::string moduleOf(const std::string& rel) {
    return rel.substr(0, rel.rfind('.'));
}

/// Module -> modules whose headers it includes (project headers only: "dir/Name.hpp").
std::map<std::string, std::set<std::string>> moduleGraph(const std::vector<SourceFile>& files) {
    static const std::regex include(R"(^\s*#\s*include\s*"([^"]+)\.hpp")");
    std::map<std::string, std::set<std::string>> graph;
    for (const auto& f : files) {
        auto& deps = graph[moduleOf(f.rel)];
        for (const auto& line : f.lines) {
            std::smatch m;
            if (std::regex_search(line, m, include) && m[1] != moduleOf(f.rel))
                deps.insert(m[1]);
        }
    }
    return graph;
}

/// A cycle as "a -> b -> a", or empty.
std::string findCycle(const std::map<std::string, std::set<std::string>>& graph) {
    std::map<std::string, int> state; // 0 new, 1 on the stack, 2 done
    std::vector<std::string> stack;
    std::string cycle;
    std::function<bool(const std::string&)> visit = [&](const std::string& m) {
        state[m] = 1;
        stack.push_back(m);
        const auto it = graph.find(m);
        if (it != graph.end())
            for (const auto& d : it->second) {
                if (state[d] == 1) {
                    auto from = std::find(stack.begin(), stack.end(), d);
                    for (; from != stack.end(); ++from)
                        cycle += *from + " -> ";
                    cycle += d;
                    return true;
                }
                if (state[d] == 0 && visit(d))
                    return true;
            }
        stack.pop_back();
        state[m] = 2;
        return false;
    };
    for (const auto& [m, deps] : graph)
        if (state[m] == 0 && visit(m))
            return cycle;
    return {};
}

} // namespace

TEST(SourceTree, NoIncludeCycleBetweenModules) {
    const auto graph = moduleGraph(sources());
    ASSERT_GT(graph.size(), 50u); // the tree was found
    EXPECT_EQ(findCycle(graph), "");
}

TEST(SourceTree, TheCycleFinderFindsACycle) {
    std::map<std::string, std::set<std::string>> g{
        {"core/a", {"core/b"}}, {"core/b", {"core/c"}}, {"core/c", {"core/a"}}, {"core/d", {}}};
    EXPECT_EQ(findCycle(g), "core/a -> core/b -> core/c -> core/a");
    g["core/c"].clear();
    EXPECT_EQ(findCycle(g), "");
}

TEST(SourceTree, NoPartOfTheAppIncludesApp) {
    static const std::regex includeApp(R"(^\s*#\s*include\s*["<]([^">]*/)?App\.hpp[">])");
    for (const auto& f : sources()) {
        if (f.rel == "app/App.cpp" || f.rel == "app/main.cpp")
            continue;
        for (const auto& line : f.lines)
            EXPECT_FALSE(std::regex_search(line, includeApp)) << f.rel << ": " << line;
    }
}

TEST(SourceTree, FilesStayShortAndLongOnesCarryASectionMap) {
    for (const auto& f : sources()) {
        EXPECT_LE(f.lines.size(), 700u) << f.rel << " is over 700 lines: split it";
        if (f.lines.size() <= 400)
            continue;
        bool map = false;
        for (std::size_t i = 0; i < std::min<std::size_t>(f.lines.size(), 30); ++i)
            map = map || f.lines[i].find("[SECTION]") != std::string::npos;
        EXPECT_TRUE(map) << f.rel << " has " << f.lines.size()
                         << " lines and no section map ([SECTION] lines) at its top";
    }
}
