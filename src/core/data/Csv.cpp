// CSV tables as spreadsheets export them.
//
// [SECTION] Helpers: delimiter detection, locations, trimming
// [SECTION] CsvTable: rows, plain stretches
// [SECTION] Parser: parseCsv
// [SECTION] Cells: numbers, escaping, lon/lat

#include "core/data/Csv.hpp"

#include "core/data/Text.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <thread>

#include <cmath>
#include <cstdlib>

// [SECTION] Helpers

namespace aimap {
namespace {

char detectDelimiter(const std::string& text) {
    std::size_t counts[3] = {0, 0, 0};
    const char delims[3] = {',', ';', '\t'};
    // The header is the first line with content: blank lines before it (a blanked #aimap line)
    // do not count.
    bool quoted = false, content = false;
    for (char c : text) {
        if (c == '"') {
            quoted = !quoted;
            content = true;
            continue;
        }
        if (quoted)
            continue;
        if (c == '\n' || c == '\r') {
            if (content)
                break;
            counts[0] = counts[1] = counts[2] = 0;
            continue;
        }
        if (c != ' ' && c != '\t')
            content = true;
        for (int k = 0; k < 3; ++k)
            counts[k] += c == delims[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k)
        if (counts[k] > counts[best])
            best = k;
    return delims[best];
}

std::string rowCol(std::size_t line, std::size_t col) {
    return std::to_string(line) + ":" + std::to_string(col);
}

} // namespace

std::string trimCell(std::string_view s) { return std::string(trimView(s)); }

std::string_view trimView(std::string_view s) {
    std::size_t b = 0, e = s.size();
    auto spaceAt = [&](std::size_t i, bool forward) -> std::size_t {
        // Byte tests, not compare(): this runs twice per cell of tables of millions of cells.
        auto at = [&](std::size_t k, char c) { return k < s.size() && s[k] == c; };
        if (forward) {
            if (s[i] == ' ' || s[i] == '\t')
                return 1;
            if (s[i] == '\xC2' && at(i + 1, '\xA0'))
                return 2;
            if (s[i] == '\xE3' && at(i + 1, '\x80') && at(i + 2, '\x80'))
                return 3;
            return 0;
        }
        if (s[i - 1] == ' ' || s[i - 1] == '\t')
            return 1;
        if (i >= 2 && s[i - 2] == '\xC2' && s[i - 1] == '\xA0')
            return 2;
        if (i >= 3 && s[i - 3] == '\xE3' && s[i - 2] == '\x80' && s[i - 1] == '\x80')
            return 3;
        return 0;
    };
    while (b < e) {
        const std::size_t n = spaceAt(b, true);
        if (!n)
            break;
        b += n;
    }
    while (e > b) {
        const std::size_t n = spaceAt(e, false);
        if (!n)
            break;
        e -= n;
    }
    return s.substr(b, e - b);
}

// [SECTION] CsvTable

void CsvTable::appendRow(const std::vector<std::string>& cells, std::size_t line) {
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::size_t size = c < cells.size() ? cells[c].size() : 0;
        m_cells.push_back({static_cast<std::uint32_t>(m_text.size()) | kOwn, static_cast<std::uint32_t>(size)});
        if (size)
            m_text += cells[c];
    }
    m_rowLine.push_back(static_cast<std::uint32_t>(line));
}

void CsvTable::reportLongCell(const std::string& name, std::size_t line, std::size_t column,
                              std::size_t size, std::size_t limit, Diagnostics& diags) {
    diags.reportError(name, [&] {
        return Finding{rowCol(line, column),
                       "cell of " + std::to_string(size) + " bytes is over the limit of " +
                           std::to_string(limit),
                       ""};
    });
}

void CsvTable::reportExtraCells(const std::string& name, std::size_t line, std::size_t cells,
                                std::size_t width, char delimiter, Diagnostics& diags) {
    diags.reportError(name, [&] {
        return Finding{rowCol(line, width + 1),
                       "row has " + std::to_string(cells) + " cells but the header has " +
                           std::to_string(width),
                       std::string("quote cells that contain the delimiter '") +
                           (delimiter == '\t' ? "tab" : std::string(1, delimiter)) +
                           "', e.g. \"1,234\""};
    });
}

std::array<CsvTable::PlainStretch, 2> CsvTable::halves(const PlainStretch& s) const {
    std::array<PlainStretch, 2> out{s, PlainStretch{s.end, s.end, s.line + s.breaks, 0}};
    if (s.end - s.begin < (std::size_t{4} << 20))
        return out;
    const char* text = m_source.data();
    const auto* nl = static_cast<const char*>(std::memchr(text + s.begin + (s.end - s.begin) / 2, '\n',
                                                          s.end - s.begin - (s.end - s.begin) / 2));
    if (!nl || static_cast<std::size_t>(nl - text) + 1 >= s.end)
        return out;
    const std::size_t mid = static_cast<std::size_t>(nl - text) + 1;
    const auto firstBreaks = static_cast<std::size_t>(countByte(text + s.begin, text + mid, '\n'));
    out[0] = {s.begin, mid, s.line, firstBreaks};
    out[1] = {mid, s.end, s.line + firstBreaks, s.breaks - firstBreaks};
    return out;
}

std::size_t CsvTable::rowRoom(const PlainStretch& s) const {
    return s.breaks + (s.end > s.begin && m_source[s.end - 1] != '\n' ? 1 : 0);
}

// [SECTION] Parser

std::optional<CsvTable> parseCsv(std::string utf8, const std::string& name, const Limits& limits,
                                 Diagnostics& diags,
                                 bool (*deferPlainRows)(const std::vector<std::string>& header)) {
    CsvTable table;
    table.m_source = std::move(utf8); // the plain cells' bytes
    table.m_maxCell = limits.maxStringBytes;
    const std::string& text = table.m_source;
    table.delimiter = detectDelimiter(text);
    std::vector<std::string> row;
    std::string cell;
    // Locations are "row:column" as a spreadsheet shows them: the file's line where the row
    // starts and the 1-based cell index.
    std::size_t line = 1;
    std::size_t rowLine = 1, quoteCell = 1;
    bool quoted = false, afterQuote = false, rowHasContent = false;
    bool ok = true;
    std::size_t fileLines = 0; // line breaks in the whole text (counted once the header is read)
    bool tooWide = false;      // the header has more than limits.maxColumns cells: stop there

    auto endCell = [&] {
        if (table.header.empty() && row.size() >= limits.maxColumns) {
            tooWide = true; // the header's further cells are not kept
            cell.clear();
            afterQuote = false;
            return;
        }
        if (cell.size() > limits.maxStringBytes) {
            CsvTable::reportLongCell(name, rowLine, row.size() + 1, cell.size(),
                                     limits.maxStringBytes, diags);
            ok = false;
            cell.resize(limits.maxStringBytes);
        }
        row.push_back(std::move(cell));
        cell.clear();
        afterQuote = false;
    };
    auto endRow = [&] {
        endCell();
        const bool blank = !rowHasContent;
        if (!blank) {
            if (table.header.empty() && tooWide) {
                diags.error(name, rowCol(rowLine, limits.maxColumns + 1),
                            "the header has more than " + std::to_string(limits.maxColumns) +
                                " columns",
                            "a spreadsheet has at most 16384 columns: is the delimiter right, or "
                            "is the table transposed (one row per city and year)?");
                ok = false;
                table.header = std::move(row);
            } else if (table.header.empty()) {
                // Regression (issue 13): Excel's "city,year,firms,,," (columns once used) was
                // "empty column name" three times. Trailing empty header cells are no columns;
                // a row with something in them still has more cells than the header.
                while (row.size() > 1 && trimCell(row.back()).empty())
                    row.pop_back();
                table.header = std::move(row);
                // Lines bound the rows (quoted line breaks only make fewer rows than lines).
                fileLines = static_cast<std::size_t>(countByte(text.data(), text.data() + text.size(), '\n'));
                table.reserve(fileLines + 1);
            } else if (table.rowCount() >= limits.maxValues) {
                if (ok)
                    diags.error(name, rowCol(rowLine, 1),
                                "more than " + std::to_string(limits.maxValues) + " rows");
                ok = false;
            } else {
                if (row.size() > table.header.size()) {
                    // Trailing empty cells are harmless (spreadsheets add them).
                    while (row.size() > table.header.size() && trimCell(row.back()).empty())
                        row.pop_back();
                    if (row.size() > table.header.size()) {
                        CsvTable::reportExtraCells(name, rowLine, row.size(), table.header.size(),
                                                   table.delimiter, diags);
                        ok = false;
                    }
                }
                row.resize(table.header.size());
                table.appendRow(row, rowLine);
            }
        }
        row.clear();
        rowHasContent = false;
    };

    bool plainTried = false;
    for (std::size_t i = 0; i < text.size() && !tooWide; ++i) {
        // Fast path for the common row: at a row start, a line without quotes is split at its
        // delimiters directly (the character loop below costs ~10x more on a 100 MB table).
        if (!quoted && !afterQuote && row.empty() && cell.empty() && !rowHasContent &&
            !table.header.empty()) {
            // Faster still: when the rest of the file has no quote and no CR at all, its rows are
            // read by PlainRows, the two halves of a large file at once.
            if (!plainTried) {
                plainTried = true;
                const std::size_t rest = text.size() - i;
                const char* at = text.data() + i;
                if (!std::memchr(at, '"', rest) && !std::memchr(at, '\r', rest) &&
                    table.rowCount() + fileLines + 1 <= limits.maxValues) {
                    // Line breaks from i on (not from `line`: earlier rows may end in a lone CR).
                    const CsvTable::PlainStretch all{
                        i, text.size(), line,
                        fileLines - static_cast<std::size_t>(countByte(text.data(), at, '\n'))};
                    if (deferPlainRows && deferPlainRows(table.header)) {
                        table.m_plainRows = all;
                        BigVector<CsvTable::Span>().swap(table.m_cells); // reserved for rows not stored
                        BigVector<std::uint32_t>().swap(table.m_rowLine);
                        break;
                    }
                    // A row per line at most: room for each half's lines, the second half's rows
                    // after the first half's room (moved down after blank lines).
                    const auto half = table.halves(all);
                    const std::size_t r0 = table.rowCount(), width = table.header.size();
                    const std::size_t firstRoom = table.rowRoom(half[0]);
                    const std::size_t room = firstRoom + table.rowRoom(half[1]);
                    table.m_cells.resize((r0 + room) * width);
                    table.m_rowLine.resize(r0 + room);
                    // Each half's rows written into the table's slots from `row` on.
                    auto fill = [&](const CsvTable::PlainStretch& part, std::size_t row, Diagnostics& d,
                                    bool& partOk) {
                        const std::size_t first = row;
                        auto* cellAt = table.m_cells.data() + row * width;
                        auto store = [&](const std::string_view* cells, std::size_t rowLine, bool) {
                            for (std::size_t c = 0; c < width; ++c)
                                *cellAt++ = {static_cast<std::uint32_t>(cells[c].data() - text.data()),
                                             static_cast<std::uint32_t>(cells[c].size())};
                            table.m_rowLine[row++] = static_cast<std::uint32_t>(rowLine);
                        };
                        table.readPlainRows(part, name, d, partOk, store);
                        return row - first;
                    };
                    Diagnostics secondDiags;
                    bool secondOk = true;
                    std::size_t secondRows = 0;
                    std::thread other;
                    if (half[1].end > half[1].begin)
                        other = std::thread([&] { secondRows = fill(half[1], r0 + firstRoom, secondDiags, secondOk); });
                    const std::size_t firstRows = fill(half[0], r0, diags, ok);
                    if (other.joinable()) {
                        other.join();
                        diags.append(secondDiags);
                        ok = ok && secondOk;
                    }
                    if (firstRows < firstRoom && secondRows > 0) {
                        auto& cells = table.m_cells;
                        std::copy(cells.begin() + static_cast<std::ptrdiff_t>((r0 + firstRoom) * width),
                                  cells.begin() + static_cast<std::ptrdiff_t>((r0 + firstRoom + secondRows) * width),
                                  cells.begin() + static_cast<std::ptrdiff_t>((r0 + firstRows) * width));
                        auto& lines = table.m_rowLine;
                        std::copy(lines.begin() + static_cast<std::ptrdiff_t>(r0 + firstRoom),
                                  lines.begin() + static_cast<std::ptrdiff_t>(r0 + firstRoom + secondRows),
                                  lines.begin() + static_cast<std::ptrdiff_t>(r0 + firstRows));
                    }
                    table.m_cells.resize((r0 + firstRows + secondRows) * width);
                    table.m_rowLine.resize(r0 + firstRows + secondRows);
                    break;
                }
            }
            const auto* nl = static_cast<const char*>(std::memchr(text.data() + i, '\n', text.size() - i));
            const std::size_t end = nl ? static_cast<std::size_t>(nl - text.data()) : text.size();
            std::size_t lineEnd = end;
            if (nl && lineEnd > i && text[lineEnd - 1] == '\r')
                --lineEnd;
            const std::string_view seg(text.data() + i, lineEnd - i);
            if (seg.find('"') == std::string_view::npos && seg.find('\r') == std::string_view::npos) {
                rowHasContent = seg.find_first_not_of(" \t") != std::string_view::npos;
                for (std::size_t p = 0;;) {
                    const std::size_t d = seg.find(table.delimiter, p);
                    cell.assign(seg.substr(p, d == std::string_view::npos ? std::string_view::npos : d - p));
                    if (d == std::string_view::npos)
                        break;
                    endCell();
                    p = d + 1;
                }
                endRow();
                ++line;
                rowLine = line;
                i = end; // the loop steps over the '\n'
                continue;
            }
        }
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                cell += c;
                if (c == '\n')
                    ++line;
            }
        } else if (c == table.delimiter) {
            endCell();
            rowHasContent = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else if (c == '"' && trimCell(cell).empty() && !afterQuote) {
            quoted = true;
            rowHasContent = true;
            quoteCell = row.size() + 1;
            cell.clear();
        } else if (afterQuote) {
            if (c != ' ' && c != '\t') {
                diags.reportError(name, [&] {
                    return Finding{rowCol(rowLine, row.size() + 1),
                                   "text after the closing quote of a cell",
                                   "inside a quoted cell write a quote as \"\""};
                });
                ok = false;
                afterQuote = false;
                cell += c;
            }
        } else {
            cell += c;
            if (c != ' ' && c != '\t')
                rowHasContent = true;
        }
    }
    if (quoted) {
        diags.error(name, rowCol(rowLine, quoteCell), "quote opened here is never closed",
                    "close the quoted cell with \" or remove the stray quote");
        return std::nullopt;
    }
    if (!cell.empty() || !row.empty() || rowHasContent)
        endRow();
    if (table.header.empty()) {
        diags.error(name, "", "the file is empty", "the first line must name the columns");
        return std::nullopt;
    }
    for (auto& h : table.header)
        h = trimCell(h);
    if (!ok)
        return std::nullopt;
    return table;
}

