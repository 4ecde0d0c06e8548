#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace aimap {

class Diagnostics;

// Which characters a text from a data file may hold. The viewer shows every accepted text as it
// is (no ImGui format or ID syntax applies to data), so what is rejected here is only what cannot
// be shown honestly: characters that draw nothing or change how the rest is drawn.

/// Why code point `cp` cannot appear in a text from a data file ("a control character", "a
/// text-direction control", ...), or nullptr when it may. Tab, line feed and carriage return may.
const char* unshowableReason(char32_t cp);

/// The first character of valid UTF-8 `text` that cannot be shown: its byte offset, code point
/// and reason.
struct UnshowableCharacter {
    std::size_t offset = 0;
    std::size_t length = 1; ///< in bytes
    char32_t codePoint = 0;
    const char* reason = "";
};
std::optional<UnshowableCharacter> findUnshowable(std::string_view text);

/// Adds an error for the first character of `utf8` that cannot be shown (line:column, what it
/// is, how many more there are, how to fix it) and returns false; true when there is none.
/// `nulHint` replaces the usual hint for a NUL.
bool rejectUnshowable(const std::string& utf8, const std::string& name, Diagnostics& diags,
                      const std::string& nulHint = {});

/// "U+202E (RIGHT-TO-LEFT OVERRIDE), a text-direction control" for messages.
std::string describeCharacter(char32_t cp, const char* reason);

/// The hint for how to fix a text holding `cp`.
std::string unshowableHint(char32_t cp);

} // namespace aimap
