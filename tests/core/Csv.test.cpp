#include "core/data/Csv.hpp"
#include "core/data/Text.hpp"
#include "core/data/TextDecoding.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace aimap;

namespace {
std::optional<CsvTable> parse(const std::string& text, Diagnostics& d) {
    return parseCsv(text, "t.csv", Limits{}, d);
}
} // namespace

TEST(Csv, Rfc4180QuotingLineBreaksAndCrlf) {
    Diagnostics d;
    const auto t = parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\n1,2,3\r\n", d);
    ASSERT_TRUE(t) << d.format();
    ASSERT_EQ(t->rowCount(), 2u);
    EXPECT_EQ(t->cell(0, 0), "x, y");
    EXPECT_EQ(t->cell(0, 1), "say \"hi\"");
    EXPECT_EQ(t->cell(0, 2), "two\nlines");
    EXPECT_EQ(t->rowLine(1), 5u); // the quoted line break counts; the blank line is skipped
}

TEST(Csv, DetectsSemicolonAndTab) {
    Diagnostics d;
    EXPECT_EQ(parse("a;b\n1;2\n", d)->delimiter, ';');
    EXPECT_EQ(parse("a\tb\n1\t2\n", d)->delimiter, '\t');
    EXPECT_EQ(parse("a,b\n1,2\n", d)->delimiter, ',');
}

TEST(Csv, UnterminatedQuoteIsLocated) {
    Diagnostics d;
    EXPECT_FALSE(parse("a,b\n1,\"2\n", d));
    EXPECT_NE(d.format().find("t.csv:2:2: error: quote opened here is never closed"),
              std::string::npos)
        << d.format();
}

TEST(Csv, TooManyCellsIsLocatedButTrailingEmptyCellsAreFine) {
    Diagnostics d;
    EXPECT_TRUE(parse("a,b\n1,2,,\n", d));
    EXPECT_FALSE(parse("a,b\n1,2,3\n", d));
    EXPECT_NE(d.format().find("t.csv:2:3: error: row has 3 cells but the header has 2"),
              std::string::npos)
        << d.format();
}

TEST(Csv, ShortRowsArePadded) {
    Diagnostics d;
    const auto t = parse("a,b,c\n1\n", d);
    ASSERT_TRUE(t);
    ASSERT_EQ(t->rowCount(), 1u);
    EXPECT_EQ(t->cell(0, 0), "1");
    EXPECT_EQ(t->cell(0, 1), "");
    EXPECT_EQ(t->cell(0, 2), ""); // rows are as wide as the header
}

TEST(Csv, FormulaCellsStayText) {
    Diagnostics d;
    const auto t = parse("a\n=1+2\n", d);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->cell(0, 0), "=1+2");
    EXPECT_FALSE(parseNumberCell("=1+2"));
}

TEST(Csv, NumbersAsSpreadsheetsWriteThem) {
    EXPECT_EQ(parseNumberCell("1,234,567"), 1234567.0);
    EXPECT_EQ(parseNumberCell(" 41.7e9 "), 41.7e9);
    EXPECT_EQ(parseNumberCell("\xC2\xA0" "281\xE3\x80\x80"), 281.0); // NBSP, ideographic space
    EXPECT_EQ(parseNumberCell("1 234"), 1234.0);
    EXPECT_EQ(parseNumberCell("-5"), -5.0);
    EXPECT_EQ(parseNumberCell("1.234,5", true), 1234.5);
    EXPECT_EQ(parseNumberCell("12,5", true), 12.5);
    EXPECT_FALSE(parseNumberCell("1,23,4"));
    EXPECT_FALSE(parseNumberCell("12,34"));
    EXPECT_FALSE(parseNumberCell("1e400"));
    EXPECT_FALSE(parseNumberCell("NaN"));
    EXPECT_FALSE(parseNumberCell("inf"));
    EXPECT_FALSE(parseNumberCell("1.5\xE4\xBA\xBF")); // 亿
    EXPECT_FALSE(parseNumberCell(""));
    EXPECT_FALSE(parseNumberCell("-"));
    EXPECT_FALSE(parseNumberCell("12%"));
}

