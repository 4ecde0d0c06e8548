#pragma once

#include "core/data/Diagnostics.hpp"
#include "core/data/Limits.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace aimap {

/// Reads and parses a JSON file defensively: size checked before reading, nesting depth bounded
/// before parsing (nlohmann 3.11.2 recurses without limit), parse errors reported with the file
/// and line:column in characters, and hints for common hand-editing mistakes (curly quotes,
/// full-width punctuation, trailing commas). Never throws.
std::optional<nlohmann::json> readJsonFile(const std::string& path, const Limits& limits,
                                           Diagnostics& diags);

/// The bytes of a file, with its size checked against the limit before reading. Failures are
/// "unreadable" diagnostics (file not found, not a regular file, no permission, too large).
std::optional<std::string> readFileBytes(const std::string& path, const Limits& limits,
                                         Diagnostics& diags);

/// Same, for text already in memory; `name` is used in diagnostics.
std::optional<nlohmann::json> parseJsonText(const std::string& text, const std::string& name,
                                            const Limits& limits, Diagnostics& diags);

} // namespace aimap
