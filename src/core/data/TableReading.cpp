#include "core/data/TableReading.hpp"

namespace aimap {

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
