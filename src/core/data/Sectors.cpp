#include "core/data/Sectors.hpp"

#include "core/data/Csv.hpp"

#include <cctype>
#include <map>

namespace aimap {
namespace {

const SectorInfo kSectors[kSectorCount] = {
    {"ai_chips", "AI chips", "\xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE8\x83\xBD\xE8\x8A\xAF\xE7\x89\x87"},
    {"ai_servers", "AI servers", "\xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE8\x83\xBD\xE6\x9C\x8D\xE5\x8A\xA1\xE5\x99\xA8"},
    {"smart_sensors", "Smart sensors", "\xE6\x99\xBA\xE8\x83\xBD\xE4\xBC\xA0\xE6\x84\x9F\xE5\x99\xA8"},
    {"big_data", "Big data", "\xE5\xA4\xA7\xE6\x95\xB0\xE6\x8D\xAE"},
    {"iot", "IoT", "\xE7\x89\xA9\xE8\x81\x94\xE7\xBD\x91"},
    {"cloud", "Cloud computing", "\xE4\xBA\x91\xE8\xAE\xA1\xE7\xAE\x97"},
    {"edge_computing", "Edge computing", "\xE8\xBE\xB9\xE7\xBC\x98\xE8\xAE\xA1\xE7\xAE\x97"},
    {"5g", "5G", "5G"},
    {"applications", "Application fields", "\xE5\xBA\x94\xE7\x94\xA8\xE9\xA2\x86\xE5\x9F\x9F"},
};

std::string fold(const std::string& s) {
    std::string out;
    for (char c : trimCell(s)) {
        const auto u = static_cast<unsigned char>(c);
        if (c == ' ' || c == '-' || c == '_')
            continue;
        out += static_cast<char>(std::tolower(u));
    }
    return out;
}

const std::map<std::string, Sector>& aliases() {
    static const std::map<std::string, Sector> table = [] {
        std::map<std::string, Sector> m;
        for (std::size_t i = 0; i < kSectorCount; ++i) {
            const auto s = static_cast<Sector>(i);
            m[fold(kSectors[i].id)] = s;
            m[fold(kSectors[i].en)] = s;
            m[fold(kSectors[i].zh)] = s;
        }
        const std::pair<const char*, Sector> extra[] = {
            {"chips", Sector::AiChips}, {"chip", Sector::AiChips},
            {"\xE8\x8A\xAF\xE7\x89\x87", Sector::AiChips},                       // 芯片
            {"servers", Sector::AiServers}, {"server", Sector::AiServers},
            {"\xE6\x9C\x8D\xE5\x8A\xA1\xE5\x99\xA8", Sector::AiServers},         // 服务器
            {"sensors", Sector::SmartSensors}, {"sensor", Sector::SmartSensors},
            {"\xE4\xBC\xA0\xE6\x84\x9F\xE5\x99\xA8", Sector::SmartSensors},      // 传感器
            {"internetofthings", Sector::IoT}, {"cloud", Sector::Cloud},
            {"\xE4\xBA\x91", Sector::Cloud},                                     // 云
            {"edge", Sector::EdgeComputing}, {"applications", Sector::Applications},
            {"application", Sector::Applications},
            {"\xE5\xBA\x94\xE7\x94\xA8", Sector::Applications},                  // 应用
        };
        for (const auto& [k, v] : extra)
            m[fold(k)] = v;
        return m;
    }();
    return table;
}

} // namespace

const SectorInfo& sectorInfo(Sector s) { return kSectors[static_cast<std::size_t>(s)]; }

std::optional<Sector> parseSector(const std::string& text) {
    const auto& a = aliases();
    auto it = a.find(fold(text));
    if (it == a.end())
        return std::nullopt;
    return it->second;
}

std::array<std::string, kSectorCount> sectorIds() {
    std::array<std::string, kSectorCount> ids;
    for (std::size_t i = 0; i < kSectorCount; ++i)
        ids[i] = kSectors[i].id;
    return ids;
}

} // namespace aimap
