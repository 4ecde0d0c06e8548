#include "core/data/TextDecoding.hpp"

#include <gtest/gtest.h>

using namespace aimap;

// Regression (issue 14): About showed the Wikisource sources as lines of %E7%A7%91%E6%8A%80….
TEST(ReadableUrl, DecodesPercentEncodedChineseAsABrowserShowsIt) {
    EXPECT_EQ(readableUrl("https://zh.wikisource.org/zh/%E7%A7%91%E6%8A%80%E9%83%A8%E5%85%B3"),
              "https://zh.wikisource.org/zh/科技部关");
}

TEST(ReadableUrl, KeepsEncodedAsciiSoTheUrlStillLeadsToTheSamePage) {
    EXPECT_EQ(readableUrl("http://a.org/x%2Fy%20z?q=%3D"), "http://a.org/x%2Fy%20z?q=%3D");
    // Mixed in one run: the ASCII escape stays, the Chinese character is decoded.
    EXPECT_EQ(readableUrl("/%2F%E7%A7%91"), "/%2F科");
}

TEST(ReadableUrl, KeepsInvalidOrUnshowableSequencesEncoded) {
    EXPECT_EQ(readableUrl("/%E7%A7"), "/%E7%A7");           // cut short
    EXPECT_EQ(readableUrl("/%C0%AF"), "/%C0%AF");           // overlong '/'
    EXPECT_EQ(readableUrl("/%E2%80%AE"), "/%E2%80%AE");     // right-to-left override
    EXPECT_EQ(readableUrl("/%ZZ%4"), "/%ZZ%4");             // not escapes
    EXPECT_EQ(readableUrl("/%e7%a7%91"), "/科");            // lower-case hex
    EXPECT_EQ(readableUrl(""), "");
}
