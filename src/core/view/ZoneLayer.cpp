#include "core/view/ZoneLayer.hpp"

#include "core/data/Text.hpp"

#include <cmath>

namespace aimap {
namespace {

bool approvedBy(const PilotZone& z, int year) {
    const auto y = approvalYear(z.date);
    return year == 0 || !y || *y <= year;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(' ');
    const auto e = s.find_last_not_of(' ');
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

} // namespace

std::optional<int> approvalYear(const std::string& date) {
    if (date.size() < 4)
        return std::nullopt;
    int y = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (date[i] < '0' || date[i] > '9')
            return std::nullopt;
        y = y * 10 + (date[i] - '0');
    }
    if (date.size() > 4 && date[4] >= '0' && date[4] <= '9')
        return std::nullopt; // five digits: not a year
    return y;
}

std::vector<ZoneMark> zoneMarks(const Dataset& ds, ProgrammeMask shown, int year) {
    std::vector<ZoneMark> out;
    for (std::size_t p = 0; p < ds.programmes.size() && p < 32; ++p) {
        if (!(shown & (ProgrammeMask{1} << p)))
            continue;
        const auto& zones = ds.programmes[p].zones;
        for (std::size_t z = 0; z < zones.size(); ++z)
            for (std::size_t city : zones[z].cities)
                out.push_back({city, p, z, approvedBy(zones[z], year)});
    }
    return out;
}

std::string programmeShortName(const Programme& p) {
    const auto close = p.nameEn.rfind(')');
    const auto open = close == std::string::npos ? std::string::npos : p.nameEn.rfind('(', close);
    if (open != std::string::npos && close == p.nameEn.find_last_not_of(' ')) {
        const std::string inside = trim(p.nameEn.substr(open + 1, close - open - 1));
        if (!inside.empty())
            return inside;
    }
    if (!trim(p.nameEn).empty())
        return trim(p.nameEn);
    return p.id;
}

ProgrammeMask parseProgrammes(const Dataset& ds, const std::string& list, std::string& error) {
    ProgrammeMask mask = 0;
    std::size_t at = 0;
    while (at <= list.size()) {
        const auto comma = list.find(',', at);
        const std::string word =
            asciiLower(trim(list.substr(at, comma == std::string::npos ? std::string::npos : comma - at)));
        at = comma == std::string::npos ? list.size() + 1 : comma + 1;
        if (word.empty() || word == "none")
            continue;
        bool found = false;
        for (std::size_t p = 0; p < ds.programmes.size() && p < 32; ++p) {
            const Programme& prog = ds.programmes[p];
            if (word == "all" || word == asciiLower(prog.id) ||
                word == asciiLower(programmeShortName(prog))) {
                mask |= ProgrammeMask{1} << p;
                found = true;
            }
        }
        if (!found && word != "all") {
            error = "unknown pilot-zone programme '" + word + "'; programmes:";
            for (const auto& prog : ds.programmes)
                error += " " + programmeShortName(prog) + " (" + prog.id + ")";
            if (ds.programmes.empty())
                error += " none in this dataset";
            error += "\n";
            return 0;
        }
    }
    return mask;
}

ProgrammeMask keepProgrammes(const Dataset& previous, const Dataset& next, ProgrammeMask shown) {
    ProgrammeMask out = 0;
    for (std::size_t p = 0; p < previous.programmes.size() && p < 32; ++p) {
        if (!(shown & (ProgrammeMask{1} << p)))
            continue;
        for (std::size_t q = 0; q < next.programmes.size() && q < 32; ++q)
            if (next.programmes[q].id == previous.programmes[p].id)
                out |= ProgrammeMask{1} << q;
    }
    return out;
}

ZoneShape zoneShape(std::size_t programme) {
    const double pi = std::acos(-1.0);
    switch (programme) {
    case 0:
        return {4, 0.0, 11.0};
    case 1:
        return {4, pi / 4, 7.0};
    default:
        return {3, 0.0, 14.0};
    }
}

ZoneCount countZones(const Programme& p, int year) {
    ZoneCount c;
    c.total = p.zones.size();
    for (const auto& z : p.zones)
        c.approved += approvedBy(z, year);
    return c;
}

double zoneSymbolExtentPx(std::size_t programme, double uiScale) {
    return (zoneShape(programme).radiusPx + 1.5 + 5.5 / 2) * uiScale;
}

} // namespace aimap
