#include "core/data/TableReading.hpp"

#include <cstring>

namespace aimap {

void splitUnit(const std::string& header, std::string& label, std::string& unit) {
    label = header;
    unit.clear();
    static const std::pair<const char*, const char*> kBrackets[] = {
        {"(", ")"}, {"[", "]"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}}; // （ ）
    for (const auto& [open, close] : kBrackets) {
        const std::size_t closeSize = std::strlen(close);
        const auto a = header.rfind(open);
        if (a == std::string::npos || a == 0 || header.size() < closeSize ||
            header.compare(header.size() - closeSize, closeSize, close) != 0)
            continue;
        const std::size_t from = a + std::strlen(open);
        if (from > header.size() - closeSize)
            continue;
        label = trimCell(header.substr(0, a));
        unit = trimCell(header.substr(from, header.size() - closeSize - from));
        return;
    }
}

std::string cellLocation(std::size_t line, std::size_t column) {
    return std::to_string(line) + ":" + std::to_string(column + 1);
}

void reportAmbiguousCity(const Gazetteer::Match& match, const std::string& name,
                         const std::string& path, const std::string& location, Diagnostics& diags) {
    diags.reportError(path, [&] {
        std::string list;
        for (const auto* c : match.candidates)
            list +=
                (list.empty() ? "" : " or ") + c->nameZh + " " + c->nameEn + " (" + c->code + ")";
        return Finding{location, "\"" + name + "\" is ambiguous: " + list,
                       "write the Chinese name or the 6-digit code"};
    });
}

} // namespace aimap