TEST(Csv, EscapeQuotesAndDefusesFormulas) {
    EXPECT_EQ(csvEscape("plain"), "plain");
    EXPECT_EQ(csvEscape("a,b"), "\"a,b\"");
    EXPECT_EQ(csvEscape("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvEscape("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(csvEscape("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvEscape("-1+2"), "'-1+2");
}

TEST(TextDecoding, Utf8BomIsStripped) {
    Diagnostics d;
    const auto t = decodeText("\xEF\xBB\xBF" "abc", "f", d);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->utf8, "abc");
    EXPECT_EQ(t->encoding, "UTF-8 with BOM");
}

TEST(TextDecoding, Utf16WithBomBothEndians) {
    Diagnostics d;
    // "济A" little- and big-endian.
    auto le = decodeText(std::string("\xFF\xFE\x4E\x6D\x41\x00", 6), "f", d);
    auto be = decodeText(std::string("\xFE\xFF\x6D\x4E\x00\x41", 6), "f", d);
    ASSERT_TRUE(le && be) << d.format();
    EXPECT_EQ(le->utf8, "\xE6\xB5\x8E" "A");
    EXPECT_EQ(be->utf8, "\xE6\xB5\x8E" "A");
    EXPECT_EQ(le->encoding, "UTF-16LE");
}

TEST(TextDecoding, GbkIsConvertedWithAWarning) {
    Diagnostics d;
    const auto t = decodeText("\xBC\xC3\xC4\xCF", "f", d); // 济南 in GBK
    ASSERT_TRUE(t);
    EXPECT_EQ(t->utf8, "\xE6\xB5\x8E\xE5\x8D\x97");
    EXPECT_EQ(t->encoding, "GB18030");
    EXPECT_EQ(d.warningCount(), 1u);
    EXPECT_NE(d.format().find("CSV UTF-8"), std::string::npos);
}

TEST(TextDecoding, FirstInvalidUtf8Byte) {
    EXPECT_EQ(firstInvalidUtf8("ab\xC3\xA9"), std::string::npos);
    EXPECT_EQ(firstInvalidUtf8("ab\xC3"), 2u);
    EXPECT_EQ(firstInvalidUtf8("\xC0\x80"), 0u); // overlong
}

// Regression (issue 13): overlong three- and four-byte forms and code points past U+10FFFF were
// taken as UTF-8, so a CSV cell could hold "A" written as three bytes.
TEST(TextDecoding, OverlongFormsAndCodePointsPastTheLastAreNotUtf8) {
    EXPECT_EQ(firstInvalidUtf8("a\xE0\x81\x81"), 1u);     // U+0041 in three bytes
    EXPECT_EQ(firstInvalidUtf8("a\xE0\x80\x80"), 1u);     // U+0000 in three bytes
    EXPECT_EQ(firstInvalidUtf8("a\xF0\x80\x81\x81"), 1u); // U+0041 in four bytes
    EXPECT_EQ(firstInvalidUtf8("a\xF4\x90\x80\x80"), 1u); // U+110000
    EXPECT_EQ(firstInvalidUtf8("a\xF5\x80\x80\x80"), 1u);
    // The edges that are UTF-8: U+0800, U+10000, U+10FFFF.
    EXPECT_EQ(firstInvalidUtf8("\xE0\xA0\x80\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"), std::string::npos);
}

// Regression: an "#aimap" line was blanked before the delimiter was detected on the (then empty)
// first line, so a semicolon table with a directive was read as one column.
TEST(Csv, DirectiveLineDoesNotHideTheDelimiter) {
    Diagnostics d;
    const auto t = parse("         \na;b\n1;2\n", d); // a blanked directive line, as readTable leaves it
    ASSERT_TRUE(t) << d.format();
    EXPECT_EQ(t->delimiter, ';');
    ASSERT_EQ(t->header.size(), 2u);
    EXPECT_EQ(t->cell(0, 1), "2");
    EXPECT_EQ(t->rowLine(0), 3u);
}

TEST(Csv, PlainNumbersReadInPlaceEqualTheCLibrary) {
    // parseNumberCell reads a plain decimal without copying it; the value must be exactly
    // strtod's (the general path), to the last bit, for every shape a table holds.
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> mant(-1.0, 1.0);
    std::uniform_int_distribution<int> exp10(-8, 15), digits(1, 17);
    for (int i = 0; i < 20000; ++i) {
        char text[64];
        std::snprintf(text, sizeof text, "%.*f", digits(rng) % 9,
                      mant(rng) * std::pow(10.0, exp10(rng) % 9));
        const auto v = parseNumberCell(text);
        ASSERT_TRUE(v) << text;
        EXPECT_EQ(*v, std::strtod(text, nullptr)) << text;
        const std::string padded = std::string(" +") + (text[0] == '-' ? text + 1 : text) + " ";
        ASSERT_TRUE(parseNumberCell(padded)) << padded;
    }
    for (const char* same : {"114.10568", "0", "-0", "007", "2022", "123456789012345678901234"})
        EXPECT_EQ(*parseNumberCell(same), std::strtod(same, nullptr)) << same;
    // Digit strings around the 15 digits read by integer division, dots anywhere, leading and
    // trailing zeros, minus signs: the same bits as strtod (-0 included).
    auto sameBits = [](double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; };
    std::uniform_int_distribution<int> digit(0, 9);
    for (int i = 0; i < 200000; ++i) {
        const int n = 1 + static_cast<int>(rng() % 19);
        std::string text = rng() % 3 == 0 ? "-" : "";
        for (int k = 0; k < n; ++k)
            text += static_cast<char>('0' + (rng() % 4 == 0 ? 0 : digit(rng)));
        if (n > 1 && rng() % 4 != 0)
            text.insert(text.size() - 1 - rng() % static_cast<unsigned>(n - 1), ".");
        const auto v = parseNumberCell(text);
        ASSERT_TRUE(v) << text;
        ASSERT_TRUE(sameBits(*v, std::strtod(text.c_str(), nullptr))) << text;
    }
    for (const char* zero : {"-0", "-0.000", "0.0", "-000"})
        EXPECT_TRUE(sameBits(*parseNumberCell(zero), std::strtod(zero, nullptr))) << zero;
    // Shapes the in-place reader leaves to the general path, which still reads them.
    EXPECT_EQ(*parseNumberCell(".5"), 0.5);
    EXPECT_EQ(*parseNumberCell("5."), 5.0);
    EXPECT_EQ(*parseNumberCell("1,234.5"), 1234.5);
    EXPECT_EQ(*parseNumberCell("1.234,5", true), 1234.5);
    EXPECT_FALSE(parseNumberCell("1.5", true)); // "." groups thousands there: irregular
    EXPECT_FALSE(parseNumberCell("1.2.3"));
    EXPECT_FALSE(parseNumberCell("--1"));
    EXPECT_FALSE(parseNumberCell("1-"));
    EXPECT_FALSE(parseNumberCell("-"));
    EXPECT_FALSE(parseNumberCell("+"));
}

namespace {
// Every cell, row line and message of a parse, for comparing two parses.
std::string dumpParse(const std::string& text, bool dropLastRow = false) {
    Diagnostics d;
    const auto t = parse(text, d);
    std::string out;
    for (const auto& item : d.items())
        out += item.format() + "\n";
    if (!t)
        return out + "(no table)\n";
    for (std::size_t r = 0; r + (dropLastRow ? 1 : 0) < t->rowCount(); ++r) {
        out += std::to_string(t->rowLine(r)) + ":";
        for (std::size_t c = 0; c < t->header.size(); ++c)
            out += "[" + std::string(t->cell(r, c)) + "]";
        out += "\n";
    }
    return out;
}
// The same as dumpParse, with the rows after the header left unsplit by the parser and split
// by readPlainRows, half by half, as the enterprise reader does.
std::string dumpDeferred(const std::string& text) {
    Diagnostics d;
    const auto t = parseCsv(text, "t.csv", Limits{}, d, [](const std::vector<std::string>&) { return true; });
    std::string out, rows;
    bool ok = t.has_value();
    if (t) {
        EXPECT_TRUE(t->plainRows());
        EXPECT_EQ(t->rowCount(), 0u);
        const auto halves = t->halves(*t->plainRows());
        EXPECT_EQ(halves[0].begin, t->plainRows()->begin);
        EXPECT_EQ(halves[0].end, halves[1].begin);
        EXPECT_EQ(halves[1].end, text.size());
        EXPECT_EQ(halves[1].end > halves[1].begin, text.size() > (std::size_t{4} << 20));
        for (const auto& half : halves) {
            std::size_t count = 0;
            t->readPlainRows(half, "t.csv", d, ok, [&](const std::string_view* cells, std::size_t line, bool) {
                ++count;
                rows += std::to_string(line) + ":";
                for (std::size_t c = 0; c < t->header.size(); ++c)
                    rows += "[" + std::string(cells[c]) + "]";
                rows += "\n";
            });
            EXPECT_LE(count, t->rowRoom(half));
        }
    }
    for (const auto& item : d.items())
        out += item.format() + "\n";
    return ok ? out + rows : out + "(no table)\n";
}
} // namespace

TEST(Text, CountByteEqualsStdCountAtEveryOffsetAndLength) {
    // Runs of the byte longer than a lane counter holds (255 steps of 16 bytes), and every
    // start and end offset around the 16-byte steps.
    std::mt19937 rng(3);
    std::string text;
    for (int k = 0; k < 3; ++k) {
        text += std::string(255 * 16 * 2 + 5, '\n');
        for (int i = 0; i < 20000; ++i)
            text += static_cast<char>(rng() % 4 == 0 ? '\n' : static_cast<char>(rng()));
    }
    const char* b = text.data();
    EXPECT_EQ(countByte(b, b + text.size(), '\n'), static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    for (std::size_t from = 0; from < 40; ++from)
        for (std::size_t to = from; to < from + 70; ++to)
            ASSERT_EQ(countByte(b + from, b + to, '\n'),
                      static_cast<std::size_t>(std::count(b + from, b + to, '\n'))) << from << ".." << to;
    const std::string high(1000, '\xFF');
    EXPECT_EQ(countByte(high.data(), high.data() + high.size(), '\xFF'), 1000u);
    EXPECT_EQ(countByte(high.data(), high.data() + high.size(), '\n'), 0u);
}

// The two halves of a large quote-free file are read into one table, the second half's rows
// written after room for the first half's lines and moved down when it had blank lines. Edge
// cases of that room: a first half of blank lines only, a header ending in a lone CR (its line
// break is not a '\n'), no line break at the end.
TEST(Csv, QuoteFreeHalvesFillOneTableWhateverTheLineEnds) {
    std::string rows;
    for (int i = 0; i < 100000; ++i)
        rows += "enterprise number " + std::to_string(i) + ",114.1,30.2,ai_chips\n";
    const std::string blanks(std::size_t{150000} * 41, ' ');
    std::string blankLines;
    for (std::size_t k = 0; k < blanks.size(); k += 41)
        blankLines += blanks.substr(k, 40) + "\n";
    const std::string quoted = "\"q\",1,2,3\n"; // sends the same rows to the general parser
    for (const std::string& text :
         {"name,lon,lat,sector\n" + blankLines + rows, "name,lon,lat,sector\r" + rows,
          "name,lon,lat,sector\n" + rows + blankLines, "name,lon,lat,sector\n" + rows}) {
        ASSERT_GT(text.size(), std::size_t{4} << 20); // read on two threads
        const std::string bulk = dumpParse(text);
        EXPECT_EQ(bulk, dumpParse(text + quoted, true));
        EXPECT_EQ(std::count(bulk.begin(), bulk.end(), '\n'), 100000);
        const std::string open = text.substr(0, text.size() - 1); // no final line break
        EXPECT_EQ(dumpParse(open), dumpParse(open + "\n" + quoted, true));
        EXPECT_EQ(bulk, dumpDeferred(text));
        EXPECT_EQ(dumpParse(open), dumpDeferred(open));
    }
}

TEST(Csv, QuoteFreeRowsReadInBulkEqualTheGeneralParser) {
    // A quote-free file is read by a faster reader (a large one on two threads); a quote in the
    // last line sends the same rows through the general parser. Same cells, lines and messages.
    std::mt19937 rng(5);
    const std::vector<std::string> cells = {"", " ", "a", " b ", "114.1", "\xE5\x8C\x97\xE4\xBA\xAC", "x y", "\t"};
    for (const std::size_t lines : {50u, 200000u}) { // the second is over 4 MB: two threads
        for (const bool errors : {false, true}) {
            std::string text = "name,lon,lat,sector\n";
            for (std::size_t i = 0; i < lines; ++i) {
                const int kind = static_cast<int>(rng() % 20);
                if (kind == 0) {
                    text += "\n"; // blank
                } else if (kind == 1) {
                    text += "  \t \n"; // blank too
                } else {
                    // 1..6 cells: short rows are padded; longer ones are fine when the extra
                    // cells are empty, and a message otherwise.
                    const bool bad = errors && i % 7 == 0;
                    const int n = bad ? 6 : 1 + static_cast<int>(rng() % 6);
                    for (int c = 0; c < n; ++c) {
                        if (c)
                            text += ",";
                        const bool extra = c >= 4;
                        text += !extra ? cells[rng() % cells.size()]
                                : bad  ? std::string("a")
                                       : std::string(rng() % 2, ' ');
                    }
                    text += "\n";
                }
            }
            const std::string bulk = dumpParse(text);
            EXPECT_EQ(bulk, dumpParse(text + "\"q\",1,2,3\n", true)) << lines << " lines";
            // Left unsplit by the parser and split by the reader: the same.
            EXPECT_EQ(bulk, dumpDeferred(text)) << lines << " lines";
            EXPECT_EQ(bulk.find("(no table)") != std::string::npos, errors);
            EXPECT_EQ(bulk.find("cells but the header has 4") != std::string::npos, errors);
        }
    }
}

// Regression (issue 13): a map label of a name with a word joiner or a line break drew a box (the
// labels' font has no glyph for U+2060) or broke the label in two.
TEST(Text, OneLineLabelDropsWhatDrawsNothingAndJoinsLines) {
    EXPECT_EQ(oneLineLabel("济南 Jinan"), "济南 Jinan");
    EXPECT_EQ(oneLineLabel("A\nB\r\nC\tD"), "A B  C D");
    EXPECT_EQ(oneLineLabel("A\xE2\x80\xA8"
                           "B\xE2\x80\xA9"
                           "C"),
              "A B C");
    EXPECT_EQ(oneLineLabel("A\xE2\x81\xA0"
                           "B\xE2\x80\x8B"
                           "C\xEF\xBB\xBF"
                           "D\xCD\x8F"),
              "ABCD");
    EXPECT_EQ(oneLineLabel("e\xCC\x81"), "e\xCC\x81"); // a combining accent stays
    EXPECT_EQ(oneLineLabel("\xE2\x80\xA6"), "\xE2\x80\xA6");
}
