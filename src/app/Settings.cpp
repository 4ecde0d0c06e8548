#include "app/Settings.hpp"

#include "core/data/JsonFile.hpp"
#include "core/data/TextDecoding.hpp"
#include "core/io/AtomicFile.hpp"
#include "core/view/Palette.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>

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

namespace {

/// A path stored as a JSON string, or as {"path_bytes": hex} when it is not UTF-8.
nlohmann::json pathJson(const std::string& f) {
    if (firstInvalidUtf8(f) == std::string::npos)
        return f;
    return {{"path_bytes", toHex(f)}};
}

std::optional<std::string> pathFrom(const nlohmann::json& j) {
    if (j.is_string())
        return j.get<std::string>();
    if (j.is_object() && j.contains("path_bytes") && j["path_bytes"].is_string())
        return fromHex(j["path_bytes"].get<std::string>());
    return std::nullopt;
}

} // namespace

Settings Settings::load() {
    Settings s;
    const std::string file = path();
    std::error_code missing;
    if (file.empty() || !fs::exists(file, missing))
        return s;
    Limits limits;
    limits.maxFileBytes = 1u << 20; // a settings file is a few hundred bytes
    Diagnostics diags;
    std::optional<nlohmann::json> parsed;
    if (const auto text = readFileBytes(file, limits, diags))
        parsed = parseJsonText(*text, file, limits, diags);
    if (!parsed) {
        // Kept beside, so that a hand edit is not lost; the next save writes a good file.
        std::error_code ec;
        fs::rename(file, file + ".broken", ec);
        for (Diagnostic d : diags.items()) {
            d.severity = Severity::Warning; // the data shown is fine
            s.problems.push_back(d);
        }
        s.problems.push_back({Severity::Warning, file, "",
                              "the settings cannot be read: aimap starts with its defaults",
                              ec ? std::string() : "the file was kept as " + file + ".broken"});
        return s;
    }
    const nlohmann::json& j = *parsed;
    if (!j.is_object()) {
        s.problems.push_back({Severity::Warning, file, "",
                              "the settings are not a JSON object; aimap uses its defaults", ""});
        return s;
    }
    const auto problem = [&](const std::string& pointer, const std::string& what) {
        s.problems.push_back({Severity::Warning, file, pointer, what, "its default is used"});
    };
    if (j.contains("contrast")) {
        const auto& c = j["contrast"];
        if (const auto p = c.is_string() ? parsePalette(c.get<std::string>()) : std::nullopt)
            s.palette = *p;
        else
            problem("/contrast", "should be \"normal\" or \"high\", is " + c.dump());
    }
    if (j.contains("labels")) {
        const auto& l = j["labels"];
        if (l.is_string() && (l == "zh" || l == "en" || l == "both"))
            s.labels = l.get<std::string>();
        else
            problem("/labels", "should be \"zh\", \"en\" or \"both\", is " + l.dump());
    }
    if (j.contains("last_talk")) {
        if (auto t = pathFrom(j["last_talk"]))
            s.lastTalk = *t;
        else
            problem("/last_talk", "should be a file path, is " + j["last_talk"].dump());
    }
    if (j.contains("window")) {
        const auto& w = j["window"];
        const auto side = [&](const char* key) -> std::optional<unsigned> {
            if (!w.is_object() || !w.contains(key) || !w[key].is_number_integer())
                return std::nullopt;
            const auto v = w[key].get<long long>();
            return v >= 320 && v <= 16384 ? std::optional<unsigned>(static_cast<unsigned>(v))
                                          : std::nullopt;
        };
        const auto width = side("width"), height = side("height");
        if (width && height)
            s.windowSize = std::make_pair(*width, *height);
        else
            problem("/window",
                    "should be {\"width\": W, \"height\": H} in pixels (320-16384), is " +
                        w.dump());
    }
    if (j.contains("recent_files")) {
        const auto& files = j["recent_files"];
        if (!files.is_array())
            problem("/recent_files", "should be a list of file paths");
        else
            for (std::size_t i = 0; i < files.size() && s.recentFiles.size() < kMaxRecent; ++i) {
                if (auto f = pathFrom(files[i]))
                    s.recentFiles.push_back(*f);
                else
                    problem("/recent_files/" + std::to_string(i),
                            "should be a file path, is " + files[i].dump());
            }
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
        files.push_back(pathJson(f));
    nlohmann::json j{{"recent_files", files}, {"contrast", paletteName(palette)}};
    if (!labels.empty())
        j["labels"] = labels;
    if (!lastTalk.empty())
        j["last_talk"] = pathJson(lastTalk);
    if (windowSize)
        j["window"] = {{"width", windowSize->first}, {"height", windowSize->second}};
    const std::string text = j.dump(1) + "\n";
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

std::string Settings::lastDataFile() const {
    std::error_code ec;
    return !recentFiles.empty() && fs::is_regular_file(recentFiles.front(), ec)
               ? recentFiles.front()
               : std::string();
}

} // namespace aimap
