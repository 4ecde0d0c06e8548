#pragma once

#include "core/data/Diagnostics.hpp"
#include "core/data/Limits.hpp"
#include "core/geo/LonLat.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aimap {

/// A parsed CSV table. Rows keep the physical line where they start, for row:column messages.
struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> rowLines; ///< 1-based line of each row in the file
    char delimiter = ',';
};

/// RFC 4180 CSV from UTF-8 text: `,` `;` or tab (detected on the header line), quoted fields
/// with "" escapes and line breaks inside quotes, CRLF / LF / CR line ends, blank lines skipped.
/// Cells are text: nothing is evaluated (a cell starting with = + - @ stays that text).
/// Errors (unterminated quotes, text after a closing quote, more cells than the header) are
/// reported as "row:column": the file's line where the row starts and the 1-based cell index.
std::optional<CsvTable> parseCsv(const std::string& utf8, const std::string& name,
                                 const Limits& limits, Diagnostics& diags);

/// A number as spreadsheets export it: surrounding spaces (also no-break and full-width), thousands
/// separators ("1,234,567" or "1 234 567"), a decimal comma when `decimalComma` is set. Returns
/// nullopt for anything else, including formulas, "1,23,4" and non-finite values.
std::optional<double> parseNumberCell(const std::string& cell, bool decimalComma = false);

/// Quote a cell for CSV output: quotes when needed, and a leading ' before = + - @ (and tab or
/// CR) so that spreadsheets never run a cell as a formula.
std::string csvEscape(const std::string& cell, char delimiter = ',');

/// Longitude and latitude cells (degrees). Returns nullopt when either is not a number or out of
/// range; `hint` then says "lon and lat look swapped" when that is the likely mistake.
std::optional<LonLat> parseLonLatCells(const std::string& lon, const std::string& lat,
                                       std::string& hint);

/// Trim ASCII spaces, tabs, no-break spaces (U+00A0) and ideographic spaces (U+3000).
std::string trimCell(const std::string& s);

} // namespace aimap
