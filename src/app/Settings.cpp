#include "app/Settings.hpp"

#include "core/io/AtomicFile.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace aimap {

namespace fs = std::filesystem;

std::string Settings::path() {
    if (const char* dir = std::getenv("AIMAP_CONFIG_DIR"); dir && *dir)
        return (fs::path(dir) / "settings.json").string();
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "aimap" / "settings.json").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".config" / "aimap" / "settings.json").string();
    return {};
}

Settings Settings::load() {
    Settings s;
    const std::string file = path();
    std::ifstream in(file);
    if (!in)
        return s;
    std::ostringstream text;
    text << in.rdbuf();
    const auto j = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j.contains("recent_files") && j["recent_files"].is_array())
        for (const auto& f : j["recent_files"])
            if (f.is_string() && s.recentFiles.size() < kMaxRecent)
                s.recentFiles.push_back(f.get<std::string>());
    return s;
}

bool Settings::save() const {
    const std::string file = path();
    if (file.empty())
        return false;
    std::error_code ec;
    fs::create_directories(fs::path(file).parent_path(), ec);
    removeStrayTemporaries(file);
    // A path that is not valid UTF-8 is written with U+FFFD where its bad bytes were (JSON is
    // UTF-8), rather than failing the whole file.
    const std::string text = nlohmann::json{{"recent_files", recentFiles}}.dump(
                                 1, ' ', false, nlohmann::json::error_handler_t::replace) +
                             "\n";
    std::string error;
    return writeFileAtomically(file, text, error);
}

void Settings::addRecent(const std::string& file) {
    std::error_code ec;
    const std::string absolute = fs::absolute(file, ec).lexically_normal().string();
    const std::string entry = ec ? file : absolute;
    recentFiles.erase(std::remove(recentFiles.begin(), recentFiles.end(), entry),
                      recentFiles.end());
    recentFiles.insert(recentFiles.begin(), entry);
    if (recentFiles.size() > kMaxRecent)
        recentFiles.resize(kMaxRecent);
}

} // namespace aimap
