#include "core/data/Format.hpp"

#include <gtest/gtest.h>

#include <cmath>

using aimap::formatCompact;
using aimap::formatThousands;
using aimap::formatValue;

TEST(Format, MoneyInBillionsAndMillions) {
    EXPECT_EQ(formatValue(41.7e9, "CNY"), "41.7 bn CNY");
    EXPECT_EQ(formatValue(70e9, "CNY"), "70 bn CNY");
    EXPECT_EQ(formatValue(623e6, "CNY"), "623 m CNY");
    EXPECT_EQ(formatValue(1.05e9, "CNY"), "1.05 bn CNY");
    // Regression (issue 14): "306 bn" beside "3056亿元" as published; "157 bn" for 156.6 bn.
    EXPECT_EQ(formatValue(305.6e9, "CNY"), "305.6 bn CNY");
    EXPECT_EQ(formatValue(156.6e9, "USD"), "156.6 bn USD");
    EXPECT_EQ(formatValue(27.1e9, "CNY"), "27.1 bn CNY");
}

TEST(Format, CountsAreExactWithSeparators) {
    EXPECT_EQ(formatValue(89, "count"), "89");
    EXPECT_EQ(formatValue(1048, "count"), "1,048");
    EXPECT_EQ(formatValue(18115, "count"), "18,115");
    EXPECT_EQ(formatThousands(1234567), "1,234,567");
}

TEST(Format, QualifiersArePrinted) {
    EXPECT_EQ(formatValue(550, "count", ">"), "> 550");
    EXPECT_EQ(formatValue(1500, "count", "~"), "~ 1,500");
    EXPECT_EQ(formatValue(70e9, "CNY", "="), "70 bn CNY");
}

TEST(Format, NonFiniteIsNa) {
    EXPECT_EQ(formatCompact(NAN, "count"), "n/a");
}

// Regression (issue 13): values below 0.005 were printed as "0", so a legend's minimum dot of a
// metric with small figures read "< 0" and a card showed a figure of 0.001 as 0.
TEST(Format, ValuesKeepUpToFiveSignificantDigits) {
    EXPECT_EQ(formatValue(0.0003, "count"), "0.0003");
    EXPECT_EQ(formatValue(0.00123456, "percent"), "0.0012346%");
    // Regression (issue 14): 1201.5 亿元 showed as "1202", 1608.9 as "1609".
    EXPECT_EQ(formatValue(1201.5, "亿元"), "1,201.5 亿元");
    EXPECT_EQ(formatValue(1608.9, "亿元"), "1,608.9 亿元");
    EXPECT_EQ(formatValue(1.23456789e9, "CNY"), "1.2346 bn CNY");
    EXPECT_EQ(formatValue(0.5, "count"), "0.5");
    EXPECT_EQ(formatValue(0.0123, "index"), "0.0123 index");
    EXPECT_EQ(formatValue(2.5e-12, "count"), "2.5e-12");
    EXPECT_EQ(formatValue(0, "count"), "0");
    EXPECT_EQ(formatValue(1.05, "count"), "1.05");
}

// Regression (issue 14): 1201.5 (亿元) was written "1202" beside "1,400" in a sector chart.
// Regression (issue 14): 1201.5 was "1202" beside "1,400" in a chart; now as published, grouped.
TEST(Format, FractionsFromAThousandOnAreGrouped) {
    EXPECT_EQ(formatValue(1201.5, ""), "1,201.5");
    EXPECT_EQ(formatValue(1400, ""), "1,400");
    EXPECT_EQ(formatValue(12345.67, "100 million CNY"), "12,346 100 million CNY");
}

// Issue 14 (the language setting covers the whole interface): in Chinese, money is counted in
// 万 and 亿 as Chinese sources write it, not in m and bn.
TEST(Format, ChineseMoneyIn10kAnd100m) {
    const aimap::UiLanguage zh = aimap::UiLanguage::Zh;
    EXPECT_EQ(formatValue(224.6e9, "CNY", "~", zh),
              "~ 2246 \xE4\xBA\xBF\xE5\x85\x83"); // ~ 2246 亿元
    EXPECT_EQ(formatValue(70e9, "CNY", ">", zh), "> 700 \xE4\xBA\xBF\xE5\x85\x83");
    EXPECT_EQ(formatValue(62.3e6, "CNY", "=", zh), "6230 \xE4\xB8\x87\xE5\x85\x83"); // 6230 万元
    EXPECT_EQ(formatValue(1.2e12, "CNY", "=", zh), "1.2 \xE4\xB8\x87\xE4\xBA\xBF\xE5\x85\x83");
    EXPECT_EQ(formatValue(3.5e9, "USD", "=", zh), "35 \xE4\xBA\xBF\xE7\xBE\x8E\xE5\x85\x83");
    EXPECT_EQ(formatValue(950, "CNY", "=", zh), "950 \xE5\x85\x83");
    // Counts and other units read the same in both languages, up to a million.
    EXPECT_EQ(formatValue(1048, "count", "=", zh), "1,048");
    EXPECT_EQ(formatValue(12.5, "percent", "=", zh), "12.5%");
    EXPECT_EQ(formatValue(1201.5, "100 million CNY", "=", zh), "1,201.5 100 million CNY");
    EXPECT_EQ(formatCompact(1.5e6, "count", zh), "150 \xE4\xB8\x87");
    // English is as before.
    EXPECT_EQ(formatValue(224.6e9, "CNY", "~"), "~ 224.6 bn CNY");
    EXPECT_EQ(formatValue(224.6e9, "CNY", "~", aimap::UiLanguage::En), "~ 224.6 bn CNY");
}

// The panels' font atlas is given chineseNumberCharacters(): every character of a Chinese value
// beyond ASCII must be among them, or it shows as "?".
TEST(Format, ChineseValuesUseOnlyCharactersGivenToTheFont) {
    const std::string allowed = aimap::chineseNumberCharacters();
    for (const double v : {1.0, 950.0, 1.2e4, 6.23e7, 2.246e11, 1.2e12, 3e15})
        for (const char* unit : {"CNY", "USD", "count", "percent", ""}) {
            const std::string s = formatValue(v, unit, "~", aimap::UiLanguage::Zh) +
                                  aimap::unitText(unit, aimap::UiLanguage::Zh);
            for (std::size_t i = 0; i < s.size();) {
                const auto c = static_cast<unsigned char>(s[i]);
                const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
                if (n > 1)
                    EXPECT_NE(allowed.find(s.substr(i, n)), std::string::npos) << s;
                i += n;
            }
        }
}
