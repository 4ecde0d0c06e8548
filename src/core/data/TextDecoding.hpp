#pragma once

#include "core/data/Diagnostics.hpp"

#include <optional>
#include <string>

namespace aimap {

/// Text of a file as UTF-8, and what it was before.
struct DecodedText {
    std::string utf8;
    std::string encoding; ///< "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "GB18030"
};

/// Decodes what spreadsheet programs write: UTF-8 with or without a byte-order mark (Excel's
/// "CSV UTF-8"), UTF-16 with a BOM ("Unicode text"), and GBK/GB18030 (plain "CSV" from Excel on
/// Chinese Windows; converted with a warning that says how to save as UTF-8 instead). Anything
/// else is an error located at the first byte that is not UTF-8.
std::optional<DecodedText> decodeText(std::string bytes, const std::string& name,
                                      Diagnostics& diags);

/// Appends code point `cp` to `out` as UTF-8.
void appendUtf8(std::string& out, char32_t cp);

/// Converts GBK/GB18030 bytes to UTF-8; false when they are not valid GB18030.
bool fromGb18030(const std::string& in, std::string& out);

/// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid UTF-8.
std::size_t firstInvalidUtf8(const std::string& s);

/// Valid UTF-8 copy of `in`: invalid bytes become \xNN (for messages quoting user input).
std::string sanitizeUtf8(const std::string& in);

/// `text` (any bytes, e.g. a file name) made showable: invalid bytes become \xNN, and every
/// character unshowableReason() names becomes U+FFFD. For texts that cannot be rejected because
/// they are not a data file's contents, such as a file name used as a title.
std::string showableText(const std::string& text);

/// A URL as a browser's address bar shows it: percent-encoded UTF-8 characters beyond ASCII
/// ("%E7%A7%91") are decoded ("科"). Encoded ASCII ("%2F", "%20"), invalid sequences and
/// characters that cannot be shown stay encoded, so the URL still leads to the same page.
std::string readableUrl(const std::string& url);

} // namespace aimap
