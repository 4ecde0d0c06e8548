#include "app/Root.hpp"

#include <filesystem>
#include <vector>

namespace aimap {

std::string locateRootDir(const std::string& override) {
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (!override.empty())
        candidates.emplace_back(override);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        candidates.push_back(exe.parent_path().parent_path());
        candidates.push_back(exe.parent_path().parent_path() / "share/aimap");
    }
    candidates.emplace_back(AIMAP_SOURCE_DIR);
    for (const auto& c : candidates)
        if (fs::exists(c / "data" / "basemap" / "provinces.json", ec) &&
            fs::exists(c / "shaders" / "marker.frag", ec))
            return c.string();
    return {};
}

} // namespace aimap
