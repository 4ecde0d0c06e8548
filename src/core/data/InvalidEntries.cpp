#include "core/data/InvalidEntries.hpp"

namespace aimap {

void InvalidEntries::mark(const std::string& id, const std::string& pointer) {
    if (id.empty() || !m_at.emplace(id, m_entries.size()).second)
        return;
    m_entries.push_back({id, pointer, {}, 0, 0});
}

bool InvalidEntries::refer(const std::string& id, bool fromValue, const std::string& pointer,
                           const char* suffix) {
    if (m_entries.empty())
        return false;
    const auto it = m_at.find(id);
    if (it == m_at.end())
        return false;
    Entry& e = m_entries[it->second];
    if (e.values + e.others == 0)
        e.firstReference = pointer + suffix;
    ++(fromValue ? e.values : e.others);
    return true;
}

void InvalidEntries::report(const std::string& file, Diagnostics& diags) const {
    for (const Entry& e : m_entries) {
        if (e.values + e.others == 0)
            continue;
        diags.reportError(file, [&] {
            const auto count = [](std::size_t n, const char* one, const char* many) {
                return std::to_string(n) + " " + (n == 1 ? one : many);
            };
            std::string what;
            if (e.values > 0)
                what = "its " + count(e.values, "value", "values");
            if (e.others > 0)
                what += (what.empty() ? "the " : " and ") +
                        count(e.others, "other entry naming it", "other entries naming it");
            const bool plural = e.values + e.others > 1;
            return Finding{e.firstReference,
                           m_kind + " \"" + e.id + "\" is invalid (see " + e.pointer + "), so " +
                               what + (plural ? " were skipped" : " was skipped"),
                           "fix the " + m_kind + " at " + e.pointer};
        });
    }
}

} // namespace aimap
