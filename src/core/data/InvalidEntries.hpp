#pragma once

#include "core/data/Diagnostics.hpp"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace aimap {

/// Entries of one list of a dataset (its cities, metrics or sources) left out for an error of
/// their own, and how often other entries name them. Each such reference would otherwise be one
/// more "unknown city" (812 for a city with 812 values) for a single mistake; instead report()
/// says it once: "city "X" is invalid (see /cities/3), so its 812 values were skipped".
class InvalidEntries {
public:
    /// `kind` names an entry in messages: "city", "metric", "source".
    explicit InvalidEntries(std::string kind) : m_kind(std::move(kind)) {}

    /// Entry `id` at JSON pointer `pointer` has an error and is left out (ids that are empty or
    /// already marked are ignored).
    void mark(const std::string& id, const std::string& pointer);
    /// True when `id` is an invalid entry: the reference (by a value when `fromValue`, else by
    /// another entry; at `pointer` + `suffix`) is counted instead of reported. O(1).
    bool refer(const std::string& id, bool fromValue, const std::string& pointer,
               const char* suffix);
    /// One error per invalid entry that was named, at its first reference, in the order marked.
    void report(const std::string& file, Diagnostics& diags) const;

private:
    struct Entry {
        std::string id, pointer, firstReference;
        std::size_t values = 0, others = 0;
    };
    std::string m_kind;
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::size_t> m_at;
};

} // namespace aimap
