#pragma once

#include "core/cluster/BigVector.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Limits.hpp"
#include "core/geo/LonLat.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace aimap {

/// A parsed CSV table. Every row has as many cells as the header; rows keep the physical line
/// where they start, for row:column messages. The table keeps the parsed text: a cell written
/// plainly in the file is a view into it, a quoted one (whose text differs from its bytes) is
/// stored unescaped in a second buffer. A million-row table thus costs 8 bytes per cell on top
/// of the file, not a copy of it (or a string object per cell).
class CsvTable {
public:
    std::vector<std::string> header;
    char delimiter = ',';

    std::size_t rowCount() const { return m_rowLine.size(); }
    /// Cell text as in the file (unquoted, not trimmed); "" beyond the header's width.
    std::string_view cell(std::size_t row, std::size_t column) const {
        if (column >= header.size())
            return {};
        const Span s = m_cells[row * header.size() + column];
        const std::string& from = (s.at & kOwn) ? m_text : m_source;
        return std::string_view(from).substr(s.at & ~kOwn, s.size);
    }
    /// 1-based line of the file where the row starts.
    std::size_t rowLine(std::size_t row) const { return m_rowLine[row]; }
    /// One row, indexable like the vector of cells it was.
    struct Row {
        const CsvTable* table;
        std::size_t index;
        std::string_view operator[](std::size_t column) const { return table->cell(index, column); }
    };
    Row row(std::size_t index) const { return Row{this, index}; }
    /// Room for `rows` rows (growing the arrays of a million rows by doubling would copy them
    /// several times).
    void reserve(std::size_t rows) {
        m_cells.reserve(rows * header.size());
        m_rowLine.reserve(rows);
    }
    /// Appends a row of exactly header.size() cells (stored in the table's own buffer).
    void appendRow(const std::vector<std::string>& cells, std::size_t line);

private:
    friend struct PlainRows;
    friend std::optional<CsvTable> parseCsv(std::string, const std::string&, const Limits&,
                                            Diagnostics&);
    static constexpr std::uint32_t kOwn = 0x80000000u; ///< Span::at refers to m_text
    struct Span {
        std::uint32_t at;   ///< offset in m_source, or in m_text with kOwn set
        std::uint32_t size;
    };
    std::string m_source; ///< the parsed text
    std::string m_text;   ///< unescaped quoted cells, back to back
    // BigVector: resize() leaves the new elements unwritten, so that the two threads reading
    // the halves of a large file write (and first touch) their own rows' slots.
    BigVector<Span> m_cells;
    BigVector<std::uint32_t> m_rowLine;
};

/// RFC 4180 CSV from UTF-8 text: `,` `;` or tab (detected on the header line), quoted fields
/// with "" escapes and line breaks inside quotes, CRLF / LF / CR line ends, blank lines skipped.
/// Cells are text: nothing is evaluated (a cell starting with = + - @ stays that text).
/// Errors (unterminated quotes, text after a closing quote, more cells than the header) are
/// reported as "row:column": the file's line where the row starts and the 1-based cell index.
/// The text is taken (moved in: the table's plain cells are views into it).
std::optional<CsvTable> parseCsv(std::string utf8, const std::string& name, const Limits& limits,
                                 Diagnostics& diags);

/// A number as spreadsheets export it: surrounding spaces (also no-break and full-width), thousands
/// separators ("1,234,567" or "1 234 567"), a decimal comma when `decimalComma` is set. Returns
/// nullopt for anything else, including formulas, "1,23,4" and non-finite values.
std::optional<double> parseNumberCell(std::string_view cell, bool decimalComma = false);

/// Quote a cell for CSV output: quotes when needed, and a leading ' before = + - @ (and tab or
/// CR) so that spreadsheets never run a cell as a formula.
std::string csvEscape(const std::string& cell, char delimiter = ',');

/// Longitude and latitude cells (degrees). Returns nullopt when either is not a number or out of
/// range; `hint` then says "lon and lat look swapped" when that is the likely mistake.
std::optional<LonLat> parseLonLatCells(std::string_view lon, std::string_view lat,
                                       std::string& hint);

/// Trim ASCII spaces, tabs, no-break spaces (U+00A0) and ideographic spaces (U+3000).
std::string trimCell(std::string_view s);
/// Same, as a view into `s`.
std::string_view trimView(std::string_view s);

} // namespace aimap
