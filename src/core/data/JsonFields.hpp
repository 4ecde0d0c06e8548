#pragma once

#include "core/data/Dataset.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Limits.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aimap {

/// A key as a JSON pointer token ("a/b" -> "a~1b").
std::string escapePointer(const std::string& key);

/// "a string", "an object", "a number"... for messages.
const char* typeName(const nlohmann::json& j);

/// A JSON value as written, cut to about 40 bytes ("\"banana\"", "[1,2,3]", "\"xxxx…\"").
std::string shortJson(const nlohmann::json& j);

/// "too many values: 2,000,001 (the limit is 2,000,000)".
std::string tooMany(const char* what, std::size_t count, std::size_t limit);

/// Reads the fields of one JSON object of a data file, reporting each problem with a JSON
/// pointer: wrong type, a string over the length limit, a number that is not finite, a required
/// field that is missing. Remembers the keys asked for, so that warnUnknown() can warn
/// about the others (usually typos). Keys are string literals.
class Fields {
public:
    Fields(const nlohmann::json& obj, std::string pointer, const std::string& file,
           const Limits& limits, Diagnostics& diags)
        : m_obj(obj), m_ptr(std::move(pointer)), m_file(file), m_limits(limits), m_diags(diags) {}

    /// The pointer of a field of this object.
    std::string at(std::string_view key) const;
    /// The field, or null when absent; marks the key as known.
    const nlohmann::json* find(std::string_view key) const;

    /// A string field ("" when absent or wrong, with an error when required or wrong).
    std::string str(std::string_view key, bool required) const;
    std::optional<double> number(std::string_view key, bool required) const;
    std::vector<std::string> strings(std::string_view key, bool required) const;

    /// Warns about keys that were never asked for ("did you mean" among the known ones).
    void warnUnknown() const;
    /// The document that warnUnknown() points to when no known key is close (the dataset
    /// format's by default; talks name docs/talks.md).
    Fields& documentedIn(const char* document) {
        m_document = document;
        return *this;
    }

private:
    const nlohmann::json& m_obj;
    std::string m_ptr;
    const std::string& m_file;
    const Limits& m_limits;
    Diagnostics& m_diags;
    mutable std::vector<std::string_view> m_known; ///< a handful of literals: a vector is fastest
    const char* m_document = "docs/data-format.md";
};

/// One source object's fields (title, publisher, date, url, quality, note), the same in every
/// format that has "sources"; unknown fields warned about.
Source readSource(const Fields& f, std::string id, bool titleRequired);

} // namespace aimap
