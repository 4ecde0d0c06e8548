#include "core/view/LineBreak.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace aimap;

namespace {

/// A monospace measure: ASCII 1 unit, anything else 2 (CJK is full width).
float units(std::string_view s) {
    float w = 0;
    for (unsigned char c : s)
        if (c < 0x80)
            w += 1;
        else if ((c & 0xC0) != 0x80)
            w += 2;
    return w;
}

std::vector<std::string> wrap(const std::string& text, float width) {
    std::vector<std::string> out;
    for (auto line : breakLines(text, width, units))
        out.emplace_back(line);
    return out;
}

using Lines = std::vector<std::string>;

} // namespace

TEST(LineBreak, BreaksAtSpacesAndDropsThem) {
    EXPECT_EQ(wrap("one two three", 8), (Lines{"one two", "three"}));
    EXPECT_EQ(wrap("one two three", 100), (Lines{"one two three"}));
    EXPECT_EQ(wrap("one   two", 5), (Lines{"one", "two"}));
}

// The card showed "27." at the end of a line and "1bn" on the next: ImGui 1.86 breaks after '.'.
TEST(LineBreak, NumbersAreNotBrokenAtTheirDecimalPoint) {
    EXPECT_EQ(wrap("scale 27.1bn CNY", 9), (Lines{"scale", "27.1bn", "CNY"}));
    EXPECT_EQ(wrap("2.0 x", 3), (Lines{"2.0", "x"}));
    EXPECT_EQ(wrap("count 1,048 firms", 8), (Lines{"count", "1,048", "firms"}));
}

// A metric definition's second line began with "; ": ImGui broke after the closing quote.
TEST(LineBreak, PunctuationNeverStartsALine) {
    const std::string def = "sources word it as: \"AI industry enterprises\"; \"AI-related enterprises\"";
    for (float width = 10; width < 80; width += 1)
        for (const std::string& line : wrap(def, width)) {
            ASSERT_FALSE(line.empty());
            EXPECT_NE(line[0], ';') << "width " << width;
            EXPECT_NE(line[0], ' ') << "width " << width;
        }
    EXPECT_EQ(wrap(def, 46), (Lines{"sources word it as: \"AI industry enterprises\";",
                                    "\"AI-related enterprises\""}));
}

TEST(LineBreak, ChineseBreaksBetweenCharactersButNotBeforeClosingPunctuation) {
    // 人工智能核心产业规模 = 10 characters of width 2.
    EXPECT_EQ(wrap("人工智能核心产业规模", 8), (Lines{"人工智能", "核心产业", "规模"}));
    // "，" never starts a line: 能 moves down with it.
    EXPECT_EQ(wrap("人工智能，核心", 8), (Lines{"人工智", "能，核心"}));
    // "（" never ends one, "）" never starts one.
    EXPECT_EQ(wrap("人工（智能）", 6), (Lines{"人工", "（智", "能）"}));
}

TEST(LineBreak, ANumberStaysWithItsChineseUnit) {
    EXPECT_EQ(wrap("规模达271亿元", 10), (Lines{"规模达", "271亿元"}));
}

TEST(LineBreak, HyphenatedWordsAndSlashesMayBreak) {
    EXPECT_EQ(wrap("AI-related output", 8), (Lines{"AI-", "related", "output"}));
    EXPECT_EQ(wrap("CNY/person", 5), (Lines{"CNY/", "perso", "n"}));
    // Not a minus sign before a digit.
    EXPECT_EQ(wrap("a -5 b", 3), (Lines{"a", "-5", "b"}));
}

// Regression: the Chinese zone legend read "已获批 13/" then "18 个".
TEST(LineBreak, ACountLike13Of18StaysWhole) {
    EXPECT_EQ(wrap("获批 13/18 个", 9), (Lines{"获批", "13/18 个"}));
    EXPECT_EQ(wrap("ab 13/18", 6), (Lines{"ab", "13/18"}));
}

TEST(LineBreak, AWordWiderThanALineBreaksBetweenCharacters) {
    EXPECT_EQ(wrap("http://example.org/x", 8), (Lines{"http://", "example.", "org/x"}));
    // A width below one character still makes progress: one character per line.
    EXPECT_EQ(wrap("abc", 0.5f), (Lines{"a", "b", "c"}));
    EXPECT_EQ(wrap("济南", 1), (Lines{"济", "南"}));
}

TEST(LineBreak, KeepsLineBreaksAndIndents) {
    EXPECT_EQ(wrap("a\nb", 10), (Lines{"a", "b"}));
    EXPECT_EQ(wrap("a\n\nb", 10), (Lines{"a", "", "b"}));
    EXPECT_EQ(wrap("  indented text", 10), (Lines{"  indented", "text"}));
    EXPECT_EQ(wrap("", 10), (Lines{""}));
}

TEST(LineBreak, EveryByteIsOnALineOrASpaceAtABreak) {
    const std::string text = "北京 Beijing: 1,048 AI core enterprises (29% of national), as of 2022-10";
    for (float width = 1; width < 90; width += 1) {
        std::string joined;
        for (const auto& line : wrap(text, width))
            joined += line;
        std::string noSpaces;
        for (char c : text)
            if (c != ' ')
                noSpaces += c;
        std::string joinedNoSpaces;
        for (char c : joined)
            if (c != ' ')
                joinedNoSpaces += c;
        EXPECT_EQ(joinedNoSpaces, noSpaces) << "width " << width;
        for (const auto& line : wrap(text, width))
            if (line.size() > 1 && line.find(' ') != std::string::npos)
                EXPECT_LE(units(line), width) << line;
    }
}

TEST(LineBreak, InvalidBytesAreCharactersOfTheirOwn) {
    const std::string text = "ab\xFF\xFE cd";
    const auto lines = wrap(text, 4);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], "ab\xFF");
    EXPECT_EQ(lines[2], "cd");
}

TEST(LineBreak, WrapTextJoinsLines) {
    EXPECT_EQ(wrapText("one two three", 8, units), "one two\nthree");
}
