#pragma once

#include "core/memory/BigVector.hpp"
#include "core/data/Diagnostics.hpp"
#include "core/data/Limits.hpp"
#include "core/geo/LonLat.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace aimap {

/// Trim ASCII spaces, tabs, no-break spaces (U+00A0) and ideographic spaces (U+3000).
std::string trimCell(std::string_view s);
/// Same, as a view into `s`.
std::string_view trimView(std::string_view s);

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

    /// Whole lines of the text that hold no quote and no carriage return, from byte `begin` to
    /// `end`; `line` is the file's line at `begin`, `breaks` the line breaks in between.
    struct PlainStretch {
        std::size_t begin = 0, end = 0;
        std::size_t line = 1;
        std::size_t breaks = 0;
    };
    /// The rows parseCsv left unsplit (see its `deferPlainRows`): all the rows after the header
    /// of a quote-free file, not counted in rowCount(). A reader that needs each row once splits
    /// them with readPlainRows as it goes, instead of the table storing 8 bytes per cell.
    const std::optional<PlainStretch>& plainRows() const { return m_plainRows; }
    /// A stretch in two at a line break (the second empty unless it is over 4 MB), for two threads.
    std::array<PlainStretch, 2> halves(const PlainStretch& s) const;
    /// Rows a stretch holds at most (one per line; blank lines make fewer).
    std::size_t rowRoom(const PlainStretch& s) const;
    /// Splits the rows of `s` as parseCsv splits them, with the same messages (into `diags`, with
    /// `ok` cleared): for each row that is not blank, sink(cells, line, rowOk) where `cells` holds
    /// header.size() views (empty beyond the row's end) and rowOk is false after a message about
    /// the row (too many cells, a cell over the size limit).
    template <class Sink>
    void readPlainRows(const PlainStretch& s, const std::string& name, Diagnostics& diags, bool& ok,
                       Sink&& sink) const {
        splitPlainLines(m_source, s.begin, s.end, s.line, delimiter, header.size(), m_maxCell,
                        name, diags, ok, sink);
    }

private:
    friend std::optional<CsvTable> parseCsv(std::string, const std::string&, const Limits&,
                                            Diagnostics&, bool (*)(const std::vector<std::string>&));
    static void reportLongCell(const std::string& name, std::size_t line, std::size_t column,
                               std::size_t size, std::size_t limit, Diagnostics& diags);
    static void reportExtraCells(const std::string& name, std::size_t line, std::size_t cells,
                                 std::size_t width, char delimiter, Diagnostics& diags);
    // Rows of [begin, end) of `text`, which holds no quote and no CR: see readPlainRows.
    template <class Sink>
    static void splitPlainLines(std::string_view text, std::size_t begin, std::size_t end,
                                std::size_t line, char delimiter, std::size_t width,
                                std::size_t maxCell, const std::string& name, Diagnostics& diags,
                                bool& ok, Sink& sink) {
        std::vector<std::string_view> cells(width);
        for (std::size_t i = begin; i < end; ++line) {
            const auto* nl = static_cast<const char*>(std::memchr(text.data() + i, '\n', end - i));
            const std::size_t e = nl ? static_cast<std::size_t>(nl - text.data()) : end;
            const std::string_view seg = text.substr(i, e - i);
            i = e + 1;
            if (seg.find_first_not_of(" \t") == std::string_view::npos)
                continue; // blank line
            bool rowOk = true;
            std::size_t count = 0, lastFilled = 0; // lastFilled: 1-based, beyond the header
            for (std::size_t p = 0;;) {
                const std::size_t d = seg.find(delimiter, p);
                std::string_view cell = seg.substr(p, d == std::string_view::npos ? std::string_view::npos : d - p);
                if (cell.size() > maxCell) {
                    reportLongCell(name, line, count + 1, cell.size(), maxCell, diags);
                    rowOk = false;
                    cell = cell.substr(0, maxCell);
                }
                if (count < width)
                    cells[count] = cell;
                else if (!trimView(cell).empty())
                    lastFilled = count + 1;
                ++count;
                if (d == std::string_view::npos)
                    break;
                p = d + 1;
            }
            for (std::size_t c = count; c < width; ++c)
                cells[c] = text.substr(0, 0);
            if (lastFilled > 0) {
                // Trailing empty cells are harmless (spreadsheets add them); others are not.
                reportExtraCells(name, line, lastFilled, width, delimiter, diags);
                rowOk = false;
            }
            ok = ok && rowOk;
            sink(cells.data(), line, rowOk);
        }
    }
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
    std::optional<PlainStretch> m_plainRows;
    std::size_t m_maxCell = 0; ///< limits.maxStringBytes, for readPlainRows
};

/// RFC 4180 CSV from UTF-8 text: `,` `;` or tab (detected on the header line), quoted fields
/// with "" escapes and line breaks inside quotes, CRLF / LF / CR line ends, blank lines skipped.
/// Cells are text: nothing is evaluated (a cell starting with = + - @ stays that text).
/// Errors (unterminated quotes, text after a closing quote, more cells than the header) are
/// reported as "row:column": the file's line where the row starts and the 1-based cell index.
/// The text is taken (moved in: the table's plain cells are views into it).
/// When `deferPlainRows` is given and returns true for the header, and every row after it is free
/// of quotes and CRs, those rows are left unsplit for the reader (CsvTable::plainRows): their
/// messages then come from readPlainRows.
std::optional<CsvTable> parseCsv(std::string utf8, const std::string& name, const Limits& limits,
                                 Diagnostics& diags,
                                 bool (*deferPlainRows)(const std::vector<std::string>& header) = nullptr);

/// A number as spreadsheets export it: surrounding spaces (also no-break and full-width), thousands
/// separators ("1,234,567" or "1 234 567"), a decimal comma when `decimalComma` is set. Returns
/// nullopt for anything else, including formulas, "1,23,4" and non-finite values.
std::optional<double> parseNumberCell(std::string_view cell, bool decimalComma = false);

/// Quote a cell for CSV output: quotes when needed, and a leading ' before = + - @ (and tab or
/// CR) so that spreadsheets never run a cell as a formula.
std::string csvEscape(const std::string& cell, char delimiter = ',');

/// Longitude and latitude cells (degrees). Returns nullopt when either is not a number or out of
/// range; `hint` then says "lon and lat look swapped" when that is the likely mistake. With
/// `decimalComma` (a ';' table) "117,05" is 117.05; "117.05" still is too (degrees have no
/// thousands to separate).
std::optional<LonLat> parseLonLatCells(std::string_view lon, std::string_view lat,
                                       std::string& hint, bool decimalComma = false);

} // namespace aimap
