#include "app/Settings.hpp"

#include "core/data/TextDecoding.hpp"
#include "core/io/AtomicFile.hpp"
#include "core/view/Palette.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace aimap {

namespace fs = std::filesystem;

namespace {

std::string toHex(const std::string& bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

std::optional<std::string> fromHex(const std::string& hex) {
    const auto digit = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    if (hex.size() % 2)
        return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = digit(hex[i]), lo = digit(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
    }
    return out;
}

} // namespace

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
    if (j.is_object() && j.contains("contrast") && j["contrast"].is_string())
        s.palette = parsePalette(j["contrast"].get<std::string>()).value_or(Palette::Normal);
    if (j.is_object() && j.contains("recent_files") && j["recent_files"].is_array())
        for (const auto& f : j["recent_files"]) {
            if (s.recentFiles.size() >= kMaxRecent)
                break;
            if (f.is_string())
                s.recentFiles.push_back(f.get<std::string>());
            else if (f.is_object() && f.contains("path_bytes") && f["path_bytes"].is_string())
                if (auto bytes = fromHex(f["path_bytes"].get<std::string>()))
                    s.recentFiles.push_back(*bytes);
        }
    return s;
}

bool Settings::save() const {
    const std::string file = path();
    if (file.empty())
        return false;
    std::error_code ec;
    fs::create_directories(fs::path(file).parent_path(), ec);
    removeStrayTemporaries(file);
    // A path that is not valid UTF-8 (JSON text is UTF-8) is written as its bytes in hex, so that
    // it opens again; it once made the whole write throw, then came back with U+FFFD in it.
    nlohmann::json files = nlohmann::json::array();
    for (const std::string& f : recentFiles)
        if (firstInvalidUtf8(f) == std::string::npos)
            files.push_back(f);
        else
            files.push_back({{"path_bytes", toHex(f)}});
    const std::string text =
        nlohmann::json{{"recent_files", files}, {"contrast", paletteName(palette)}}.dump(1) + "\n";
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
