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