// [SECTION] Cells

std::optional<double> parseNumberCell(std::string_view raw, bool decimalComma) {
    // Fast path for the common cell, a plain decimal ("114.10568", "-3", "2022"): read in place,
    // without the copies the general path makes (a million-row table has millions of them).
    // Same value as the general path: both round correctly.
    {
        std::string_view t = trimView(raw);
        if (!t.empty() && t.front() == '+')
            t.remove_prefix(1);
        bool plain = !t.empty() && t.size() < 64;
        bool dot = false;
        std::size_t digits = 0;
        for (std::size_t i = 0; i < t.size() && plain; ++i) {
            const char c = t[i];
            if (c >= '0' && c <= '9')
                ++digits;
            else if (c == '.' && !dot && !decimalComma)
                dot = true;
            else if (!(c == '-' && i == 0))
                plain = false;
        }
        if (plain && digits > 0 && t.back() != '.' && t.front() != '.' &&
            !(t.size() > 1 && t[0] == '-' && t[1] == '.')) {
            if (digits <= 15) {
                // Up to 15 digits: the digits as an integer (exact in a double, below 2^53)
                // divided by a power of ten (exact up to 1e22) is one correctly rounded
                // operation, so it equals the correctly rounded reading of the text (Clinger's
                // fast path). A year, a revenue, a lon/lat with 5 decimals.
                static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                                    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
                std::uint64_t m = 0;
                std::size_t fraction = 0;
                bool afterDot = false;
                for (const char c : t) {
                    if (c == '.')
                        afterDot = true;
                    else if (c != '-') {
                        m = m * 10 + static_cast<std::uint64_t>(c - '0');
                        fraction += afterDot;
                    }
                }
                const double v = static_cast<double>(m) / kPow10[fraction];
                return t[0] == '-' ? -v : v;
            }
            double v = 0;
            const auto r = std::from_chars(t.data(), t.data() + t.size(), v);
            if (r.ec == std::errc() && r.ptr == t.data() + t.size() && std::isfinite(v))
                return v;
        }
    }
    std::string s = trimCell(raw);
    if (s.empty())
        return std::nullopt;
    std::string digits;
    const char group = decimalComma ? '.' : ',';
    const char decimal = decimalComma ? ',' : '.';
    // Grouping must be regular: 1,234,567 yes; 1,23,4 no.
    std::size_t lastGroup = std::string::npos, i = 0;
    if (s[0] == '-' || s[0] == '+')
        digits += s[i++];
    bool seenDecimal = false, seenExp = false;
    std::size_t digitsSinceGroup = 0, intDigits = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            if (!seenDecimal && !seenExp) {
                ++digitsSinceGroup;
                ++intDigits;
            }
        } else if (!seenDecimal && !seenExp && (c == group || c == ' ' ||
                                                 s.compare(i, 2, "\xC2\xA0") == 0)) {
            if (intDigits == 0 || (lastGroup != std::string::npos && digitsSinceGroup != 3) ||
                (lastGroup == std::string::npos && digitsSinceGroup > 3))
                return std::nullopt;
            lastGroup = i;
            digitsSinceGroup = 0;
            if (c == '\xC2')
                ++i;
        } else if (c == decimal && !seenDecimal && !seenExp) {
            if (lastGroup != std::string::npos && digitsSinceGroup != 3)
                return std::nullopt;
            seenDecimal = true;
            digits += '.';
        } else if ((c == 'e' || c == 'E') && !seenExp && intDigits > 0) {
            if (lastGroup != std::string::npos && !seenDecimal && digitsSinceGroup != 3)
                return std::nullopt;
            seenExp = true;
            digits += 'e';
            if (i + 1 < s.size() && (s[i + 1] == '-' || s[i + 1] == '+'))
                digits += s[++i];
        } else {
            return std::nullopt;
        }
    }
    if (lastGroup != std::string::npos && !seenDecimal && !seenExp && digitsSinceGroup != 3)
        return std::nullopt;
    if (digits.empty() || digits == "-" || digits == "+" || digits.back() == 'e')
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(digits.c_str(), &end);
    if (end != digits.c_str() + digits.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<LonLat> parseLonLatCells(std::string_view lonText, std::string_view latText,
                                       std::string& hint, bool decimalComma) {
    // Regression (issue 13): "117,05" in a ';' table, where figures take a decimal comma, was
    // "not a number".
    const auto degrees = [&](std::string_view t) {
        return parseNumberCell(t, decimalComma && t.find(',') != std::string_view::npos);
    };
    const auto lon = degrees(lonText), lat = degrees(latText);
    hint.clear();
    if (lon && lat && std::fabs(*lon) <= 180 && std::fabs(*lat) <= 90 &&
        !(*lat > 56 && *lon < 56 && *lat >= 70)) // lat 70+ with lon < 56: swapped Chinese coords
        return LonLat{*lon, *lat};
    if (lon && lat && *lat >= 70 && *lat <= 140 && *lon >= 15 && *lon <= 56)
        hint = "lon and lat look swapped";
    else
        hint = "lon -180..180 and lat -90..90, in degrees";
    return std::nullopt;
}

std::string csvEscape(const std::string& cell, char delimiter) {
    std::string s = cell;
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
                       s[0] == '\r'))
        s = "'" + s;
    if (s.find_first_of(std::string("\"\r\n") + delimiter) == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace aimap
