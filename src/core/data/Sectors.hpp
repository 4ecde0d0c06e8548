#pragma once

#include <array>
#include <optional>
#include <string>

namespace aimap {

/// The AI-industry sectors of enterprise tables, in display order.
enum class Sector : unsigned char {
    AiChips,
    AiServers,
    SmartSensors,
    BigData,
    IoT,
    Cloud,
    EdgeComputing,
    FiveG,
    Applications,
};
constexpr std::size_t kSectorCount = 9;

struct SectorInfo {
    const char* id; ///< stable id used in files: "ai_chips"
    const char* en; ///< "AI chips"
    const char* zh; ///< "人工智能芯片"
};

const SectorInfo& sectorInfo(Sector s);

/// A sector from what people write: the id, the English or Chinese name, or a common short form
/// ("chips", "芯片", "edge", "边缘计算", "5G"), case-insensitive.
std::optional<Sector> parseSector(const std::string& text);

/// Every accepted spelling, for "did you mean" hints.
std::array<std::string, kSectorCount> sectorIds();

} // namespace aimap
