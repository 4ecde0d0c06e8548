#pragma once

#include "core/data/Dataset.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aimap {

// The pilot-zone layer: the zones of the national programmes a presenter switches on, marked on
// their cities. A zone is a status, not a size: each programme has a symbol of fixed size (never
// a circle area), and the layer follows the year shown (zones approved later are drawn faint).

/// The year a zone was approved, read from the start of its date as published ("2019-02",
/// "2021-12 (letters published ...)"); nullopt when the date does not start with a year.
std::optional<int> approvalYear(const std::string& date);

/// One zone on one city (a joint zone such as Jinan–Qingdao marks each of its cities).
struct ZoneMark {
    std::size_t city = 0;
    std::size_t programme = 0; ///< index into Dataset::programmes
    std::size_t zone = 0;      ///< index into the programme's zones
    /// Approved by the end of the year shown (or its date gives no year, so it cannot be told).
    bool approved = true;
};

/// Bit i of a mask = programme i is shown. At most 32 programmes can be switched on.
using ProgrammeMask = std::uint32_t;

/// The marks of the programmes in `shown`, by programme then zone then city; `year` 0 marks every
/// zone approved.
std::vector<ZoneMark> zoneMarks(const Dataset& ds, ProgrammeMask shown, int year);

/// A programme's short name for a check box: the last parenthesised part of its English name
/// ("... Pilot Zone (MOST)" gives "MOST"), else its English name, else its id.
std::string programmeShortName(const Programme& p);

/// Programmes named by a comma-separated list of ids or short names (case-insensitive), or
/// "all" / "none". Sets `error` (listing the choices) for an unknown name.
ProgrammeMask parseProgrammes(const Dataset& ds, const std::string& list, std::string& error);

/// The programmes of `next` with the same ids as those shown in `previous` (a reload).
ProgrammeMask keepProgrammes(const Dataset& previous, const Dataset& next, ProgrammeMask shown);

/// The symbol of programme `programme` on the map and in the legend: 0 a diamond, 1 a square (drawn inside the diamond when a city
/// has both), 2 and on a triangle. Fixed sizes: a zone is a status, never a size.
struct ZoneShape {
    int sides = 4;
    double rotation = 0;  ///< radians of the first vertex from straight up
    double radiusPx = 10; ///< centre to vertex, at UI scale 1
};
ZoneShape zoneShape(std::size_t programme);

/// How far from its centre a programme's symbol reaches on screen at `uiScale`, halo included
/// (render/ZoneMarkers draws the outline at radiusPx with a 5.5 px halo 1.5 px outside it): map
/// labels keep this clear of a zone city's point.
double zoneSymbolExtentPx(std::size_t programme, double uiScale);

/// For the legend: how many zones of a programme are approved by the end of `year` (0: all).
struct ZoneCount {
    std::size_t approved = 0;
    std::size_t total = 0;
};
ZoneCount countZones(const Programme& p, int year);

} // namespace aimap
